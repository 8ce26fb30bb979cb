import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { readMigrations } from "@/lib/migrations/migrate-database";
import { clientId, createShop, pick } from "../support/order-factories";
import { testProvider } from "../support/test-database";

describe("an album with picks under it", () => {
  it("says \"1 reply\" for one text reply and three picks, and its thread holds the reply only", async () => {
    const shop = await createShop();
    for (const sets of [2, 3, 4]) await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets });
    const reply = await postMessage(shop.buyer, { conversationId: shop.conversation.id, clientId: clientId(), body: "Is this in cotton too?", parentId: shop.post.id });

    for (const viewer of [shop.buyer, shop.owner]) {
      const page = await listMessages(viewer, { conversationId: shop.conversation.id });
      const album = page.messages.find((m) => m.id === shop.post.id);
      expect(album?.replyCount).toBe(1);
      // The pick cards are in the chat on their own, still quoting the design they pick.
      const cards = page.messages.filter((m) => m.kind === "PICK");
      expect(cards).toHaveLength(3);
      expect(cards.every((card) => card.parent?.id === shop.post.id)).toBe(true);

      const thread = await listMessages(viewer, { conversationId: shop.conversation.id, threadOf: shop.post.id });
      expect(thread.messages.map((m) => m.id)).toEqual([shop.post.id, reply.id]);
    }
  });

  it("gets its count corrected by the data migration when picks were counted before", async () => {
    const shop = await createShop();
    await pick(shop.buyer, shop.conversation.id, shop.design.id);
    await pick(shop.buyer, shop.conversation.id, shop.design.id, { sets: 5 });
    await postMessage(shop.owner, { conversationId: shop.conversation.id, clientId: clientId(), body: "Both colours ready", parentId: shop.post.id });
    const db = getDb();
    // As the app used to store it: two picks and one reply made "3 replies".
    await db.message.update({ where: { id: shop.post.id }, data: { replyCount: 3 } });

    const fix = readMigrations(testProvider).find((migration) => migration.name.endsWith("_picks_are_not_replies"));
    expect(fix, "the data migration for both providers").toBeDefined();
    await db.$executeRawUnsafe(fix!.sql);
    expect((await db.message.findUniqueOrThrow({ where: { id: shop.post.id } })).replyCount).toBe(1);
  });
});
