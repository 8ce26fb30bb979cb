import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember, inviteManagedBy } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseIdInput } from "@/lib/validation";
import { inviteStatus, type InviteStatus } from "./invite-status";

export interface InviteSummary {
  id: string;
  kind: "BUYER" | "STAFF";
  name: string | null;
  phone: string | null;
  status: InviteStatus;
  createdAt: Date;
  expiresAt: Date;
  usedByName: string | null;
}

/** The business's recent invites, newest first, for its members. */
export async function listInvites(actor: Actor, input: unknown): Promise<InviteSummary[]> {
  const { businessId } = parseIdInput("businessId", input);
  const db = getDb();
  const business = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");
  const invites = await db.invite.findMany({
    where: { businessId: business.id, ...inviteManagedBy(actor.id) },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, name: true, phone: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true, usedBy: { select: { name: true } } },
  });
  const now = new Date();
  // inviteManagedBy lists buyer and staff invites only: a buyer's team invites are the buyer's own.
  return invites.flatMap((invite) => (invite.kind === "TEAM" ? [] : [{
    id: invite.id,
    kind: invite.kind,
    name: invite.name,
    phone: invite.phone,
    status: inviteStatus(invite, now),
    createdAt: invite.createdAt,
    expiresAt: invite.expiresAt,
    usedByName: invite.usedBy?.name ?? null,
  }]));
}
