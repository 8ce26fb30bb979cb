// The demo a new user meets first (`npm start` on an empty database): seeded once, and every chat
// reads in time order. Today's order was placed at 12:00 and the owner's thanks for it had come at
// 09:00, below it: the chat's clock ran backwards on the first screen anyone sees.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { seedDemo } from "@/lib/demo/seed-demo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";

describe("the demo data", () => {
  it("is seeded once, and in every chat each message is no older than the one before it", async () => {
    const db = getDb();
    await expect(seedDemo(db, getPhotoStorage())).resolves.toEqual({ seeded: true });
    await expect(seedDemo(db, getPhotoStorage())).resolves.toEqual({ seeded: false });

    const messages = await db.message.findMany({ select: { conversationId: true, seq: true, createdAt: true }, orderBy: [{ conversationId: "asc" }, { seq: "asc" }] });
    expect(new Set(messages.map((m) => m.conversationId)).size).toBe(3);
    const backwards = messages.filter((m, i) => i > 0 && messages[i - 1]!.conversationId === m.conversationId && m.createdAt < messages[i - 1]!.createdAt);
    expect(backwards).toEqual([]);
  }, 120_000);
});
