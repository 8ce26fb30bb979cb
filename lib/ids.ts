// Ids for rows written outside Prisma (the SQLite hot path of posting a message). Same shape as
// Prisma's cuid(): "c", the time in base 36, a per-process counter and randomness; sortable by
// time, unique across processes.
import { randomBytes } from "node:crypto";

let counter = 0;

export function newRowId(): string {
  counter = (counter + 1) % 1_679_616; // 36^4
  return `c${Date.now().toString(36)}${counter.toString(36).padStart(4, "0")}${randomBytes(8).toString("base64url").toLowerCase().replace(/[^a-z0-9]/g, "0").slice(0, 10)}`;
}
