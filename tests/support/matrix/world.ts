// The data the authorization matrix calls every route and action against: one business with an
// owner, a staff member and two buyers, one of whose conversations holds a design, a message and
// an order; and a second business whose owner plays the stranger from another business. Names and
// texts carry a random tag so a body can be searched for them (see `secretsOf`).
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { postDocument } from "@/lib/documents/post-document";
import { postMessage } from "@/lib/messages/post-message";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { createPick } from "@/lib/picks/create-pick";
import { newClientId, postTestDesigns } from "../design-factories";
import { addStaff, createBuyerConversation, createSupplier } from "../factories";
import { textPdf } from "../pdf-files";

export const ROLES = ["anonymous", "buyer", "otherBuyer", "staff", "owner", "outsider"] as const;
export type Role = (typeof ROLES)[number];

export interface World {
  tag: string;
  business: { id: string; name: string };
  otherBusiness: { id: string; name: string };
  people: Record<Exclude<Role, "anonymous">, Actor & { phone: string }>;
  /** The buyer's conversation, and the other buyer's. */
  conversationId: string;
  otherConversationId: string;
  designId: string;
  photoKey: string;
  /** A PDF the owner sent into the buyer's conversation. */
  documentKey: string;
  secretText: string;
  orderId: string;
}

export async function buildWorld(): Promise<World> {
  const tag = String(randomInt(100_000, 999_999));
  const { owner, business } = await createSupplier(`Matrix Silks ${tag}`);
  const staff = await addStaff(business.id);
  const { buyer, conversation } = await createBuyerConversation(business.id, `Meena ${tag}`);
  const other = await createBuyerConversation(business.id, `Anjali ${tag}`);
  const stranger = await createSupplier(`Other Weaves ${tag}`);
  await getDb().user.update({ where: { id: stranger.owner.id }, data: { name: `Outsider ${tag}` } });

  const posted = await postTestDesigns(owner, business.id, conversation.id, [{ title: `Secret Silk ${tag}`, pricePerPiecePaise: 45_000 }]);
  const designId = posted.designs[0]!.id;
  const variant = await getDb().photoVariant.findFirstOrThrow({ where: { photo: { designId } }, select: { storageKey: true } });
  const secretText = `matrix secret ${tag}`;
  await postMessage(buyer, { conversationId: conversation.id, clientId: newClientId(), body: secretText });
  await createPick(buyer, { conversationId: conversation.id, designId, clientId: newClientId(), colour: null, sets: 2 });
  const order = await confirmOrder(buyer, { conversationId: conversation.id, idempotencyKey: newClientId() });
  const sentDocument = await postDocument(owner, { conversationId: conversation.id, clientId: newClientId(), name: "Rates.pdf", bytes: textPdf(`Rates ${tag}`, 1) });
  const { storageKey: documentKey } = await getDb().document.findUniqueOrThrow({ where: { messageId: sentDocument.id }, select: { storageKey: true } });

  return {
    tag,
    business,
    otherBusiness: stranger.business,
    people: { buyer, otherBuyer: other.buyer, staff, owner, outsider: { ...stranger.owner, name: `Outsider ${tag}` } },
    conversationId: conversation.id,
    otherConversationId: other.conversation.id,
    designId,
    photoKey: variant.storageKey,
    documentKey,
    secretText,
    orderId: order.id,
  };
}

/** What `role` must never read in any answer: the buyer's conversation (its message, its buyer,
 * the design posted into it) for everyone outside it, and the business itself for strangers. */
export function secretsOf(world: World, role: Role): string[] {
  const conversation = [world.secretText, world.people.buyer.name, world.people.buyer.phone, `Secret Silk ${world.tag}`, world.conversationId, world.orderId];
  if (role === "anonymous" || role === "outsider") return [...conversation, world.business.name, world.people.staff.phone, world.people.otherBuyer.name];
  if (role === "otherBuyer") return conversation;
  return [];
}
