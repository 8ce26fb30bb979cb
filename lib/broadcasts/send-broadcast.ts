// A member sends designs from the catalog to many buyers at once (a new collection). The request
// records the broadcast, its designs and one target per chosen conversation in one transaction,
// answers at once, and the albums are written behind it (deliver-broadcast.ts): a broadcast to a
// thousand buyers returns as fast as one to a single buyer (npm run bench:broadcast).
//
// Idempotency: the app's clientId is unique per sender (Broadcast createdById + clientId). A
// repeat (a double tap, a retry after a dropped answer) finds the first broadcast and answers with
// it, recording nothing more; two copies arriving at once meet at that unique index.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { MAX_MESSAGE_LENGTH } from "@/lib/messages/limits";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { idSchema, parseInput } from "@/lib/validation";
import { startBroadcastDelivery } from "./deliver-broadcast";
import { groupIndian } from "@/lib/indian-number";

export const MAX_BROADCAST_DESIGNS = 30;

const distinct = (ids: string[]) => new Set(ids).size === ids.length;

export const sendBroadcastSchema = z.object({
  businessId: idSchema,
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The broadcast id from the app is not valid."),
  designIds: z
    .array(idSchema)
    .min(1, "Choose at least one design.")
    .max(MAX_BROADCAST_DESIGNS, `Send up to ${MAX_BROADCAST_DESIGNS} designs at a time.`)
    .refine(distinct, "A design was chosen twice."),
  buyerIds: z.union([
    z.literal("all"),
    z.array(idSchema).min(1, "Choose at least one buyer, or all buyers.").max(5000).refine(distinct, "A buyer was chosen twice."),
  ], { error: "Choose buyers, or all buyers." }),
  caption: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.string().trim().max(MAX_MESSAGE_LENGTH, `A caption can be up to ${groupIndian(MAX_MESSAGE_LENGTH)} characters.`).optional(),
  ),
});

export interface SentBroadcast {
  broadcastId: string;
  /** Buyers the albums go to (written behind the request; the broadcast's page shows progress). */
  buyers: number;
}

/** SQLite takes a bounded number of values per statement: long id lists go in slices. */
const SLICE = 500;
const slices = <T>(items: readonly T[]) => Array.from({ length: Math.ceil(items.length / SLICE) }, (_, i) => items.slice(i * SLICE, (i + 1) * SLICE));

export async function sendBroadcast(actor: Actor, input: unknown): Promise<SentBroadcast> {
  const data = parseInput(sendBroadcastSchema, input);
  const db = getDb();
  const business = await db.business.findFirst({ where: { id: data.businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");

  const repeat = await findBroadcast(actor.id, data.clientId, business.id);
  if (repeat) return repeat;

  const designs = await db.design.findMany({ where: { id: { in: data.designIds }, businessId: business.id }, select: { id: true, code: true, archivedAt: true } });
  if (designs.length !== data.designIds.length) throw new AppError("NOT_FOUND", "One of the designs was not found, or you don't have access to it.");
  const archived = designs.find((design) => design.archivedAt);
  if (archived) throw new AppError("INVALID", `${archived.code} is archived. Restore it in the catalog before sending it.`, { key: "designArchived", values: { code: archived.code } });

  const chosen =
    data.buyerIds === "all"
      ? await db.conversation.findMany({ where: { businessId: business.id }, select: { id: true, broadcastsStoppedAt: true } })
      : (
          await Promise.all(
            slices(data.buyerIds).map((buyerIds) => db.conversation.findMany({ where: { businessId: business.id, buyerId: { in: buyerIds } }, select: { id: true, broadcastsStoppedAt: true } })),
          )
        ).flat();
  if (data.buyerIds !== "all" && chosen.length !== data.buyerIds.length) {
    throw new AppError("NOT_FOUND", "One of the buyers was not found, or does not trade with this business.");
  }
  if (chosen.length === 0) throw new AppError("INVALID", "You have no buyers yet. Invite a buyer first.");
  // Buyers who replied STOP (broadcast-consent.ts) are left out, and counted on the broadcast's page.
  const conversations = chosen.filter((conversation) => conversation.broadcastsStoppedAt === null);
  const skippedStopped = chosen.length - conversations.length;
  if (conversations.length === 0) {
    throw new AppError("INVALID", chosen.length === 1 ? "This buyer stopped new designs from broadcasts (they replied STOP)." : "Every buyer you chose stopped new designs from broadcasts (they replied STOP).");
  }

  let broadcastId: string;
  try {
    broadcastId = await db.$transaction(async (tx) => {
      const broadcast = await tx.broadcast.create({
        data: {
          businessId: business.id,
          createdById: actor.id,
          clientId: data.clientId,
          caption: data.caption ?? null,
          skippedStopped,
          designs: { create: data.designIds.map((designId, position) => ({ designId, position })) },
        },
        select: { id: true },
      });
      for (const slice of slices(conversations)) {
        await tx.broadcastTarget.createMany({ data: slice.map((conversation) => ({ broadcastId: broadcast.id, conversationId: conversation.id })) });
      }
      return broadcast.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findBroadcast(actor.id, data.clientId, business.id);
      if (winner) return winner;
    }
    throw error;
  }
  startBroadcastDelivery(broadcastId);
  return { broadcastId, buyers: conversations.length };
}

/** The broadcast an earlier copy of this request recorded. */
async function findBroadcast(authorId: string, clientId: string, businessId: string): Promise<SentBroadcast | null> {
  const earlier = await getDb().broadcast.findUnique({
    where: { createdById_clientId: { createdById: authorId, clientId } },
    select: { id: true, businessId: true, deliveredAt: true, _count: { select: { targets: true } } },
  });
  if (!earlier) return null;
  if (earlier.businessId !== businessId) throw new AppError("CONFLICT", "That broadcast id was already used for another business's broadcast.");
  // A retry also nudges a broadcast whose albums are not all written (its server may have stopped).
  if (!earlier.deliveredAt) startBroadcastDelivery(earlier.id);
  return { broadcastId: earlier.id, buyers: earlier._count.targets };
}
