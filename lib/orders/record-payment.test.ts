import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { recordPaymentSchema } from "@/lib/orders/record-payment";

// A fixed "today", so the test means the same thing on any date it runs.
const TODAY = new Date("2026-12-15T10:00:00Z");

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(TODAY);
});
afterEach(() => {
  vi.useRealTimers();
});

it("reads a missing, null or blank payment date as now and refuses future dates", () => {
  const base = { orderId: "o1", amountPaise: 100, method: "UPI" };
  expect(recordPaymentSchema.parse({ ...base, receivedAt: null }).receivedAt).toBeUndefined();
  expect(recordPaymentSchema.parse({ ...base, receivedAt: "" }).receivedAt).toBeUndefined();
  expect(recordPaymentSchema.parse({ ...base }).receivedAt).toBeUndefined();
  expect(recordPaymentSchema.parse({ ...base, receivedAt: "2026-11-01" }).receivedAt).toEqual(new Date("2026-11-01"));
  expect(recordPaymentSchema.safeParse({ ...base, receivedAt: "2026-12-16" }).success).toBe(false);
  expect(recordPaymentSchema.safeParse({ ...base, receivedAt: "2999-01-01" }).success).toBe(false);
});

it("allows a phone clock a few minutes ahead, not more", () => {
  const base = { orderId: "o1", amountPaise: 100, method: "UPI" };
  const minutesAhead = (minutes: number) => new Date(TODAY.getTime() + minutes * 60_000).toISOString();
  expect(recordPaymentSchema.safeParse({ ...base, receivedAt: minutesAhead(5) }).success).toBe(true);
  expect(recordPaymentSchema.safeParse({ ...base, receivedAt: minutesAhead(11) }).success).toBe(false);
});
