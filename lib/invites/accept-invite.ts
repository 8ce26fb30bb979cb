// Using an invite link: a buyer invite opens (or reopens) the buyer's conversation with the
// business; a staff invite makes the user a STAFF member; a team invite adds the user to a buyer's
// shop team (lib/teams/buyer-team.ts) and opens the conversation it was made in. A link works once: the claim is a
// conditional update, so two people (or two taps) racing for one link cannot both win.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { appendSystemLine } from "@/lib/messages/append-message";
import { announceNothing, recordMessagePosted, type Announce } from "@/lib/realtime/record-message-event";
import { joinTeamInTx } from "@/lib/teams/buyer-team";
import { parseInput } from "@/lib/validation";
import { inviteTokenSchema } from "./get-invite-by-token";
import { hashInviteToken } from "./invite-token";
import { INVALID_INVITE_MESSAGE, inviteStatus, inviteUnavailable } from "./invite-status";
import { systemLine } from "@/lib/i18n/system-line";

export const acceptInviteSchema = z.object({ token: inviteTokenSchema });

export type AcceptedInvite =
  | { kind: "BUYER"; businessId: string; conversationId: string }
  | { kind: "TEAM"; businessId: string; conversationId: string }
  | { kind: "STAFF"; businessId: string };

/** Accepts in the caller's transaction; run `announce` after the commit (the "joined" line). */
export async function acceptInviteInTx(tx: Tx, actor: Actor, token: string): Promise<{ accepted: AcceptedInvite; announce: Announce }> {
  const accepted = await claimInvite(tx, actor, token);
  const joined = accepted.kind !== "STAFF" && accepted.joinLine;
  const announce = joined ? await recordMessagePosted(tx, accepted.conversationId, joined) : announceNothing;
  return { accepted: accepted.kind !== "STAFF" ? { kind: accepted.kind, businessId: accepted.businessId, conversationId: accepted.conversationId } : accepted, announce };
}

type Claimed = Exclude<AcceptedInvite, { kind: "BUYER" | "TEAM" }> | (Extract<AcceptedInvite, { kind: "BUYER" | "TEAM" }> & { joinLine?: { id: string; seq: number } });

async function claimInvite(tx: Tx, actor: Actor, token: string): Promise<Claimed> {
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true,
      kind: true,
      businessId: true,
      createdById: true,
      usedAt: true,
      usedById: true,
      conversationId: true,
      revokedAt: true,
      expiresAt: true,
      business: { select: { name: true } },
      createdBy: { select: { name: true } },
    },
  });
  if (!invite) throw new AppError("NOT_FOUND", INVALID_INVITE_MESSAGE);
  const businessName = invite.business.name;
  // The same person again (a retry after a lost response, or the link reopened): same answer.
  if (invite.usedById === actor.id) {
    if (invite.kind === "STAFF") return { kind: "STAFF", businessId: invite.businessId };
    if (invite.conversationId) return { kind: invite.kind, businessId: invite.businessId, conversationId: invite.conversationId };
  }
  const status = inviteStatus(invite);
  if (status !== "OPEN") throw inviteUnavailable(status, businessName);

  const membership = await tx.membership.findUnique({
    where: { businessId_userId: { businessId: invite.businessId, userId: actor.id } },
    select: { id: true },
  });
  if (membership && invite.kind === "BUYER") {
    throw new AppError("CONFLICT", `You are a member of ${businessName}. This link is for a buyer: share it with them.`, { key: "memberNotBuyer", values: { business: businessName } });
  }
  if (membership && invite.kind === "STAFF") throw new AppError("CONFLICT", `You are already a member of ${businessName}.`, { key: "alreadyMember", values: { business: businessName } });
  if (membership && invite.kind === "TEAM") {
    throw new AppError("CONFLICT", `You are a member of ${businessName}. This link is for ${invite.createdBy.name}'s shop staff.`, {
      key: "memberNotStaff",
      values: { business: businessName, name: invite.createdBy.name },
    });
  }
  if (invite.kind === "TEAM" && invite.createdById === actor.id) throw new AppError("CONFLICT", "This is your own team's link: share it with a colleague.");

  const now = new Date();
  const claimed = await tx.invite.updateMany({
    where: { id: invite.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, usedById: actor.id },
  });
  if (claimed.count !== 1) throw inviteUnavailable("USED", businessName);

  if (invite.kind === "STAFF") {
    await tx.membership.create({ data: { businessId: invite.businessId, userId: actor.id, role: "STAFF" } });
    return { kind: "STAFF", businessId: invite.businessId };
  }
  if (invite.kind === "TEAM" && invite.conversationId) {
    await joinTeamInTx(tx, invite.createdById, actor.id);
    const said = systemLine("joinedTeam", { name: actor.name, owner: invite.createdBy.name });
    const line = await appendSystemLine(tx, { conversationId: invite.conversationId, said, clientId: `invite:${invite.id}` });
    return { kind: "TEAM", businessId: invite.businessId, conversationId: invite.conversationId, joinLine: { id: line.id, seq: line.seq } };
  }

  const conversation = await tx.conversation.upsert({
    where: { businessId_buyerId: { businessId: invite.businessId, buyerId: actor.id } },
    create: { businessId: invite.businessId, buyerId: actor.id },
    update: {},
    select: { id: true, lastSeq: true },
  });
  const said = systemLine("joinedByInvite", { name: actor.name });
  const line = await appendSystemLine(tx, { conversationId: conversation.id, said, clientId: `invite:${invite.id}` });
  await markOwnJoinLineRead(tx, conversation.id, actor.id, line.seq);
  await tx.invite.update({ where: { id: invite.id }, data: { conversationId: conversation.id } });
  return { kind: "BUYER", businessId: invite.businessId, conversationId: conversation.id, joinLine: { id: line.id, seq: line.seq } };
}

/** The buyer made the "joined" line by joining: it is no news to them. It is marked read only when
 * they had read everything before it, so joining again never hides the business's messages. */
async function markOwnJoinLineRead(tx: Tx, conversationId: string, buyerId: string, seq: number) {
  const key = { conversationId, userId: buyerId };
  const state = await tx.readState.findUnique({ where: { conversationId_userId: key }, select: { lastReadSeq: true } });
  if ((state?.lastReadSeq ?? 0) < seq - 1) return;
  await tx.readState.upsert({
    where: { conversationId_userId: key },
    create: { ...key, lastReadSeq: seq, lastDeliveredSeq: seq },
    update: { lastReadSeq: seq, lastDeliveredSeq: seq },
  });
}

/** A signed-in user accepts an invite. */
export async function acceptInvite(actor: Actor, input: unknown): Promise<AcceptedInvite> {
  const { token } = parseInput(acceptInviteSchema, input);
  const { accepted, announce } = await getDb().$transaction((tx) => acceptInviteInTx(tx, actor, token));
  await announce();
  return accepted;
}
