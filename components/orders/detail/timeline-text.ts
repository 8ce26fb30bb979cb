// One line of the order's timeline per event. The event data is whatever the service stored
// (order-change.ts and each lifecycle service); older or seeded events may carry none, so every
// field is checked before it is shown.
import type { TimelineEntry } from "@/lib/orders/get-order";
import { formatRupees } from "@/lib/money";
import { paymentMethodLabel } from "@/lib/orders/payment-method";

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const whole = (value: unknown) => (typeof value === "number" && Number.isInteger(value) ? value : null);

function dispatched(data: Record<string, unknown>): string {
  const parts = [text(data.transporter), text(data.lrNumber) ? `LR ${text(data.lrNumber)}` : null];
  const parcels = whole(data.parcels);
  if (parcels !== null) parts.push(`${parcels} ${parcels === 1 ? "parcel" : "parcels"}`);
  const details = parts.filter(Boolean).join(", ");
  return details ? `Dispatched: ${details}` : "Dispatched";
}

function paid(data: Record<string, unknown>): string {
  const amount = whole(data.amountPaise);
  const method = paymentMethodLabel(data.method);
  const reference = text(data.reference);
  return [`Payment${amount !== null ? ` of ${formatRupees(amount)}` : ""} received`, method ? ` by ${method}` : "", reference ? ` (ref ${reference})` : ""].join("");
}

function edited(data: Record<string, unknown>): string {
  const [piecesBefore, piecesAfter] = [whole(data.totalPiecesBefore), whole(data.totalPiecesAfter)];
  const [totalBefore, totalAfter] = [whole(data.totalPaiseBefore), whole(data.totalPaiseAfter)];
  const changes = [
    piecesBefore !== null && piecesAfter !== null ? `${piecesBefore} → ${piecesAfter} pcs` : null,
    totalBefore !== null && totalAfter !== null ? `${formatRupees(totalBefore)} → ${formatRupees(totalAfter)}` : null,
  ].filter(Boolean);
  return changes.length ? `Quantities changed: ${changes.join(", ")}` : "Quantities changed";
}

export function timelineText(entry: TimelineEntry): string {
  const data = entry.data ?? {};
  const reason = text(data.reason);
  switch (entry.type) {
    case "PLACED":
      return "Order placed";
    case "ACCEPTED":
      return "Accepted";
    case "DECLINED":
      return reason ? `Declined: ${reason}` : "Declined";
    case "EDITED":
      return edited(data);
    case "PAYMENT_RECORDED":
      return paid(data);
    case "PACKED":
      return "Packed";
    case "DISPATCHED":
      return dispatched(data);
    case "DELIVERED":
      return "Delivered";
    case "CANCELLED":
      return reason ? `Cancelled: ${reason}` : "Cancelled";
  }
}
