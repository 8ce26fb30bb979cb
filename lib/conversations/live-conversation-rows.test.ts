import { describe, expect, it } from "vitest";
import type { ConversationRow } from "./list-conversations";
import { applyPosted, applyRead, toLiveRows } from "./live-conversation-rows";

const row = (id: string, lastSeq: number, unread: number): ConversationRow => ({
  id,
  title: id,
  subtitle: null,
  preview: `last of ${id}`,
  previewLine: null,
  lastMessageAt: new Date("2026-11-30T10:00:00Z"),
  lastSeq,
  unread,
  viewerIsBuyer: false,
});

const posted = (conversationId: string, seq: number, authorId: string) => ({
  conversationId,
  seq,
  authorId,
  row: { preview: `message ${seq}`, lastMessageAt: "2026-12-01T05:00:00.000Z", lastSeq: seq },
});

describe("the chats list kept live from events", () => {
  it("moves a conversation with a new message to the top with its preview, time and one more unread", () => {
    const rows = toLiveRows([row("a", 5, 0), row("b", 9, 2)]);
    const next = applyPosted(rows, posted("b", 10, "buyer"), "me")!;
    expect(next.map((r) => [r.id, r.unread, r.preview])).toEqual([
      ["b", 3, "message 10"],
      ["a", 0, "last of a"],
    ]);
    expect(next[0]!.lastMessageAt.toISOString()).toBe("2026-12-01T05:00:00.000Z");
  });

  it("clears unread when the viewer writes or reads (on any tab), and never counts below zero", () => {
    let rows = toLiveRows([row("a", 5, 3)]);
    rows = applyPosted(rows, posted("a", 6, "me"), "me")!;
    expect(rows[0]!.unread).toBe(0);
    rows = applyPosted(rows, posted("a", 7, "buyer"), "me")!;
    rows = applyPosted(rows, posted("a", 8, "buyer"), "me")!;
    expect(rows[0]!.unread).toBe(2);
    rows = applyRead(rows, { conversationId: "a", lastReadSeq: 7 });
    expect(rows[0]!.unread).toBe(1);
    rows = applyRead(rows, { conversationId: "a", lastReadSeq: 3 }); // an older tab cannot undo it
    expect(rows[0]!.unread).toBe(1);
  });

  it("ignores a stale event and asks for a reload for a conversation it does not know or an event without its row", () => {
    const rows = toLiveRows([row("a", 5, 0)]);
    expect(applyPosted(rows, posted("a", 4, "buyer"), "me")).toBe(rows);
    expect(applyPosted(rows, posted("new", 1, "buyer"), "me")).toBeNull();
    expect(applyPosted(rows, { conversationId: "a", seq: 6, authorId: "buyer" }, "me")).toBeNull();
  });
});
