// Who gets a notification for a message, decided off the request path: everyone in the
// conversation but the person who acted, minus whoever has a visible tab showing it right now
// (viewing-tabs.ts) and whoever muted it; one notification per device of theirs.
import { getDb } from "@/lib/db";
import { chooseLocale } from "@/lib/i18n/locales";
import type { SharedMessageView } from "@/lib/messages/message-view";
import { buildPushPayload, encodePushPayload, messageNotifies } from "./push-payload";
import { enqueuePush, queuePushWork } from "./push-queue";
import { isShowingConversation } from "./viewing-tabs";

export interface MessageForPush {
  conversationId: string;
  message: SharedMessageView;
  /** Everyone who sees the conversation (conversation-audience.ts). */
  audience: string[];
  /** Who caused it: the author, or the member who changed the order a status line is about. */
  actorId: string | null;
}

export function queueMessagePush({ conversationId, message, audience, actorId }: MessageForPush): void {
  if (!messageNotifies(message)) return;
  // Decided now, as the event goes out: a tab showing the conversation is drawing this message.
  const recipients = [...new Set(audience)].filter((userId) => userId !== actorId && !isShowingConversation(userId, conversationId));
  if (!recipients.length) return;
  queuePushWork(async () => {
    const db = getDb();
    const devices = await db.pushSubscription.findMany({
      where: { userId: { in: recipients }, user: { conversationMutes: { none: { conversationId } } } },
      select: { id: true, userId: true, endpoint: true, p256dh: true, auth: true, lastSuccessAt: true, user: { select: { locale: true } } },
    });
    if (!devices.length) return;
    const conversation = await db.conversation.findUnique({
      where: { id: conversationId },
      select: { buyerId: true, buyer: { select: { name: true } }, business: { select: { name: true } } },
    });
    if (!conversation) return;
    const names = { businessName: conversation.business.name, buyerName: conversation.buyer.name };
    const payloadFor = new Map<string, string>(); // the buyer's and the members' wording, per language
    for (const device of devices) {
      const isBuyer = device.userId === conversation.buyerId;
      // A person who never chose a language reads English here: a push has no browser to ask.
      const locale = chooseLocale({ chosen: device.user.locale });
      const wording = `${isBuyer}:${locale}`;
      let payload = payloadFor.get(wording);
      if (payload === undefined) payloadFor.set(wording, (payload = encodePushPayload(buildPushPayload(message, conversationId, isBuyer, names, locale))));
      enqueuePush({ subscriptionId: device.id, endpoint: device.endpoint, p256dh: device.p256dh, auth: device.auth, lastSuccessAt: device.lastSuccessAt }, payload);
    }
  });
}
