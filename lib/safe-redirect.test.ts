import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => expect(safeNextPath("/chats/abc")).toBe("/chats/abc"));
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "", null, undefined, "chats"])("refuses %s", (next) => {
    expect(safeNextPath(next)).toBe("/chats");
  });
});
