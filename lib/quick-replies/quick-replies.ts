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
import { isUniqueViolation } from "@/lib/prisma-errors";
import { foldSpaces, idSchema, parseInput, uniqueNameKey } from "@/lib/validation";

/** Enough for every answer a shop repeats; the "/" list stays quick to scan. */
export const MAX_QUICK_REPLIES = 100;
export const MAX_QUICK_REPLY_TITLE = 40;

export interface QuickReplyView {
  id: string;
  title: string;
  text: string;
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
  text: z.string().trim().min(1, "Write the text to send.").max(MAX_MESSAGE_LENGTH, `A quick reply can be up to ${MAX_MESSAGE_LENGTH.toLocaleString("en-IN")} characters.`),
});

const deleteQuickReplySchema = z.object({ businessId: idSchema, id: idSchema });

/** The business's quick replies, by title. */
export async function listQuickReplies(actor: Actor, input: unknown): Promise<QuickReplyView[]> {
  const { businessId } = parseInput(businessScope, input);
  await memberBusinessId(actor, businessId);
  return getDb().quickReply.findMany({ where: { businessId }, select: { id: true, title: true, text: true }, orderBy: [{ titleKey: "asc" }, { id: "asc" }] });
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
  const select = { id: true, title: true, text: true } as const;
  try {
    if (data.id) {
      const changed = await db.quickReply.updateMany({ where: { id: data.id, businessId }, data: { title, titleKey, text: data.text } });
      if (changed.count === 0) throw notFound("That quick reply");
      return await db.quickReply.findUniqueOrThrow({ where: { id: data.id }, select });
    }
    const same = await db.quickReply.findUnique({ where: { businessId_titleKey: { businessId, titleKey } }, select });
    if (same) {
      if (same.text === data.text) return same;
      throw titleTaken(title);
    }
    if ((await db.quickReply.count({ where: { businessId } })) >= MAX_QUICK_REPLIES) {
      throw new AppError("CONFLICT", `A business can keep up to ${MAX_QUICK_REPLIES} quick replies. Remove one you no longer send first.`);
    }
    return await db.quickReply.create({ data: { businessId, title, titleKey, text: data.text }, select });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Two saves of the same title at once: the second answers as if it had come second.
    const first = data.id ? null : await db.quickReply.findUnique({ where: { businessId_titleKey: { businessId, titleKey } }, select });
    if (first && first.text === data.text) return first;
    throw titleTaken(title);
  }
}

function titleTaken(title: string): AppError {
  return new AppError("CONFLICT", `There is already a quick reply called “${title}”. Change that one, or choose another title.`, { fields: { title: "This title is taken." } });
}

/** Removes a quick reply; removing one that is already gone answers not found. */
export async function deleteQuickReply(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(deleteQuickReplySchema, input);
  const businessId = await memberBusinessId(actor, data.businessId);
  const removed = await getDb().quickReply.deleteMany({ where: { id: data.id, businessId } });
  if (removed.count === 0) throw notFound("That quick reply");
}
