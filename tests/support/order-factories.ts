// Designs posted into conversations, picks and orders for the picks and orders tests. Designs
// and posts are written directly (the posting service belongs to the photos work); picks and
// orders go through the real services.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { appendMessage } from "@/lib/messages/append-message";
import { confirmOrder } from "@/lib/orders/confirm-order";
import type { SetComposition } from "@/lib/orders/quantities";
import { createPick } from "@/lib/picks/create-pick";
import { addStaff, createBuyerConversation, createSupplier } from "./factories";

export const clientId = () => randomBytes(12).toString("hex");

export const STANDARD_SET: SetComposition = [
  { size: "S", ratio: 1 },
  { size: "M", ratio: 2 },
  { size: "L", ratio: 2 },
  { size: "XL", ratio: 1 },
];

export interface DesignSpec {
  title?: string;
  pricePerPiecePaise?: number;
  setComposition?: SetComposition;
  colours?: string[];
  minimumSets?: number;
  soldLoose?: boolean;
  archived?: boolean;
}

/** A design with the business's next code (D-0001, ...). */
export async function createDesign(businessId: string, createdById: string, spec: DesignSpec = {}) {
  const db = getDb();
  const { nextDesignNumber } = await db.business.update({ where: { id: businessId }, data: { nextDesignNumber: { increment: 1 } }, select: { nextDesignNumber: true } });
  const code = `D-${String(nextDesignNumber - 1).padStart(4, "0")}`;
  const title = spec.title ?? "Bandhani Anarkali Kurti";
  const colours = spec.colours ?? ["Red", "Mustard"];
  return db.design.create({
    data: {
      businessId,
      code,
      title,
      pricePerPiecePaise: spec.pricePerPiecePaise ?? 45_000,
      setComposition: spec.setComposition ?? STANDARD_SET,
      soldLoose: spec.soldLoose ?? false,
      colours,
      minimumSets: spec.minimumSets ?? 1,
      searchText: [code, title, ...colours].join(" ").toLowerCase(),
      archivedAt: spec.archived ? new Date() : null,
      createdById,
    },
    select: { id: true, code: true, title: true, pricePerPiecePaise: true },
  });
}

/** A DESIGN_POST (album) of `designIds` by `author` into a conversation. */
export async function postDesigns(author: Actor, conversationId: string, designIds: string[]) {
  return getDb().$transaction(async (tx) => {
    const message = await appendMessage(tx, {
      conversationId,
      authorId: author.id,
      kind: "DESIGN_POST",
      clientId: clientId(),
      preview: `📷 ${designIds.length} design${designIds.length === 1 ? "" : "s"}`,
    });
    await tx.messageDesign.createMany({ data: designIds.map((designId, position) => ({ messageId: message.id, designId, position })) });
    return { id: message.id, seq: message.seq };
  });
}

/** A business (owner + staff) with one buyer conversation and one design posted into it. */
export async function createShop(spec: DesignSpec = {}) {
  const { owner, business } = await createSupplier();
  const staff = await addStaff(business.id);
  const { buyer, conversation } = await createBuyerConversation(business.id, "Meena");
  const design = await createDesign(business.id, owner.id, spec);
  const post = await postDesigns(owner, conversation.id, [design.id]);
  return { owner, staff, business, buyer, conversation, design, post };
}

/** Another buyer of the same business, with the given designs posted into their conversation. */
export async function addBuyer(owner: Actor, businessId: string, designIds: string[], name = "Anjali") {
  const { buyer, conversation } = await createBuyerConversation(businessId, name);
  if (designIds.length > 0) await postDesigns(owner, conversation.id, designIds);
  return { buyer, conversation };
}

export async function pick(buyer: Actor, conversationId: string, designId: string, choice: { sets?: number; sizePieces?: Record<string, number>; colour?: string | null } = {}) {
  return createPick(buyer, { conversationId, designId, clientId: clientId(), colour: "Red", sets: 2, ...choice });
}

/** A placed order of `sets` sets of the shop's design, confirmed by the buyer. */
export async function placeOrder(shop: { buyer: Actor; conversation: { id: string }; design: { id: string } }, sets = 2) {
  await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets });
  return confirmOrder(shop.buyer, { conversationId: shop.conversation.id, idempotencyKey: clientId() });
}

/** Row counts of everything picks and orders write; a refusal must leave them unchanged. */
export async function orderTableCounts() {
  const db = getDb();
  const [messages, picks, orders, orderLines, orderEvents, payments, businesses] = await Promise.all([
    db.message.count(),
    db.pick.count(),
    db.order.count(),
    db.orderLine.count(),
    db.orderEvent.count(),
    db.payment.count(),
    db.business.findMany({ select: { id: true, nextOrderNumber: true }, orderBy: { id: "asc" } }),
  ]);
  return { messages, picks, orders, orderLines, orderEvents, payments, nextOrderNumbers: businesses };
}

/** A photo row of a business (e.g. a lorry receipt), without bytes: enough for references. */
export async function createPhotoRow(businessId: string, uploadedById: string) {
  return getDb().designPhoto.create({
    data: { businessId, uploadedById, width: 800, height: 600, placeholder: "data:image/webp;base64,", contentHash: randomBytes(32).toString("hex") },
    select: { id: true },
  });
}
