// Broadcasts in tests: the albums are written behind the request (deliver-broadcast.ts), so a
// test that looks at them sends, waits for this process's deliveries, then reads them.
import type { Actor } from "@/lib/auth/actor";
import { broadcastDeliveriesSettled } from "@/lib/broadcasts/deliver-broadcast";
import { sendBroadcast } from "@/lib/broadcasts/send-broadcast";
import { getDb } from "@/lib/db";
import { whenPushQueueIdle } from "@/lib/push/push-queue";

/** Every album of a broadcast written so far. */
export function albumsOf(broadcastId: string) {
  return getDb().message.findMany({ where: { broadcastId }, orderBy: { conversationId: "asc" }, select: { id: true, seq: true, conversationId: true } });
}

/** Sends, waits until every album is written and its notifications decided (so nothing still
 * runs when the test file's database goes), and returns the broadcast with its albums. */
export async function sendAndDeliver(actor: Actor, input: unknown) {
  const sent = await sendBroadcast(actor, input);
  await broadcastDeliveriesSettled();
  await whenPushQueueIdle();
  return { ...sent, albums: await albumsOf(sent.broadcastId) };
}
