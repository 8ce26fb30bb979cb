import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-redirect";

describe("safeNextPath", () => {
  it("keeps same-site paths", () => expect(safeNextPath("/chats/abc?q=a#x")).toBe("/chats/abc?q=a#x"));
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/%09/evil.example", "/%5cevil.example", "", null, undefined, "chats"])("refuses %s", (next) => {
    expect(safeNextPath(next)).toBe("/chats");
  });
});
