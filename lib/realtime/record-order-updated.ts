// Logs how an order stands now, in the transaction that changed it: order cards, My orders, the
// Orders list and the order page update from the event itself. Run the returned Announce after
// the commit.
import type { Tx } from "@/lib/db";
import { audienceOf, audienceSelect } from "./conversation-audience";
import { appendEvent } from "./event-log";
import { announceEvents } from "./event-log-reader";
import { announceNothing, type Announce } from "./record-message-event";

export async function recordOrderUpdated(tx: Tx, orderId: string): Promise<Announce> {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      businessId: true,
      number: true,
      status: true,
      totalPaise: true,
      paidPaise: true,
      billedPaise: true,
      totalPieces: true,
      conversationId: true,
      conversation: { select: audienceSelect },
    },
  });
  if (!order) return announceNothing;
  const { conversation, conversationId, ...summary } = order;
  await appendEvent(tx, audienceOf(conversation), { type: "order.updated", conversationId, orderId: order.id, status: order.status, order: summary });
  return () => announceEvents();
}
