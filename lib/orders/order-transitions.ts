// Who may move an order where: one table, checked by every lifecycle service before it writes
// (the write itself is then guarded on the status it saw, so two concurrent moves can't both win).
import type { OrderEventType, OrderStatus } from "@/lib/generated/sqlite/enums";

export const ORDER_STATUSES = ["PLACED", "ACCEPTED", "DECLINED", "PACKED", "DISPATCHED", "DELIVERED", "CANCELLED"] as const satisfies readonly OrderStatus[];

export type OrderAction = "ACCEPT" | "DECLINE" | "RECORD_PAYMENT" | "PACK" | "DISPATCH" | "DELIVER" | "CANCEL" | "EDIT_LINES";
/** MEMBER: an owner or staff of the order's business. BUYER: the buyer of the order. */
export type OrderRole = "MEMBER" | "BUYER";

interface ActionRule {
  from: readonly OrderStatus[];
  /** Null: the status stays (a payment, an edit). */
  to: OrderStatus | null;
  by: readonly OrderRole[];
  event: OrderEventType;
  /** "Only the supplier can ___." */
  whatOnlyMembersDo: string;
  /** "Order #1001 is already dispatched and can't ___." */
  whatCantHappen: string;
}

export const ORDER_ACTIONS: Record<OrderAction, ActionRule> = {
  ACCEPT: { from: ["PLACED"], to: "ACCEPTED", by: ["MEMBER"], event: "ACCEPTED", whatOnlyMembersDo: "accept orders", whatCantHappen: "be accepted" },
  DECLINE: { from: ["PLACED"], to: "DECLINED", by: ["MEMBER"], event: "DECLINED", whatOnlyMembersDo: "decline orders", whatCantHappen: "be declined" },
  RECORD_PAYMENT: {
    from: ["PLACED", "ACCEPTED", "PACKED", "DISPATCHED", "DELIVERED"],
    to: null,
    by: ["MEMBER"],
    event: "PAYMENT_RECORDED",
    whatOnlyMembersDo: "record payments",
    whatCantHappen: "take payments",
  },
  PACK: { from: ["ACCEPTED"], to: "PACKED", by: ["MEMBER"], event: "PACKED", whatOnlyMembersDo: "mark orders packed", whatCantHappen: "be packed" },
  // Packing is optional: many suppliers go straight from accepted to dispatched.
  DISPATCH: { from: ["ACCEPTED", "PACKED"], to: "DISPATCHED", by: ["MEMBER"], event: "DISPATCHED", whatOnlyMembersDo: "mark orders dispatched", whatCantHappen: "be dispatched" },
  DELIVER: { from: ["DISPATCHED"], to: "DELIVERED", by: ["MEMBER"], event: "DELIVERED", whatOnlyMembersDo: "mark orders delivered", whatCantHappen: "be marked delivered" },
  CANCEL: { from: ["PLACED", "ACCEPTED", "PACKED"], to: "CANCELLED", by: ["MEMBER", "BUYER"], event: "CANCELLED", whatOnlyMembersDo: "cancel orders", whatCantHappen: "be cancelled" },
  EDIT_LINES: { from: ["PLACED", "ACCEPTED"], to: null, by: ["MEMBER"], event: "EDITED", whatOnlyMembersDo: "change an order's quantities", whatCantHappen: "be changed" },
};

const STATUS_WORDS: Record<OrderStatus, string> = {
  PLACED: "not accepted yet",
  ACCEPTED: "already accepted",
  DECLINED: "declined",
  PACKED: "already packed",
  DISPATCHED: "already dispatched",
  DELIVERED: "already delivered",
  CANCELLED: "cancelled",
};

export type TransitionDecision =
  | { allowed: true; to: OrderStatus; event: OrderEventType }
  | { allowed: false; code: "FORBIDDEN" | "CONFLICT"; message: string };

export function decideTransition(order: { number: number; status: OrderStatus }, action: OrderAction, role: OrderRole): TransitionDecision {
  const rule = ORDER_ACTIONS[action];
  if (!rule.by.includes(role)) return { allowed: false, code: "FORBIDDEN", message: `Only the supplier can ${rule.whatOnlyMembersDo}.` };
  if (!rule.from.includes(order.status)) {
    const message =
      rule.to === order.status
        ? `Order #${order.number} is ${order.status === "CANCELLED" || order.status === "DECLINED" ? "already " : ""}${STATUS_WORDS[order.status]}.`
        : `Order #${order.number} is ${STATUS_WORDS[order.status]} and can't ${rule.whatCantHappen}.`;
    return { allowed: false, code: "CONFLICT", message };
  }
  return { allowed: true, to: rule.to ?? order.status, event: rule.event };
}
