import { describe, expect, it } from "vitest";
import { ORDER_ACTIONS, ORDER_STATUSES, decideTransition, type OrderAction, type OrderRole } from "./order-transitions";

// The whole lifecycle, written out once more by hand: "STATUS ACTION ROLE -> NEW STATUS".
const allowed = new Set([
  "PLACED ACCEPT MEMBER -> ACCEPTED",
  "PLACED DECLINE MEMBER -> DECLINED",
  "PLACED RECORD_PAYMENT MEMBER -> PLACED",
  "PLACED CANCEL MEMBER -> CANCELLED",
  "PLACED CANCEL BUYER -> CANCELLED",
  "PLACED EDIT_LINES MEMBER -> PLACED",
  "ACCEPTED RECORD_PAYMENT MEMBER -> ACCEPTED",
  "ACCEPTED PACK MEMBER -> PACKED",
  "ACCEPTED DISPATCH MEMBER -> DISPATCHED",
  "ACCEPTED CANCEL MEMBER -> CANCELLED",
  "ACCEPTED CANCEL BUYER -> CANCELLED",
  "ACCEPTED EDIT_LINES MEMBER -> ACCEPTED",
  "PACKED RECORD_PAYMENT MEMBER -> PACKED",
  "PACKED DISPATCH MEMBER -> DISPATCHED",
  "PACKED CANCEL MEMBER -> CANCELLED",
  "PACKED CANCEL BUYER -> CANCELLED",
  "DISPATCHED RECORD_PAYMENT MEMBER -> DISPATCHED",
  "DISPATCHED DELIVER MEMBER -> DELIVERED",
  "DELIVERED RECORD_PAYMENT MEMBER -> DELIVERED",
]);

const actions = Object.keys(ORDER_ACTIONS) as OrderAction[];
const roles: OrderRole[] = ["MEMBER", "BUYER"];
const every = ORDER_STATUSES.flatMap((status) => actions.flatMap((action) => roles.map((role) => ({ status, action, role }))));

describe("order transitions", () => {
  it.each(every)("$status $action by $role is either allowed as listed or refused with a message", ({ status, action, role }) => {
    const decision = decideTransition({ number: 1001, status }, action, role);
    const listed = [...allowed].find((line) => line.startsWith(`${status} ${action} ${role} ->`));
    if (listed) {
      expect(decision).toEqual({ allowed: true, to: listed.split("-> ")[1], event: ORDER_ACTIONS[action].event });
    } else {
      expect(decision.allowed).toBe(false);
      if (decision.allowed) return;
      expect(decision.code).toBe(role === "BUYER" && action !== "CANCEL" ? "FORBIDDEN" : "CONFLICT");
      expect(decision.message).toMatch(/^(Only the supplier can .+\.|Order #1001 is .+\.)$/);
    }
  });

  it("covers every listed transition (no typo in the table above)", () => {
    const reached = every.filter(({ status, action, role }) => decideTransition({ number: 1, status }, action, role).allowed).length;
    expect(reached).toBe(allowed.size);
  });

  it("says why, in words a phone user understands", () => {
    const say = (status: (typeof ORDER_STATUSES)[number], action: OrderAction, role: OrderRole = "MEMBER") => {
      const decision = decideTransition({ number: 1001, status }, action, role);
      return decision.allowed ? "allowed" : decision.message;
    };
    expect(say("DISPATCHED", "CANCEL")).toBe("Order #1001 is already dispatched and can't be cancelled.");
    expect(say("DISPATCHED", "CANCEL", "BUYER")).toBe("Order #1001 is already dispatched and can't be cancelled.");
    expect(say("ACCEPTED", "ACCEPT")).toBe("Order #1001 is already accepted.");
    expect(say("CANCELLED", "CANCEL")).toBe("Order #1001 is already cancelled.");
    expect(say("PLACED", "PACK")).toBe("Order #1001 is not accepted yet and can't be packed.");
    expect(say("DECLINED", "RECORD_PAYMENT")).toBe("Order #1001 is declined and can't take payments.");
    expect(say("PLACED", "ACCEPT", "BUYER")).toBe("Only the supplier can accept orders.");
    expect(say("PACKED", "EDIT_LINES")).toBe("Order #1001 is already packed and can't be changed.");
  });
});
