// Labels (issue 15, item 2): a business groups its buyers under its own words ("credit 30 days",
// "VIP", "Ahmedabad"), filters the chats list by them and puts one on several buyers at once. Any
// member (owner or staff) manages them; a buyer never sees a label, not even through an id: every
// query is scoped to a business the actor is a member of, so another business's (or a buyer's)
// request finds nothing. A label sits on a conversation, which is one buyer of the business.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { memberBusinessId } from "@/lib/businesses/member-business";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { foldSpaces, idSchema, parseIdInput, parseInput, uniqueNameKey } from "@/lib/validation";
import { LABEL_COLOURS, labelColourOf, type LabelColour } from "./label-colours";
import { listMyLabelsOnSqlite } from "./list-my-labels-on-sqlite";

export const MAX_LABELS = 50;
export const MAX_LABEL_NAME = 30;
/** As many buyers as a broadcast can reach (send-broadcast.ts). */
const MAX_BUYERS_AT_ONCE = 5000;

export interface LabelView {
  id: string;
  name: string;
  colour: LabelColour;
  /** How many buyers carry it. */
  buyers: number;
}

const saveLabelSchema = z.object({
  businessId: idSchema,
  id: idSchema.optional(),
  name: z.string().trim().min(1, "Name the label, like VIP or Ahmedabad.").max(MAX_LABEL_NAME, `Keep the name under ${MAX_LABEL_NAME} characters.`).refine((name) => !/[\r\n\t]/.test(name), "Write the name on one line."),
  colour: z.enum(LABEL_COLOURS, { error: "Choose one of the colours." }),
});
const labelRefSchema = z.object({ businessId: idSchema, labelId: idSchema });
const setBuyersSchema = labelRefSchema.extend({
  conversationIds: z.array(idSchema).max(MAX_BUYERS_AT_ONCE).refine((ids) => new Set(ids).size === ids.length, "A buyer was chosen twice."),
});

async function labelOf(businessId: string, labelId: string) {
  const label = await getDb().label.findFirst({ where: { id: labelId, businessId }, select: { id: true, name: true } });
  if (!label) throw notFound("That label");
  return label;
}

/** The business's labels by name, with how many buyers carry each. */
export async function listLabels(actor: Actor, input: unknown): Promise<LabelView[]> {
  const { businessId } = parseIdInput("businessId", input);
  await memberBusinessId(actor, businessId);
  const labels = await getDb().label.findMany({
    where: { businessId },
    orderBy: [{ nameKey: "asc" }, { id: "asc" }],
    select: { id: true, name: true, colour: true, _count: { select: { conversations: true } } },
  });
  return labels.map((label) => ({ id: label.id, name: label.name, colour: labelColourOf(label.colour), buyers: label._count.conversations }));
}

/** The labels of the actor's businesses, for the chats list's filter (none for a buyer): one query,
 * beside the list's own; a prepared statement on SQLite. */
export async function listMyLabels(actor: Actor): Promise<Omit<LabelView, "buyers">[]> {
  const fast = runOnSqliteConnection(getDb(), (connection) => listMyLabelsOnSqlite(connection, actor.id));
  if (!fast) return listMyLabelsWithPrisma(actor);
  return (await fast).map((label) => ({ ...label, colour: labelColourOf(label.colour) }));
}

/** listMyLabels through Prisma: the PostgreSQL path, and the reference for the SQLite statement. */
export async function listMyLabelsWithPrisma(actor: Actor): Promise<Omit<LabelView, "buyers">[]> {
  const labels = await getDb().label.findMany({
    where: { business: businessOfMember(actor.id) },
    orderBy: [{ nameKey: "asc" }, { id: "asc" }],
    select: { id: true, name: true, colour: true },
  });
  return labels.map((label) => ({ ...label, colour: labelColourOf(label.colour) }));
}

/** Adds a label, or renames or recolours the one named by `id`. The same name again (any case)
 * with the same colour answers with the label (a double tap adds one); otherwise it is refused. */
