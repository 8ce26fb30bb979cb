// One line of the order's timeline per event. The event data is whatever the service stored
// (order-change.ts and each lifecycle service); older or seeded events may carry none, so every
// field is checked before it is shown.
import type { TimelineEntry } from "@/lib/orders/get-order";
import { formatRupees } from "@/lib/money";
import { paymentMethodLabel } from "@/lib/orders/payment-method";
import type { PaymentMethod } from "@/lib/generated/sqlite/enums";
import type { OrdersT } from "./format";

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const whole = (value: unknown) => (typeof value === "number" && Number.isInteger(value) ? value : null);

function dispatched(t: OrdersT, data: Record<string, unknown>): string {
  const lrNumber = text(data.lrNumber);
  const parts = [text(data.transporter), lrNumber ? t("timeline.lr", { number: lrNumber }) : null];
  const parcels = whole(data.parcels);
  if (parcels !== null) parts.push(t("timeline.parcels", { count: parcels }));
  const details = parts.filter(Boolean).join(", ");
  return details ? t("timeline.dispatchedDetails", { details }) : t("timeline.dispatched");
}

function paid(t: OrdersT, data: Record<string, unknown>): string {
  const amount = whole(data.amountPaise);
  // A known method only (paymentMethodLabel checks it), in this language's words.
  const method = paymentMethodLabel(data.method) ? t(`method.${data.method as PaymentMethod}`) : null;
  const reference = text(data.reference);
  const sentence =
    amount !== null
      ? method
        ? t("timeline.paymentAmountMethod", { amount: formatRupees(amount), method })
        : t("timeline.paymentAmount", { amount: formatRupees(amount) })
      : method
        ? t("timeline.paymentMethod", { method })
        : t("timeline.payment");
  return reference ? `${sentence} ${t("timeline.paymentRef", { reference })}` : sentence;
}

function edited(t: OrdersT, data: Record<string, unknown>): string {
  const [piecesBefore, piecesAfter] = [whole(data.totalPiecesBefore), whole(data.totalPiecesAfter)];
  const [totalBefore, totalAfter] = [whole(data.totalPaiseBefore), whole(data.totalPaiseAfter)];
  const changes = [
    piecesBefore !== null && piecesAfter !== null ? t("timeline.piecesChange", { before: piecesBefore, after: piecesAfter }) : null,
    totalBefore !== null && totalAfter !== null ? `${formatRupees(totalBefore)} → ${formatRupees(totalAfter)}` : null,
  ].filter(Boolean);
  return changes.length ? t("timeline.editedDetails", { changes: changes.join(", ") }) : t("timeline.edited");
}

export function timelineText(t: OrdersT, entry: TimelineEntry): string {
  const data = entry.data ?? {};
  const reason = text(data.reason);
  switch (entry.type) {
    case "PLACED":
      return t("timeline.placed");
    case "ACCEPTED":
      return t("timeline.accepted");
    case "DECLINED":
      return reason ? t("timeline.declinedReason", { reason }) : t("timeline.declined");
    case "EDITED":
      return edited(t, data);
    case "PAYMENT_RECORDED":
      return paid(t, data);
    case "PACKED":
      return t("timeline.packed");
    case "DISPATCHED":
      return dispatched(t, data);
    case "DELIVERED":
      return t("timeline.delivered");
    case "CANCELLED":
      return reason ? t("timeline.cancelledReason", { reason }) : t("timeline.cancelled");
  }
}
