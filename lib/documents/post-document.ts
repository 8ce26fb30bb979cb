// A PDF sent into a conversation (a price list, a report) by anyone in it. The sender's phone
// sends the file as the request body with a clientId; the server checks it by content
// (inspect-pdf.ts: a real PDF, not encrypted, not broken, at most 20 MB), stores the file and its
// first page's thumbnail in the photo storage under content-addressed keys, and writes the message
// and its Document row in one transaction with the live event. Repeating a clientId returns the
// message already stored, so a retry or a double tap sends one document.
import { createHash } from "node:crypto";
import sharp from "sharp";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/limits";
import { appendMessage } from "@/lib/messages/append-message";
import { documentPreview } from "@/lib/messages/message-view";
import type { PostedMessage } from "@/lib/messages/post-message";
import { takePost } from "@/lib/messages/posting-limit";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { isByteStream, readWithinLimit } from "@/lib/read-body";
import { recordMessagePosted } from "@/lib/realtime/record-message-event";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import type { PhotoStorage } from "@/lib/storage/photo-storage";
import { idSchema, parseInput } from "@/lib/validation";
import { documentName } from "./document-name";
import { documentTooLarge, inspectPdf } from "./inspect-pdf";

type DocumentBytes = Buffer | ReadableStream<Uint8Array>;

export const postDocumentSchema = z.object({
  conversationId: idSchema,
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The message id from the app is not valid."),
  name: z.string().max(1000, "The file name is too long.").optional(),
  bytes: z.custom<DocumentBytes>((value) => Buffer.isBuffer(value) || isByteStream(value), "Send the PDF itself."),
});

/** The first page, as the chat shows it on the card: a WebP a few KB in size. */
async function thumbnailOf(png: Buffer): Promise<{ data: Buffer; key: string; width: number; height: number }> {
  const { data, info } = await sharp(png).flatten({ background: "#ffffff" }).webp({ quality: 70, effort: 2 }).toBuffer({ resolveWithObject: true });
  return { data, key: `${createHash("sha256").update(data).digest("hex")}.webp`, width: info.width, height: info.height };
}

async function repeatOf(actor: Actor, clientId: string, conversationId: string): Promise<PostedMessage | null> {
  const existing = await getDb().message.findUnique({
    where: { authorId_clientId: { authorId: actor.id, clientId } },
    select: { id: true, seq: true, conversationId: true, document: { select: { id: true } } },
  });
  if (!existing) return null;
  if (existing.conversationId !== conversationId || !existing.document) throw new AppError("CONFLICT", "That message id was already used for something else.");
  return { id: existing.id, seq: existing.seq, conversationId };
}

export async function postDocument(actor: Actor, input: unknown, storage: PhotoStorage = getPhotoStorage()): Promise<PostedMessage> {
  const data = parseInput(postDocumentSchema, input);
  const db = getDb();
  // Who may post, and whether this is a repeat, before a single byte is read.
  const conversation = await db.conversation.findFirst({ where: { id: data.conversationId, ...conversationVisibleTo(actor.id) }, select: { id: true } });
  if (!conversation) throw notFound("That conversation");
  const repeat = await repeatOf(actor, data.clientId, conversation.id);
  if (repeat) {
    if (isByteStream(data.bytes)) await data.bytes.cancel().catch(() => {});
    return repeat;
  }
  await takePost(actor.id, conversation.id);

  const bytes = Buffer.isBuffer(data.bytes) ? data.bytes : await readWithinLimit(data.bytes, MAX_DOCUMENT_BYTES, documentTooLarge);
  // Everything that can refuse the file (its size included) runs before anything is stored.
  const inspected = await inspectPdf(bytes);
  const fileKey = `${createHash("sha256").update(bytes).digest("hex")}.pdf`;
  const thumb = inspected.firstPage ? await thumbnailOf(inspected.firstPage.png) : null;
  // Files before rows: a row never points at missing bytes; a crash in between leaves only
  // content-addressed files that the next send of the same PDF reuses.
  await Promise.all([storage.put(fileKey, bytes), thumb ? storage.put(thumb.key, thumb.data) : null]);

  const name = documentName(data.name);
  try {
    const posted = await db.$transaction(async (tx) => {
      const message = await appendMessage(tx, {
        conversationId: conversation.id,
        authorId: actor.id,
        kind: "TEXT",
        body: null,
        clientId: data.clientId,
        preview: documentPreview(name),
      });
      await tx.document.create({
        data: {
          messageId: message.id,
          uploadedById: actor.id,
          name,
          pages: inspected.pages,
          bytes: bytes.length,
          storageKey: fileKey,
          thumbKey: thumb?.key ?? null,
          thumbWidth: thumb?.width ?? null,
          thumbHeight: thumb?.height ?? null,
        },
      });
      const announce = await recordMessagePosted(tx, conversation.id, { id: message.id, seq: message.seq, authorId: actor.id });
      return { id: message.id, seq: message.seq, conversationId: conversation.id, announce };
    });
    await posted.announce();
    return { id: posted.id, seq: posted.seq, conversationId: posted.conversationId };
  } catch (error) {
    // Two copies of one send racing: the first's message is the answer.
    if (isUniqueViolation(error)) {
      const stored = await repeatOf(actor, data.clientId, conversation.id);
      if (stored) return stored;
    }
    throw error;
  }
}
