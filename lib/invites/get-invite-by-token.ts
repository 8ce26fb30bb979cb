// What the invite page shows before anyone signs in: the link itself is the credential, so
// this reveals only the business's name, the kind of invite, who made it and the pre-filled details.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { hashInviteToken } from "./invite-token";
import { INVALID_INVITE_MESSAGE, inviteStatus, type InviteStatus } from "./invite-status";

export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, INVALID_INVITE_MESSAGE);

export interface InvitePreview {
  kind: "BUYER" | "STAFF" | "TEAM";
  /** A team invite's buyer: "Meena invites you to her shop's chats". */
  invitedBy: string;
  businessId: string;
  businessName: string;
  name: string | null;
  phone: string | null;
  status: InviteStatus;
}

export async function getInviteByToken(token: unknown): Promise<InvitePreview> {
  const valid = parseInput(inviteTokenSchema, token);
  const invite = await getDb().invite.findUnique({
    where: { tokenHash: hashInviteToken(valid) },
    select: { kind: true, name: true, phone: true, createdBy: { select: { name: true } }, usedAt: true, revokedAt: true, expiresAt: true, business: { select: { id: true, name: true } } },
  });
  if (!invite) throw new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);
  return {
    kind: invite.kind,
    invitedBy: invite.createdBy.name,
    businessId: invite.business.id,
    businessName: invite.business.name,
    name: invite.name,
    phone: invite.phone,
    status: inviteStatus(invite),
  };
}
