import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, pageOf } from "./keyset-cursor";

describe("keyset cursors", () => {
  it("round-trips any row's position", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(0), max: new Date("2200-01-01"), noInvalidDate: true }), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/), (createdAt, id) => {
        expect(decodeCursor(encodeCursor({ createdAt, id }))).toEqual({ createdAt, id });
      }),
    );
  });

  it("refuses a cursor it did not make", () => {
    for (const bad of ["", "abc", Buffer.from("x.y").toString("base64url"), Buffer.from("12.a b").toString("base64url")]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });

  it("returns a next cursor only when a row beyond the page exists", () => {
    const rows = [3, 2, 1].map((n) => ({ createdAt: new Date(n * 1000), id: `r${n}` }));
    const full = pageOf(rows, 2);
    expect(full.rows.map((r) => r.id)).toEqual(["r3", "r2"]);
    expect(decodeCursor(full.nextCursor!)).toEqual(rows[1]);
    expect(pageOf(rows, 3).nextCursor).toBeNull();
    expect(pageOf([], 3)).toEqual({ rows: [], nextCursor: null });
  });
});
