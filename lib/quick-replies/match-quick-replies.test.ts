import { describe, expect, it } from "vitest";
import { matchQuickReplies, slashQuery, type QuickReply } from "./match-quick-replies";

const replies: QuickReply[] = [
  { id: "1", title: "Bank details", text: "HDFC 0012 3456 IFSC HDFC0000123" },
  { id: "2", title: "Payment QR", text: "Scan to pay by UPI" },
  { id: "3", title: "Size chart", text: "S 36, M 38, L 40, XL 42" },
];

describe("the composer's / list", () => {
  it("opens on a leading / while it is one short line", () => {
    expect(slashQuery("/")).toBe("");
    expect(slashQuery("/pay")).toBe("pay");
    expect(slashQuery("hello /pay")).toBeNull();
    expect(slashQuery("/pay\nmore")).toBeNull();
    expect(slashQuery(`/${"x".repeat(41)}`)).toBeNull();
  });

  it("lists title-word prefixes first, then other matches in titles and texts", () => {
    expect(matchQuickReplies(replies, "").map((r) => r.id)).toEqual(["1", "2", "3"]);
    expect(matchQuickReplies(replies, "pay").map((r) => r.id)).toEqual(["2"]);
    expect(matchQuickReplies(replies, "QR").map((r) => r.id)).toEqual(["2"]);
    expect(matchQuickReplies(replies, "upi").map((r) => r.id)).toEqual(["2"]);
    expect(matchQuickReplies(replies, "hdfc").map((r) => r.id)).toEqual(["1"]);
    expect(matchQuickReplies(replies, "ar").map((r) => r.id)).toEqual(["3"]); // "chart" contains it
    expect(matchQuickReplies(replies, "s").map((r) => r.id)).toEqual(["3", "1", "2"]); // "Size" starts a title word
    expect(matchQuickReplies(replies, "zzz")).toEqual([]);
  });
});
