// A text message (optionally a reply) from a participant. The client names the message
// (clientId): sending the same clientId again, after a timeout or a double tap, returns the
// message already stored instead of a second one.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember, conversationVisibleTo } from "@/lib/auth/access";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { idSchema, parseInput } from "@/lib/validation";
import { applyConsentWord, consentWordOf } from "@/lib/broadcasts/broadcast-consent";
import { announcePosted, recordMessagesPosted, type Announce } from "@/lib/realtime/record-message-event";
import { appendMessage } from "./append-message";
import { MAX_MESSAGE_LENGTH } from "./limits";
import { textPreview } from "./message-view";
import { takePost } from "./posting-limit";
import { postTextOnSqlite, type TextPostOutcome } from "./post-text-on-sqlite";
import { groupIndian } from "@/lib/indian-number";

/** Photos a member sends with a text (a quick reply's payment QR and size chart). */
export const MAX_MESSAGE_PHOTOS = 4;

export const postMessageSchema = z
  .object({
    conversationId: idSchema,
    clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The message id from the app is not valid."),
    body: z
      .string()
      .trim()
      .max(MAX_MESSAGE_LENGTH, `Messages can be up to ${groupIndian(MAX_MESSAGE_LENGTH)} characters.`)
      .default(""),
    parentId: idSchema.optional(),
    photoIds: z
      .array(idSchema)
      .max(MAX_MESSAGE_PHOTOS, `Send up to ${MAX_MESSAGE_PHOTOS} photos with a message.`)
      .refine((ids) => new Set(ids).size === ids.length, "The same photo is in the message twice.")
      .default([]),
  })
  .refine((message) => message.body.length > 0 || message.photoIds.length > 0, { message: "Type a message first.", path: ["body"] });

export interface PostedMessage {
  id: string;
  seq: number;
  conversationId: string;
}

async function findExisting(authorId: string, clientId: string, conversationId: string): Promise<PostedMessage | null> {
  const existing = await getDb().message.findUnique({
    where: { authorId_clientId: { authorId, clientId } },
    select: { id: true, seq: true, conversationId: true, kind: true },
  });
  if (!existing) return null;
  // The id named something else (a pick card, another conversation's message): not a repeat of this text.
  if (existing.conversationId !== conversationId || existing.kind !== "TEXT") throw new AppError("CONFLICT", "That message id was already used for something else.");
  return { id: existing.id, seq: existing.seq, conversationId: existing.conversationId };
}

export async function postMessage(actor: Actor, input: unknown): Promise<PostedMessage> {
  const data = parseInput(postMessageSchema, input);
  await takePost(actor.id, data.conversationId);
  const db = getDb();
  const preview = textPreview(data.body, data.photoIds.length, null);
  // A buyer's STOP or START also changes what broadcasts reach them (broadcast-consent.ts).
  const consentWord = data.photoIds.length ? null : consentWordOf(data.body);
  // SQLite: the same rules as below, as prepared statements (post-text-on-sqlite.ts explains why).
  const direct =
    data.parentId || consentWord || data.photoIds.length
      ? null
      : runOnSqliteConnection(db, (connection) =>
          postTextOnSqlite(connection, { actorId: actor.id, actorName: actor.name, conversationId: data.conversationId, clientId: data.clientId, body: data.body, preview }),
        );
  if (direct) return settleDirect(data.conversationId, await direct);

  const conversation = await db.conversation.findFirst({
    where: { id: data.conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, businessId: true },
  });
  if (!conversation) throw notFound("That conversation");
  if (data.photoIds.length) await checkPhotosToSend(actor, conversation.businessId, data.photoIds);

  let posted: PostedMessage & { announce: Announce };
  try {
    // No look-up of the clientId first: a repeat is rare, and the unique index catches it.
    posted = await db.$transaction(async (tx) => {
      if (data.parentId) {
        const parent = await tx.message.findFirst({ where: { id: data.parentId, conversationId: conversation.id, deletedAt: null }, select: { id: true } });
        if (!parent) throw notFound("The message you replied to");
      }
      const message = await appendMessage(tx, {
        conversationId: conversation.id,
        authorId: actor.id,
        kind: "TEXT",
        body: data.body || null,
        clientId: data.clientId,
        parentId: data.parentId,
        preview,
      });
      if (data.photoIds.length) {
        await tx.messagePhoto.createMany({ data: data.photoIds.map((photoId, position) => ({ messageId: message.id, photoId, position })) });
      }
      const line = consentWord ? await applyConsentWord(tx, { conversationId: conversation.id, authorId: actor.id, authorName: actor.name, word: consentWord, wordMessageId: message.id }) : null;
      const refs = [{ id: message.id, seq: message.seq, authorId: actor.id }, ...(line ? [line] : [])];
      const announce = await recordMessagesPosted(tx, refs.map((ref) => ({ conversationId: conversation.id, ref })));
      return { id: message.id, seq: message.seq, conversationId: conversation.id, announce };
    });
  } catch (error) {
    // A repeat of a message already stored (a retry, a double tap, two copies racing): the
    // transaction rolled back, and the stored message is the answer.
    if (isUniqueViolation(error)) {
      const stored = await findExisting(actor.id, data.clientId, conversation.id);
      if (stored) return stored;
    }
    throw error;
  }
  await posted.announce();
  return { id: posted.id, seq: posted.seq, conversationId: posted.conversationId };
}

/** Photos go out only from the business's own members, and only the business's photos: a buyer
 * has no photo library here, and an id from another business is not found. */
async function checkPhotosToSend(actor: Actor, businessId: string, photoIds: string[]): Promise<void> {
  const found = await getDb().designPhoto.count({ where: { id: { in: photoIds }, businessId, business: businessOfMember(actor.id) } });
  if (found !== photoIds.length) throw notFound("A photo in this message");
}

async function settleDirect(conversationId: string, outcome: TextPostOutcome): Promise<PostedMessage> {
  switch (outcome.kind) {
    case "no-conversation":
      throw notFound("That conversation");
    case "repeat":
      if (outcome.conversationId !== conversationId || outcome.messageKind !== "TEXT") throw new AppError("CONFLICT", "That message id was already used for something else.");
      return { id: outcome.id, seq: outcome.seq, conversationId };
    case "posted":
      await announcePosted([{ conversationId, known: outcome.known }])();
      return { id: outcome.id, seq: outcome.seq, conversationId };
  }
}
