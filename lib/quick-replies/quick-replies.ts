// Quick replies: a business's saved answers (bank details, how to pay, the size chart in words),
// put into the composer by typing "/" (components/chat/quick-replies). Any member of the business
// (owner or staff) lists, adds, changes and removes them; buyers never see them. Every query is
// scoped to a business the actor is a member of, so another business's replies are not found.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { memberBusinessId } from "@/lib/businesses/member-business";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { MAX_MESSAGE_LENGTH } from "@/lib/messages/limits";
import { photoViewSelect, toPhotoView, type PhotoRow, type PhotoView } from "@/lib/photos/photo-view";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { foldSpaces, idSchema, parseInput, uniqueNameKey } from "@/lib/validation";
import { groupIndian } from "@/lib/indian-number";

/** Enough for every answer a shop repeats; the "/" list stays quick to scan. */
export const MAX_QUICK_REPLIES = 100;
export const MAX_QUICK_REPLY_TITLE = 40;

/** The payment QR, the size chart: sent with the text, at most this many. */
export const MAX_QUICK_REPLY_PHOTOS = 4;

export type QuickReplyPhotoView = PhotoView;

export interface QuickReplyView {
  id: string;
  title: string;
  text: string;
  photos: QuickReplyPhotoView[];
}

const quickReplySelect = {
  id: true,
  title: true,
  text: true,
  photos: { orderBy: { position: "asc" }, select: { photo: { select: photoViewSelect } } },
} as const;

type QuickReplyRow = { id: string; title: string; text: string; photos: { photo: PhotoRow }[] };

function toView(row: QuickReplyRow): QuickReplyView {
  return { id: row.id, title: row.title, text: row.text, photos: row.photos.map(({ photo }) => toPhotoView(photo)) };
}

const businessScope = z.object({ businessId: idSchema });

export const saveQuickReplySchema = z.object({
  businessId: idSchema,
  /** Absent for a new one. */
  id: idSchema.optional(),
  title: z
    .string()
    .trim()
    .min(1, "Give the quick reply a short title, like Bank details.")
    .max(MAX_QUICK_REPLY_TITLE, `Keep the title under ${MAX_QUICK_REPLY_TITLE} characters.`)
    .refine((title) => !/\s/.test(title.replace(/ /g, "")), "Write the title on one line."),
  text: z.string().trim().max(MAX_MESSAGE_LENGTH, `A quick reply can be up to ${groupIndian(MAX_MESSAGE_LENGTH)} characters.`).default(""),
  /** Uploaded through /api/photos first, in the order they are sent. */
  photoIds: z
    .array(idSchema)
    .max(MAX_QUICK_REPLY_PHOTOS, `A quick reply can carry up to ${MAX_QUICK_REPLY_PHOTOS} photos.`)
    .refine((ids) => new Set(ids).size === ids.length, "The same photo is in the quick reply twice.")
    .default([]),
}).refine((reply) => reply.text.length > 0 || reply.photoIds.length > 0, { message: "Write the text to send, or add a photo.", path: ["text"] });

const deleteQuickReplySchema = z.object({ businessId: idSchema, id: idSchema });

/** The business's quick replies, by title. */
export async function listQuickReplies(actor: Actor, input: unknown): Promise<QuickReplyView[]> {
  const { businessId } = parseInput(businessScope, input);
  await memberBusinessId(actor, businessId);
  const rows = await getDb().quickReply.findMany({ where: { businessId }, select: quickReplySelect, orderBy: [{ titleKey: "asc" }, { id: "asc" }] });
  return rows.map(toView);
}

/**
 * Adds a quick reply, or changes the one named by `id`. Adding one that is already there with the
 * same title and text answers with it (a double tap adds one); the same title with other text is
 * refused with a message, as is a 101st.
 */
export async function saveQuickReply(actor: Actor, input: unknown): Promise<QuickReplyView> {
  const data = parseInput(saveQuickReplySchema, input);
  const businessId = await memberBusinessId(actor, data.businessId);
  const title = foldSpaces(data.title);
  const titleKey = uniqueNameKey(title);
  const db = getDb();
  await checkPhotos(businessId, data.photoIds);
  const sameContent = (row: QuickReplyView) => row.text === data.text && row.photos.map((p) => p.id).join() === data.photoIds.join();
  const photos = { create: data.photoIds.map((photoId, position) => ({ photoId, position })) };
  try {
    if (data.id) {
      const id = data.id;
      await db.$transaction(async (tx) => {
        const changed = await tx.quickReply.updateMany({ where: { id, businessId }, data: { title, titleKey, text: data.text } });
        if (changed.count === 0) throw notFound("That quick reply");
        await tx.quickReply.update({ where: { id }, data: { photos: { deleteMany: {}, ...photos } }, select: { id: true } });
      });
      return toView(await db.quickReply.findUniqueOrThrow({ where: { id }, select: quickReplySelect }));
    }
    const same = await db.quickReply.findUnique({ where: { businessId_titleKey: { businessId, titleKey } }, select: quickReplySelect });
    if (same) {
      if (sameContent(toView(same))) return toView(same);
      throw titleTaken(title);
    }
    if ((await db.quickReply.count({ where: { businessId } })) >= MAX_QUICK_REPLIES) {
      throw new AppError("CONFLICT", `A business can keep up to ${MAX_QUICK_REPLIES} quick replies. Remove one you no longer send first.`, { key: "quickReplyLimit", values: { max: MAX_QUICK_REPLIES } });
    }
    return toView(await db.quickReply.create({ data: { businessId, title, titleKey, text: data.text, photos }, select: quickReplySelect }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two saves of the same title at once: the second answers as if it had come second.
    const first = data.id ? null : await db.quickReply.findUnique({ where: { businessId_titleKey: { businessId, titleKey } }, select: quickReplySelect });
    if (first && sameContent(toView(first))) return toView(first);
    throw titleTaken(title);
  }
}

/** Only the business's own photos (uploaded through /api/photos), and none that became a design. */
async function checkPhotos(businessId: string, photoIds: string[]): Promise<void> {
  if (!photoIds.length) return;
  const found = await getDb().designPhoto.count({ where: { id: { in: photoIds }, businessId, designId: null } });
  if (found !== photoIds.length) throw notFound("A photo of this quick reply");
}

function titleTaken(title: string): AppError {
  return new AppError("CONFLICT", `There is already a quick reply called “${title}”. Change that one, or choose another title.`, { fields: { title: "This title is taken." }, key: "quickReplyTitleTaken", values: { title } });
}

/** Removes a quick reply; removing one that is already gone answers not found. */
export async function deleteQuickReply(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(deleteQuickReplySchema, input);
  const businessId = await memberBusinessId(actor, data.businessId);
  const removed = await getDb().quickReply.deleteMany({ where: { id: data.id, businessId } });
  if (removed.count === 0) throw notFound("That quick reply");
}
