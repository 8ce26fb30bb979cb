import { expect, it } from "vitest";
import { recordPaymentSchema } from "@/lib/orders/record-payment";
it("reads a missing, null or blank payment date as now and refuses future dates", () => {
  const base = { orderId: "o1", amountPaise: 100, method: "UPI" };
  expect(recordPaymentSchema.parse({ ...base, receivedAt: null }).receivedAt).toBeUndefined();
  expect(recordPaymentSchema.parse({ ...base }).receivedAt).toBeUndefined();
  expect(recordPaymentSchema.parse({ ...base, receivedAt: "2026-11-01" }).receivedAt).toBeInstanceOf(Date);
  expect(recordPaymentSchema.safeParse({ ...base, receivedAt: "2999-01-01" }).success).toBe(false);
});
