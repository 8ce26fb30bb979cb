// Writes a broadcast's albums, behind the request that sent it (send-broadcast.ts records the
// broadcast and its targets, then starts this and answers the supplier at once).
//
// Each batch of targets is one transaction: the albums, their designs, the targets' `albumSeq`
// and the events for the buyers' tabs, so a crash never leaves an album without its mark and a
// re-run writes only what is missing. Every album's message clientId is
// `${broadcastId}:${conversationId}`, unique per author, so even two servers writing the same
// target can never give a buyer two albums: the second one's batch fails and it steps aside.
//
// Which server writes: whoever holds the broadcast's lease (`leaseUntil`). The server that took the
// request starts at once; every server sweeps now and then for broadcasts nobody holds (one whose
// server died mid-way, or was stopped: a clean stop gives the lease back) and takes them over.
import { getDb } from "@/lib/db";
import { appendMessage } from "@/lib/messages/append-message";
import { albumPreview, albumPreviewLine } from "@/lib/messages/message-view";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { recordMessagesPosted, type Announce } from "@/lib/realtime/record-message-event";

/** Albums per transaction. A batch holds its conversations' rows until it commits, so a buyer in
 * it who writes meanwhile waits for the whole batch: 20 albums are ~250 ms on PostgreSQL here
 * (50 made such a buyer wait 600 ms: npm run bench:broadcast). */
const BATCH = 20;
const LEASE_MS = 60_000;
const SWEEP_MS = 30_000;

/** Not written yet, and no server holds it (never held, given back, or its holder's time ran out). */
const nobodyWriting = (now: Date) => ({ deliveredAt: null, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] });

const running = new Map<string, Promise<void>>();
let stopping = false;

/** Starts writing a broadcast's albums in this process, unless it is already doing so. */
export function startBroadcastDelivery(broadcastId: string): void {
  if (running.has(broadcastId) || stopping) return;
  const delivery = deliverBroadcast(broadcastId)
    .catch((error: unknown) => console.error(`Broadcast ${broadcastId}: writing its albums failed; another sweep will carry on`, error))
    .finally(() => running.delete(broadcastId));
  running.set(broadcastId, delivery);
}

/** Resolves when this process has no broadcast left to write (tests and the bench wait on it). */
export async function broadcastDeliveriesSettled(): Promise<void> {
  while (running.size) await Promise.all(running.values());
}

/** Takes over broadcasts nobody is writing, now and every SWEEP_MS. Returns a stop that lets the
 * current batches finish and gives their leases back. */
export function keepDeliveringBroadcasts(): () => Promise<void> {
  stopping = false;
  const sweep = () => void resumeUndeliveredBroadcasts().catch((error: unknown) => console.error("Broadcast sweep failed", error));
  sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  return async () => {
    stopping = true;
    clearInterval(timer);
    await broadcastDeliveriesSettled();
  };
}

export async function resumeUndeliveredBroadcasts(): Promise<void> {
  const waiting = await getDb().broadcast.findMany({
    where: nobodyWriting(new Date()),
    orderBy: { createdAt: "asc" },
    select: { id: true },
    take: 20,
  });
  for (const { id } of waiting) startBroadcastDelivery(id);
}

/** Writes every album of the broadcast still missing, if this process can take its lease. */
export async function deliverBroadcast(broadcastId: string): Promise<void> {
  const db = getDb();
  const now = new Date();
  const claimed = await db.broadcast.updateMany({
    where: { id: broadcastId, ...nobodyWriting(now) },
    data: { leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (claimed.count === 0) return; // written already, or another server holds it
  const broadcast = await db.broadcast.findUniqueOrThrow({
    where: { id: broadcastId },
    select: { createdById: true, caption: true, designs: { orderBy: { position: "asc" }, select: { designId: true, design: { select: { code: true } } } } },
  });
  const designs = broadcast.designs;
  const preview = albumPreview(designs.length, designs[0]!.design.code);
  const previewLine = albumPreviewLine(designs.length, designs[0]!.design.code);

  for (;;) {
    if (stopping) {
      await db.broadcast.update({ where: { id: broadcastId }, data: { leaseUntil: null } });
      return;
    }
    // In conversation order, so two broadcasts' batches lock conversations in the same order.
    const batch = await db.broadcastTarget.findMany({
      where: { broadcastId, albumSeq: null },
      orderBy: { conversationId: "asc" },
      take: BATCH,
      select: { conversationId: true },
    });
    if (batch.length === 0) break;
    let announce: Announce;
    try {
      announce = await db.$transaction(
        async (tx) => {
          await tx.broadcast.update({ where: { id: broadcastId }, data: { leaseUntil: new Date(Date.now() + LEASE_MS) } });
          const posts = [];
          for (const { conversationId } of batch) {
            const album = await appendMessage(tx, {
              conversationId,
              authorId: broadcast.createdById,
              kind: "DESIGN_POST",
              body: broadcast.caption,
              clientId: `${broadcastId}:${conversationId}`,
              broadcastId,
              preview,
              previewLine,
            });
            await tx.messageDesign.createMany({ data: designs.map(({ designId }, position) => ({ messageId: album.id, designId, position })) });
            await tx.broadcastTarget.update({ where: { broadcastId_conversationId: { broadcastId, conversationId } }, data: { albumSeq: album.seq } });
            posts.push({ conversationId, ref: { id: album.id, seq: album.seq, authorId: broadcast.createdById } });
          }
          return recordMessagesPosted(tx, posts);
        },
        { timeout: 30_000, maxWait: 15_000 },
      );
    } catch (error) {
      if (isUniqueViolation(error)) return; // another server wrote one of these albums: it carries on
      throw error;
    }
    await announce();
  }
  await db.broadcast.update({ where: { id: broadcastId }, data: { deliveredAt: new Date(), leaseUntil: null } });
}
