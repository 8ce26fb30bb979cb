// A member sends designs from the catalog to many buyers at once (a new collection): every
// chosen conversation receives one album, all written in one transaction so every buyer gets
// it at the same moment and a failure sends it to nobody.
//
// Idempotency without a Broadcast.clientId column (the schema stays as it is): each album's
// message clientId is `${clientId}:${conversationId}`, unique per author through the message
// (authorId, clientId) index. A repeat finds any of those messages and answers with its
// broadcast, sending nothing more. The app's own message ids cannot contain ":", so these never
// collide with a chat message. Two copies arriving at once: on PostgreSQL the second waits on
// the first's conversation row locks, then hits the unique index and answers with the first's
// broadcast; on SQLite transactions run one at a time and the second finds the first's albums.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb, type Db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { appendMessage } from "@/lib/messages/append-message";
import { MAX_MESSAGE_LENGTH } from "@/lib/messages/limits";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { announceNothing, recordMessagesPosted, type Announce } from "@/lib/realtime/record-message-event";
import { idSchema, parseInput } from "@/lib/validation";

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
    z.string().trim().max(MAX_MESSAGE_LENGTH, `A caption can be up to ${MAX_MESSAGE_LENGTH.toLocaleString("en-IN")} characters.`).optional(),
  ),
});

export interface SentBroadcast {
  broadcastId: string;
  /** One album per chosen conversation. */
  messages: { id: string; seq: number; conversationId: string }[];
}

type Input = z.infer<typeof sendBroadcastSchema>;

export async function sendBroadcast(actor: Actor, input: unknown): Promise<SentBroadcast> {
  const data = parseInput(sendBroadcastSchema, input);
  const db = getDb();
  const business = await db.business.findFirst({ where: { id: data.businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");

  const designs = await db.design.findMany({ where: { id: { in: data.designIds }, businessId: business.id }, select: { id: true, code: true, archivedAt: true } });
  if (designs.length !== data.designIds.length) throw new AppError("NOT_FOUND", "One of the designs was not found, or you don't have access to it.");
  const archived = designs.find((design) => design.archivedAt);
  if (archived) throw new AppError("INVALID", `${archived.code} is archived. Restore it in the catalog before sending it.`);

  const chosen = await db.conversation.findMany({
    where: { businessId: business.id, ...(data.buyerIds === "all" ? {} : { buyerId: { in: data.buyerIds } }) },
    // One fixed order, so concurrent broadcasts lock conversations in the same order (no deadlock).
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, broadcastsStoppedAt: true },
  });
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
  const keys = conversations.map((conversation) => albumClientId(data.clientId, conversation.id));

  const repeat = await findBroadcast(db, actor.id, keys);
  if (repeat) return repeat;

  let result: { sent: SentBroadcast; announce: Announce };
  try {
    result = await db.$transaction(
      async (tx) => {
        const again = await findBroadcast(tx, actor.id, keys);
        if (again) return { sent: again, announce: announceNothing };
        const sent = await writeBroadcast(tx, actor, business.id, conversations, data, skippedStopped);
        const posts = sent.messages.map((message) => ({ conversationId: message.conversationId, ref: { id: message.id, seq: message.seq, authorId: actor.id } }));
        return { sent, announce: await recordMessagesPosted(tx, posts) };
      },
      // A few queries per conversation; "all buyers" of a big supplier is hundreds of them.
      { timeout: 30_000 + conversations.length * 100, maxWait: 15_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findBroadcast(db, actor.id, keys);
      if (winner) return winner;
    }
    throw error;
  }
  await result.announce();
  return result.sent;
}

function albumClientId(clientId: string, conversationId: string): string {
  return `${clientId}:${conversationId}`;
}

async function writeBroadcast(tx: Tx, actor: Actor, businessId: string, conversations: { id: string }[], data: Input, skippedStopped: number): Promise<SentBroadcast> {
  const broadcast = await tx.broadcast.create({ data: { businessId, createdById: actor.id, skippedStopped }, select: { id: true } });
  const preview = data.designIds.length === 1 ? null : `📷 ${data.designIds.length} designs`;
  const firstCode = preview ? null : (await tx.design.findUniqueOrThrow({ where: { id: data.designIds[0]! }, select: { code: true } })).code;
  const messages: SentBroadcast["messages"] = [];
  for (const conversation of conversations) {
    const message = await appendMessage(tx, {
      conversationId: conversation.id,
      authorId: actor.id,
      kind: "DESIGN_POST",
      body: data.caption ?? null,
      clientId: albumClientId(data.clientId, conversation.id),
      broadcastId: broadcast.id,
      preview: preview ?? `📷 ${firstCode}`,
    });
    await tx.messageDesign.createMany({ data: data.designIds.map((designId, position) => ({ messageId: message.id, designId, position })) });
    messages.push({ id: message.id, seq: message.seq, conversationId: conversation.id });
  }
  return { broadcastId: broadcast.id, messages };
}

/** The broadcast an earlier copy of this request made, with all of its albums. */
async function findBroadcast(db: Db | Tx, authorId: string, keys: string[]): Promise<SentBroadcast | null> {
  const earlier = await db.message.findFirst({ where: { authorId, clientId: { in: keys } }, select: { broadcastId: true } });
  if (!earlier) return null;
  if (!earlier.broadcastId) throw new AppError("CONFLICT", "That broadcast id was already used for another message.");
  const messages = await db.message.findMany({
    where: { broadcastId: earlier.broadcastId },
    orderBy: { createdAt: "asc" },
    select: { id: true, seq: true, conversationId: true },
  });
  return { broadcastId: earlier.broadcastId, messages };
}
