// Tells everyone in an order's conversation how the order stands now: order cards, My orders, the
// Orders list and the order page update from the event itself.
import { getDb } from "@/lib/db";
import { audienceOf, audienceSelect } from "./conversation-audience";
import { publish } from "./event-bus";

export async function publishOrderUpdated(orderId: string): Promise<void> {
  const order = await getDb().order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      businessId: true,
      number: true,
      status: true,
      totalPaise: true,
      paidPaise: true,
      totalPieces: true,
      conversationId: true,
      conversation: { select: audienceSelect },
    },
  });
  if (!order) return;
  const { conversation, conversationId, ...summary } = order;
  publish(audienceOf(conversation), { type: "order.updated", conversationId, orderId: order.id, status: order.status, order: summary });
}
