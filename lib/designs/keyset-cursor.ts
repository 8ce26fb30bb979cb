// Keyset pagination over (createdAt desc, id desc): a page starts after the last row the client
// saw, so rows added meanwhile never shift or repeat a page (offsets would). The cursor is opaque
// to clients; a tampered one is refused like any bad input.
import { AppError } from "@/lib/errors";

export interface Keyset {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: Keyset): string {
  return Buffer.from(`${row.createdAt.getTime()}.${row.id}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): Keyset {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(text);
  if (!match) throw new AppError("INVALID", "That page link is not valid. Reload the list.");
  return { createdAt: new Date(Number(match[1])), id: match[2]! };
}

/** The where-fragment for "older than the cursor" in (createdAt desc, id desc) order. */
export function olderThan(cursor: Keyset) {
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

export const newestFirst = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Splits a `limit + 1` fetch into the page and the cursor of the next one. */
export function pageOf<T extends Keyset>(rows: T[], limit: number): { rows: T[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}
