// The Redis news option (EVENT_NEWS=redis): instance A announces through Redis that it wrote
// events, instance B (its own client, reader and Redis connections) hears it and delivers them;
// B's subscription killed by Redis comes back by itself and reads what it was not told of.
// Needs Redis: TEST_REDIS_URL (set by .ci/run), else redis://127.0.0.1:6379.
import { afterEach, describe, expect, it } from "vitest";
import { createClient } from "redis";
import { createDb } from "@/lib/db";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { appendEvent } from "@/lib/realtime/event-log";
import { readNewEvents, startEventLog } from "@/lib/realtime/event-log-reader";
import { startRedisRelay } from "@/lib/realtime/redis-relay";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { testProvider } from "../support/test-database";

const redisUrl = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const closers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

function readEvent(conversationId: string, lastReadSeq: number): ChatEvent {
  return { type: "conversation.read", conversationId, userId: "someone", lastReadSeq, lastDeliveredSeq: lastReadSeq };
}

describe.runIf(testProvider === "postgres")("events' news through Redis", () => {
  it("an event written and announced through A is delivered by B; B's dropped subscription comes back and reads the gap", async () => {
    const url = process.env.DATABASE_URL!;
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const a = createDb(url);
    const b = createDb(url);
    closers.push(() => a.$disconnect(), () => b.$disconnect());
    await startEventLog(b);
    let news = 0;
    const relayA = await startRedisRelay(redisUrl, { onNews: () => undefined });
    const relayB = await startRedisRelay(redisUrl, { onNews: () => (news++, void readNewEvents(b)) });
    closers.push(() => relayA.close(), () => relayB.close());
    const heard: ChatEvent[] = [];
    const off = subscribe(buyer.id, ({ event }) => heard.push(event));
    closers.push(async () => off());

    await a.$transaction((tx) => appendEvent(tx, [buyer.id], readEvent(conversation.id, 1)));
    relayA.announce();
    await expect.poll(() => heard).toEqual([readEvent(conversation.id, 1)]);

    // An event whose announcement never reaches B (A does not announce it), then Redis drops B's
    // subscription (as a Redis restart would): B reads the log once its client is back.
    await a.$transaction((tx) => appendEvent(tx, [buyer.id], readEvent(conversation.id, 2)));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toHaveLength(1);
    const admin = createClient({ url: redisUrl });
    await admin.connect();
    closers.push(() => admin.quit());
    const heardBefore = news;
    await admin.sendCommand(["CLIENT", "KILL", "TYPE", "pubsub"]);
    await expect.poll(() => heard, { timeout: 10_000 }).toEqual([readEvent(conversation.id, 1), readEvent(conversation.id, 2)]);
    expect(news).toBeGreaterThan(heardBefore);
  });
});