export async function saveLabel(actor: Actor, input: unknown): Promise<Omit<LabelView, "buyers">> {
  const data = parseInput(saveLabelSchema, input);
  const businessId = await memberBusinessId(actor, data.businessId);
  const name = foldSpaces(data.name);
  const nameKey = uniqueNameKey(name);
  const db = getDb();
  const select = { id: true, name: true, colour: true } as const;
  const view = (label: { id: string; name: string; colour: string }) => ({ ...label, colour: labelColourOf(label.colour) });
  try {
    if (data.id) {
      const changed = await db.label.updateMany({ where: { id: data.id, businessId }, data: { name, nameKey, colour: data.colour } });
      if (changed.count === 0) throw notFound("That label");
      return view(await db.label.findUniqueOrThrow({ where: { id: data.id }, select }));
    }
    const same = await db.label.findUnique({ where: { businessId_nameKey: { businessId, nameKey } }, select });
    if (same) {
      if (same.colour === data.colour) return view(same);
      throw nameTaken(name);
    }
    if ((await db.label.count({ where: { businessId } })) >= MAX_LABELS) throw new AppError("CONFLICT", `A business can keep up to ${MAX_LABELS} labels. Remove one you no longer use first.`, { key: "labelLimit", values: { max: MAX_LABELS } });
    return view(await db.label.create({ data: { businessId, name, nameKey, colour: data.colour }, select }));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const first = data.id ? null : await db.label.findUnique({ where: { businessId_nameKey: { businessId, nameKey } }, select });
    if (first && first.colour === data.colour) return view(first);
    throw nameTaken(name);
  }
}

function nameTaken(name: string): AppError {
  return new AppError("CONFLICT", `There is already a label called “${name}”.`, { fields: { name: "This name is taken." }, key: "labelNameTaken", values: { name } });
}

/** Removes a label from the business and from every buyer carrying it. */
export async function deleteLabel(actor: Actor, input: unknown): Promise<void> {
  const { businessId, labelId } = parseInput(labelRefSchema, input);
  await memberBusinessId(actor, businessId);
  const removed = await getDb().label.deleteMany({ where: { id: labelId, businessId } });
  if (removed.count === 0) throw notFound("That label");
}

/** The conversations (buyers) carrying the label. */
export async function labelledConversationIds(actor: Actor, input: unknown): Promise<string[]> {
  const { businessId, labelId } = parseInput(labelRefSchema, input);
  await memberBusinessId(actor, businessId);
  await labelOf(businessId, labelId);
  const rows = await getDb().conversationLabel.findMany({ where: { labelId }, select: { conversationId: true } });
  return rows.map((row) => row.conversationId);
}

/**
 * Puts the label on exactly these buyers (conversations of the business) and takes it off the
 * rest, in one transaction: the checklist of buyers is saved as it stands, so sending it twice
 * changes nothing the second time. A conversation of another business is refused, nothing changed.
 */
export async function setLabelBuyers(actor: Actor, input: unknown): Promise<{ buyers: number }> {
  const { businessId, labelId, conversationIds } = parseInput(setBuyersSchema, input);
  await memberBusinessId(actor, businessId);
  await labelOf(businessId, labelId);
  const db = getDb();
  const own = await db.conversation.count({ where: { id: { in: conversationIds }, businessId } });
  if (own !== conversationIds.length) throw new AppError("NOT_FOUND", "One of the buyers was not found, or does not trade with this business.");
  const save = () =>
    db.$transaction(async (tx) => {
      await tx.conversationLabel.deleteMany({ where: { labelId, conversationId: { notIn: conversationIds } } });
      const already = new Set((await tx.conversationLabel.findMany({ where: { labelId }, select: { conversationId: true } })).map((row) => row.conversationId));
      const added = conversationIds.filter((id) => !already.has(id));
      if (added.length) await tx.conversationLabel.createMany({ data: added.map((conversationId) => ({ conversationId, labelId })) });
    });
  // Two saves at once on PostgreSQL: the second may try to add a row the first just added; once
  // the first has committed, doing it again settles on the second's list.
  await save().catch((error: unknown) => (isUniqueViolation(error) ? save() : Promise.reject(error)));
  return { buyers: conversationIds.length };
}
