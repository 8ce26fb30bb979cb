import { describe, expect, it } from "vitest";
import type { SharedMessageView } from "@/lib/messages/message-view";
import { buildPushPayload, encodePushPayload, MAX_PAYLOAD_BYTES, messageNotifies } from "./push-payload";

const names = { businessName: "Surat Silk House", buyerName: "Meena Fashions" };
const photo = { placeholder: "", width: 10, height: 10, thumbWebp: "ab/cd.webp", thumbJpeg: "ab/cd.jpg" };

function message(overrides: Partial<SharedMessageView>): SharedMessageView {
  return { id: "m1", seq: 4, kind: "TEXT", body: "Hello", authorId: "u1", authorName: "Rakesh Shah", authorClientId: "c", createdAt: "2026-12-01T00:00:00.000Z", parent: null, replyCount: 0, designs: [], pick: null, order: null, photos: [], document: null, line: null, ...overrides };
}

describe("what a notification says", () => {
  it("names a member and the business to the buyer, and the member alone to colleagues", () => {
    expect(buildPushPayload(message({}), "c1", true, names)).toMatchObject({ title: "Rakesh Shah · Surat Silk House", body: "Hello", url: "/chats/c1", tag: "conversation-c1" });
    expect(buildPushPayload(message({}), "c1", false, names).title).toBe("Rakesh Shah");
  });

  it("previews an album by its count or its one code, with the caption and the first thumbnail", () => {
    const design = { id: "d", code: "D-0142", title: "Kurti", pricePerPiecePaise: 1, photo };
    const album = message({ kind: "DESIGN_POST", body: "New stock", designs: Array(6).fill(design) });
    expect(buildPushPayload(album, "c1", true, names)).toMatchObject({ body: "📷 6 designs · New stock", image: "/photos/ab/cd.jpg" });
    expect(buildPushPayload(message({ kind: "DESIGN_POST", body: null, designs: [design] }), "c1", true, names).body).toBe("📷 D-0142");
  });

  it("shows a pick with the picked design's thumbnail from its quote", () => {
    const parent = { id: "p", seq: 1, authorName: "Rakesh", snippet: "📷 D-0142", thumb: photo };
    expect(buildPushPayload(message({ kind: "PICK", body: "Picked D-0142 Red, 3 sets", parent }), "c1", false, names)).toMatchObject({ body: "Picked D-0142 Red, 3 sets", image: "/photos/ab/cd.jpg" });
  });

  it("names an order's status line by the other side and opens the order", () => {
    const order = { id: "o1", businessId: "b", number: 1042, status: "DISPATCHED" as const, totalPaise: 1, paidPaise: 0, billedPaise: null, totalPieces: 6 };
    const line = message({ kind: "SYSTEM", authorId: null, authorName: null, body: "Order #1042 dispatched by VRL", order });
    expect(buildPushPayload(line, "c1", true, names)).toMatchObject({ title: "Surat Silk House", body: "Order #1042 dispatched by VRL", url: "/orders/o1" });
    expect(buildPushPayload(line, "c1", false, names).title).toBe("Meena Fashions");
  });

  it("leaves out join lines", () => {
    expect(messageNotifies(message({ kind: "SYSTEM", order: null }))).toBe(false);
    expect(messageNotifies(message({ kind: "TEXT" }))).toBe(true);
  });

  it("stays on one short line and far under the push services' 4 KB, emoji and all", () => {
    const long = message({ body: "🧵".repeat(5000), authorName: "N".repeat(500) });
    const payload = buildPushPayload(long, "c".repeat(30), true, names);
    expect(Array.from(payload.body)).toHaveLength(160);
    expect(payload.body.endsWith("…")).toBe(true);
    expect(Buffer.byteLength(encodePushPayload(payload))).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
  });
});

describe("a notification in the recipient's language", () => {
  it("says a system line from its key, and an album in words of the language", () => {
    const line = message({ kind: "SYSTEM", body: "Order #1042 accepted by Rakesh Shah", authorId: null, authorName: null, line: { key: "orderAccepted", values: { number: 1042, name: "Rakesh Shah" } } });
    expect(buildPushPayload(line, "c1", true, names, "hi").body).toBe("ऑर्डर #1042 Rakesh Shah ने मंज़ूर किया");
    expect(buildPushPayload(line, "c1", true, names, "en").body).toBe("Order #1042 accepted by Rakesh Shah");
    const album = message({ kind: "DESIGN_POST", body: "Navratri", designs: [1, 2, 3].map((n) => ({ id: `d${n}`, code: `D-000${n}`, title: "", pricePerPiecePaise: 100, photo })) });
    expect(buildPushPayload(album, "c1", true, names, "gu").body).toBe("📷 3 ડિઝાઇન · Navratri");
    expect(buildPushPayload(album, "c1", true, names, "en").body).toBe("📷 3 designs · Navratri");
  });
});

