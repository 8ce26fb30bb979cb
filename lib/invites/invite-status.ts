import { AppError } from "@/lib/errors";

export type InviteStatus = "OPEN" | "USED" | "REVOKED" | "EXPIRED";

export function inviteStatus(invite: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InviteStatus {
  if (invite.usedAt) return "USED";
  if (invite.revokedAt) return "REVOKED";
  if (invite.expiresAt <= now) return "EXPIRED";
  return "OPEN";
}

/** The clear message a person opening a link that no longer works sees. */
export function inviteUnavailable(status: Exclude<InviteStatus, "OPEN">, businessName: string): AppError {
  const ask = `Ask ${businessName} for a new link.`;
  const messages = {
    USED: `This invite link has already been used. ${ask}`,
    REVOKED: `This invite link was cancelled. ${ask}`,
    EXPIRED: `This invite link has expired. ${ask}`,
  } as const;
  return new AppError("CONFLICT", messages[status]);
}

export const INVALID_INVITE_MESSAGE = "This invite link is not valid. Check that you opened the whole link.";
