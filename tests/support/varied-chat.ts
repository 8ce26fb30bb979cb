// A conversation with one of everything the chat shows, for tests that compare two ways of
// reading it: texts from both sides and from staff, replies (to a text, to a deleted message, to
// albums of one and of several designs), albums whose designs have several photos (webp and jpeg
// thumbnails) or none, pick cards (open, removed, ordered), an order card and the order's system
// lines, a deleted message, photos sent with a text and a PDF (and replies quoting them), and read positions
// part-way through.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { markConversationRead } from "@/lib/conversations/mark-conversation-read";
import { getDb } from "@/lib/db";
import { postDocument } from "@/lib/documents/post-document";
import { postMessage } from "@/lib/messages/post-message";
import { acceptOrder } from "@/lib/orders/accept-order";
import { confirmOrder } from "@/lib/orders/confirm-order";
import { markPacked } from "@/lib/orders/mark-packed";
import { removePick } from "@/lib/picks/remove-pick";
import { postTestDesigns, uploadTestPhoto } from "./design-factories";
import { addStaff, createBuyerConversation, createSupplier, createUser } from "./factories";
import { textPdf } from "./pdf-files";
import { createDesign, pick, postDesigns } from "./order-factories";

const clientId = () => randomBytes(12).toString("hex");

export async function createVariedChat() {
  const db = getDb();
  const { owner, business } = await createSupplier("Varied Silks");
  const staff = await addStaff(business.id);
  const { buyer, conversation } = await createBuyerConversation(business.id, "Meena");
  const other = await createSupplier("Elsewhere");
  const outsider = await createUser({ name: "Outsider" });
  const conversationId = conversation.id;
  const say = (actor: Actor, body: string, parentId?: string) => postMessage(actor, { conversationId, clientId: clientId(), body, parentId });

  const hello = await say(buyer, "Namaste! Do you have new kurtis?");
  await say(owner, "Yes, posting them now.", hello.id);
  const album = await postTestDesigns(owner, business.id, conversationId, [{ photos: 2, code: "D-0142", colours: ["Red", "Mustard"] }, { photos: 1, colours: ["Red"] }, { photos: 3, colours: ["Red", "Green"] }], "New Bandhani kurtis\nin three colours");
  const single = await postTestDesigns(owner, business.id, conversationId, [{ photos: 1, colours: ["Red"] }]);
  const noPhoto = await createDesign(business.id, owner.id, { title: "Plain cotton set" });
  await postDesigns(staff, conversationId, [noPhoto.id]);
  await say(buyer, "Is D-0142 available in red? ".repeat(6), album.id);
  await say(staff, "Only this one left", single.id);

  const oops = await say(owner, "Wrong price, ignore");
  await say(buyer, "Which price?", oops.id);
  await db.message.update({ where: { id: oops.id }, data: { deletedAt: new Date() } });

  const kept = await pick(buyer, conversationId, album.designs[0]!.id, { sets: 3 });
  const dropped = await pick(buyer, conversationId, album.designs[2]!.id, { sets: 1 });
  await removePick(buyer, { pickId: dropped.id });
  await pick(buyer, conversationId, single.designs[0]!.id, { sets: 2 });
  const order = await confirmOrder(buyer, { conversationId, idempotencyKey: clientId() });
  await acceptOrder(owner, { orderId: order.id });
  await markPacked(staff, { orderId: order.id });
  await pick(buyer, conversationId, noPhoto.id, { sets: 1 });
  await say(owner, "Dispatching tomorrow");
  // Photos sent with a text (a quick reply's QR and chart), one with no text, and a reply quoting them.
  const [qr, chart] = [await uploadTestPhoto(owner, business.id), await uploadTestPhoto(owner, business.id)];
  const payHere = await postMessage(owner, { conversationId, clientId: clientId(), body: "Pay here", photoIds: [qr.photoId, chart.photoId] });
  const chartOnly = await postMessage(owner, { conversationId, clientId: clientId(), photoIds: [chart.photoId] });
  await say(buyer, "Paid", payHere.id);
  await say(buyer, "Which size is 40?", chartOnly.id);
  // A PDF price list, and a reply quoting it.
  const rates = await postDocument(owner, { conversationId, clientId: clientId(), name: "Rates.pdf", bytes: textPdf("Rates", 2) });
  await say(buyer, "Got the rates", rates.id);
  // A colleague on the buyer's shop team writes last (their read state is on the buyer's side).
  const colleague = await createUser({ name: "Meena's staff" });
  await db.buyerTeamMember.create({ data: { ownerId: buyer.id, userId: colleague.id } });
  const colleagueSaid = await say(colleague, "I handle payments for Meena");

  const { lastSeq } = await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: { lastSeq: true } });
  // The buyer has read up to the album; staff has only received; the owner has read everything.
  await markConversationRead(buyer, { conversationId, readSeq: album.seq, deliveredSeq: lastSeq - 2 });
  await markConversationRead(staff, { conversationId, readSeq: 0, deliveredSeq: 5 });
  await markConversationRead(owner, { conversationId });
  const messageIds = (await db.message.findMany({ where: { conversationId }, select: { id: true }, orderBy: { seq: "asc" } })).map((m) => m.id);

  return { business, owner, staff, buyer, colleague, colleagueReadSeq: colleagueSaid.seq, outsider, otherOwner: other.owner, conversationId, lastSeq, messageIds, threadRoots: [hello.id, album.id, single.id, oops.id, kept.messageId!] };
}
