import { describe, expect, it } from "vitest";
import { albumPreview, albumPreviewLine } from "@/lib/messages/message-view";
import { speakerFor } from "./server-messages";
import { systemLine } from "./system-line";
import { readSystemLine } from "./system-line-view";

describe("system lines", () => {
  it("write their English from the messages file, with the key beside it", () => {
    expect(systemLine("orderAccepted", { number: 1042, name: "Priya" })).toEqual({ text: "Order #1042 accepted by Priya", line: { key: "orderAccepted", values: { number: 1042, name: "Priya" } } });
    expect(systemLine("orderDispatched", { number: 7, transporter: "VRL", lr: "LR-1", parcels: 1 }).text).toBe("Order #7 dispatched by VRL, LR LR-1, 1 parcel");
    expect(systemLine("paymentReceived", { number: 7, amount: "Rs 3,000", method: "OTHER" }).text).toBe("Order #7: payment of Rs 3,000 received");
    expect(systemLine("joinedTeam", { name: "Asha", owner: "Meena" }).text).toBe("Asha joined Meena's team");
  });

  it("read back from storage (JSON text or object), and refuse what they did not write", () => {
    const stored = { orderEvent: "ACCEPTED", line: { key: "orderAccepted", values: { number: 1, name: "A" } } };
    expect(readSystemLine(stored)).toEqual(stored.line);
    expect(readSystemLine(JSON.stringify(stored))).toEqual(stored.line);
    expect(readSystemLine(null)).toBeNull();
    expect(readSystemLine("{not json")).toBeNull();
    expect(readSystemLine({ line: { key: "../x", values: {} } })).toBeNull();
    expect(readSystemLine({ line: { key: "orderAccepted", values: { name: { nested: true } } } })).toBeNull();
    expect(readSystemLine({ line: { key: "orderAccepted", values: [] } })).toBeNull();
  });
});

describe("the chats list's album preview", () => {
  it("reads in English exactly as the stored preview, and in the reader's language from its key", () => {
    for (const count of [1, 2, 12]) {
      const { key, values } = albumPreviewLine(count, "D-0042");
      expect(speakerFor("en").say(`system.${key}`, values)).toBe(albumPreview(count, "D-0042"));
    }
    const { key, values } = albumPreviewLine(6, "D-0042");
    expect(speakerFor("gu").say(`system.${key}`, values)).toBe("📷 6 ડિઝાઇન");
  });
});

