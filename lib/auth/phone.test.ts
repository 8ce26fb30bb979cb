import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone, phoneSchema } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["+91 98123 45678", "+919812345678"],
    ["98123-45678", "+919812345678"],
    ["098123 45678", "+919812345678"],
    ["0091 (98123) 45678", "+919812345678"],
    ["+44 7700 900123", "+447700900123"],
  ])("accepts %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(["", "12345", "+91 12345 67890", "+91 98123 4567", "phone", "+0 1234 5678", "98123456789012345"])("rejects %s", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it("gives a clear message through the schema", () => {
    const result = phoneSchema.safeParse("abc");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/country code/);
  });

  it("formats Indian numbers for display", () => {
    expect(formatPhone("+919812345678")).toBe("+91 98123 45678");
    expect(formatPhone("+447700900123")).toBe("+447700900123");
  });
});
