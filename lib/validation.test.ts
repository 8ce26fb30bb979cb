import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseIdInput } from "./validation";

function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an INVALID AppError");
}

describe("parseIdInput", () => {
  it("returns the id under its field, and drops anything else", () => {
    expect(parseIdInput("conversationId", { conversationId: "c1", extra: "x" })).toEqual({ conversationId: "c1" });
  });

  it("keeps one schema per field: a second field name is checked by its own name", () => {
    expect(parseIdInput("designId", { designId: "d1" })).toEqual({ designId: "d1" });
    const error = errorOf(() => parseIdInput("designId", { conversationId: "c1" }));
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fields ?? {})).toEqual(["designId"]);
  });

  it.each([
    ["missing", {}],
    ["empty", { orderId: "" }],
    ["too long", { orderId: "x".repeat(65) }],
    ["not a string", { orderId: 42 }],
    ["not an object", "o1"],
  ])("refuses an id that is %s", (_, input) => {
    expect(errorOf(() => parseIdInput("orderId", input)).code).toBe("INVALID");
  });
});
