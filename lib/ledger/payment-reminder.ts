// One tap from the supplier's side: a message in the buyer's conversation with what is due, a
// `upi://pay` link for that amount and a QR code of the same link (for a buyer paying from another
// phone, or a shop's counter). The buyer's UPI app opens with everything filled in.
//
// The QR goes through the ordinary photo pipeline (processed, stored, attached like a quick
// reply's photo), so it is shown, cached and cleaned up like every other photo in a chat.
import QRCode from "qrcode";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember, buyerSideOf } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { postMessage, type PostedMessage } from "@/lib/messages/post-message";
import { chooseLocale, type Locale } from "@/lib/i18n/locales";
import { speakerFor } from "@/lib/i18n/server-messages";
import { formatRupees } from "@/lib/money";
import { uploadPhoto } from "@/lib/photos/upload-photo";
import { idSchema, parseInput } from "@/lib/validation";
import { buildStatement, outstandingByOrder } from "./statement-math";
import { readLedger } from "./statement";
import { ordersNote, upiPayLink } from "./upi-link";

export const paymentReminderSchema = z.object({
  conversationId: idSchema,
  /** Made by the app once per button: a double tap or a retry sends one reminder. */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The reminder id from the app is not valid."),
});

export interface SentReminder extends PostedMessage {
  amountPaise: number;
  link: string;
}

/** The message's text, in the buyer's language (the one who pays reads it): what is due, for which
 * orders, and the link. The link is on a line of its own so the chat makes it tappable
 * (components/chat/MessageText.tsx). */
export function reminderText(businessName: string, amountPaise: number, orderNumbers: number[], link: string, locale: Locale = "en"): string {
  return speakerFor(locale).say("reminder.text", {
    business: businessName,
    amount: formatRupees(amountPaise),
    count: orderNumbers.length,
    orders: orderNumbers.map((n) => `#${n}`).join(", "),
    link,
  });
}

/** A QR code of `text` as a PNG: large and with a quiet zone, so it still reads after the photo
 * pipeline's resizing and compression. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: "png", errorCorrectionLevel: "M", margin: 4, width: 720 });
}

export async function sendPaymentReminder(actor: Actor, input: unknown): Promise<SentReminder> {
  const data = parseInput(paymentReminderSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: data.conversationId, business: businessOfMember(actor.id) },
    select: { id: true, businessId: true, buyer: { select: { locale: true } }, business: { select: { name: true, upiId: true, gstProfile: { select: { legalName: true } } } } },
  });
  if (!conversation) {
    const visible = await db.conversation.findFirst({ where: { id: data.conversationId, buyer: buyerSideOf(actor.id) }, select: { id: true } });
    if (visible) throw new AppError("FORBIDDEN", "Only the supplier's team sends payment reminders.");
    throw notFound("That conversation");
  }
  const upiId = conversation.business.upiId;
  if (!upiId) throw new AppError("INVALID", "Add your UPI ID in Settings, Payments first: the reminder asks the buyer to pay it.");

  const ledger = await readLedger(conversation.id);
  const amountPaise = buildStatement(ledger.orders, ledger.payments).closingPaise;
  const dueOrders = outstandingByOrder(ledger.orders, ledger.paidByOrder).map((o) => o.number);
  const payeeName = conversation.business.gstProfile?.legalName ?? conversation.business.name;
  const link = amountPaise > 0 ? upiPayLink({ upiId, payeeName, amountPaise, note: ordersNote(dueOrders) }) : null;

  // A repeat (double tap, retry): the reminder already sent, before any QR is made again.
  const existing = await db.message.findUnique({ where: { authorId_clientId: { authorId: actor.id, clientId: data.clientId } }, select: { id: true, seq: true, conversationId: true } });
  if (existing) {
    if (existing.conversationId !== conversation.id) throw new AppError("CONFLICT", "That reminder id was already used for something else.");
    return { ...existing, amountPaise, link: link ?? "" };
  }
  if (!link) throw new AppError("INVALID", "Nothing is due from this buyer.");

  const photo = await uploadPhoto(actor, { businessId: conversation.businessId, bytes: await qrPng(link) });
  const posted = await postMessage(actor, {
    conversationId: conversation.id,
    clientId: data.clientId,
    body: reminderText(conversation.business.name, amountPaise, dueOrders, link, chooseLocale({ chosen: conversation.buyer.locale })),
    photoIds: [photo.photoId],
  });
  return { ...posted, amountPaise, link };
}
