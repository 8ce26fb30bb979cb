import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageBucket, ageInDays, ageOutstanding, buildStatement, outstandingByOrder, type LedgerOrder, type LedgerPayment } from "./statement-math";

const day = (d: string) => new Date(`${d}T06:30:00.000Z`);
const order = (number: number, raisedAt: string, duePaise: number): LedgerOrder => ({ orderId: `o${number}`, number, raisedAt: day(raisedAt), duePaise, invoiceNumber: null });
const payment = (id: string, orderNumber: number, receivedAt: string, amountPaise: number): LedgerPayment => ({ id, orderNumber, receivedAt: day(receivedAt), amountPaise, method: "UPI", reference: null });

describe("buildStatement, worked by hand", () => {
  const orders = [order(1001, "2026-09-01", 1_000_00), order(1002, "2026-10-05", 2_500_50), order(1003, "2026-11-20", 400_00)];
  const payments = [payment("p1", 1001, "2026-09-10", 600_00), payment("p2", 1001, "2026-10-05", 400_00), payment("p3", 1002, "2026-11-25", 1_000_00)];

  it("runs the balance in date order, an order before a payment of the same moment", () => {
    const s = buildStatement(orders, payments);
    expect(s.entries.map((e) => [e.kind, e.orderNumber, e.balancePaise])).toEqual([
      ["order", 1001, 1_000_00],
      ["payment", 1001, 400_00],
      ["order", 1002, 2_900_50],
      ["payment", 1001, 2_500_50],
      ["order", 1003, 2_900_50],
      ["payment", 1002, 1_900_50],
    ]);
    expect(s).toMatchObject({ openingPaise: 0, debitsPaise: 3_900_50, creditsPaise: 2_000_00, closingPaise: 1_900_50 });
  });

  it("folds what came before the period into the opening balance and stops at its end", () => {
    const s = buildStatement(orders, payments, { from: day("2026-10-01"), until: day("2026-11-21") });
    expect(s.openingPaise).toBe(400_00);
    expect(s.entries.map((e) => e.orderNumber)).toEqual([1002, 1001, 1003]);
    expect(s.closingPaise).toBe(400_00 + 2_900_50 - 400_00);
    expect(s.entries.at(-1)?.balancePaise).toBe(s.closingPaise);
  });

  it("an empty account is all zeros", () => {
    expect(buildStatement([], [])).toEqual({ openingPaise: 0, entries: [], debitsPaise: 0, creditsPaise: 0, closingPaise: 0 });
  });
});

describe("buildStatement, properties", () => {
  const paise = fc.integer({ min: 1, max: 50_000_000 });
  const time = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 0, 1) });
  const orders = fc.array(fc.record({ number: fc.integer({ min: 1001, max: 9999 }), t: time, due: paise }), { maxLength: 30 }).map((rows) =>
    rows.map((r, i): LedgerOrder => ({ orderId: `o${i}`, number: r.number, raisedAt: new Date(r.t), duePaise: r.due, invoiceNumber: null })),
  );
  const payments = fc.array(fc.record({ number: fc.integer({ min: 1001, max: 9999 }), t: time, amount: paise }), { maxLength: 30 }).map((rows) =>
    rows.map((r, i): LedgerPayment => ({ id: `p${i}`, orderNumber: r.number, receivedAt: new Date(r.t), amountPaise: r.amount, method: "CASH", reference: null })),
  );

  it("closing balance = orders - payments, and each line's balance is the one before plus its change", () => {
    fc.assert(
      fc.property(orders, payments, (o, p) => {
        const s = buildStatement(o, p);
        const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
        expect(s.closingPaise).toBe(sum(o.map((x) => x.duePaise)) - sum(p.map((x) => x.amountPaise)));
        let balance = s.openingPaise;
        for (const e of s.entries) {
          balance += e.debitPaise - e.creditPaise;
          expect(e.balancePaise).toBe(balance);
        }
        expect(balance).toBe(s.closingPaise);
      }),
    );
  });

  it("splitting time at any moment: the first part's closing is the second part's opening", () => {
    fc.assert(
      fc.property(orders, payments, time, (o, p, cut) => {
        const whole = buildStatement(o, p);
        const before = buildStatement(o, p, { until: new Date(cut) });
        const after = buildStatement(o, p, { from: new Date(cut) });
        expect(after.openingPaise).toBe(before.closingPaise);
        expect(after.closingPaise).toBe(whole.closingPaise);
        expect(before.entries.length + after.entries.length).toBe(whole.entries.length);
      }),
    );
  });
});

describe("ageing", () => {
  const now = day("2026-12-01");

  it("counts whole days and buckets at 30, 60 and 90", () => {
    expect(ageInDays(day("2026-12-01"), now)).toBe(0);
    expect(ageInDays(day("2026-11-01"), now)).toBe(30);
    expect([0, 30, 31, 60, 61, 90, 91, 400].map(ageBucket)).toEqual(["0-30", "0-30", "31-60", "31-60", "61-90", "61-90", "90+", "90+"]);
    // Calendar days in India: 23:00 yesterday is a day old at 01:00 today; 00:30 today is 0.
    expect(ageInDays(new Date("2026-11-30T17:30:00Z"), new Date("2026-11-30T19:30:00Z"))).toBe(1);
    expect(ageInDays(new Date("2026-11-30T19:00:00Z"), new Date("2026-12-01T18:00:00Z"))).toBe(0);
    // A clock a little behind the order's own time is not a negative age.
    expect(ageInDays(new Date(now.getTime() + 60_000), now)).toBe(0);
  });

  it("ages what each order still owes after its own payments", () => {
    const orders = [order(1, "2026-11-20", 1_000_00), order(2, "2026-10-15", 500_00), order(3, "2026-08-01", 300_00), order(4, "2026-09-20", 200_00)];
    const paid = new Map([["o1", 400_00], ["o4", 200_00], ["o3", 999_00]]);
    const outstanding = outstandingByOrder(orders, paid);
    expect(outstanding.map((o) => [o.number, o.outstandingPaise])).toEqual([[1, 600_00], [2, 500_00]]);
    expect(ageOutstanding(outstanding, now)).toEqual({ "0-30": 600_00, "31-60": 500_00, "61-90": 0, "90+": 0, totalPaise: 1_100_00 });
  });
});
