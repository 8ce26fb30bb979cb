// Invite links carry a random token; only its sha256 is stored, so a database leak does not
// leak working links.
import { createHash, randomBytes } from "node:crypto";

export function newInviteToken(): string {
  return randomBytes(24).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitePath(token: string): string {
  return `/invite/${token}`;
}
