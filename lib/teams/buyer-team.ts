// A buyer's shop team (issue 15, item 6): the buyer (the shop's owner in Chatalog) invites
// colleagues with a link; each joins every conversation of the buyer, reads and writes there,
// gets its live events and notifications, and shows by their own name. The access rule is
// conversationVisibleTo in lib/auth/access.ts (and its SQL form), so every read checks the team
// row as it is now: removing a colleague ends their access with the next request, and a
// "conversation.left" event tells their open tabs to leave at once.
//
// Only the buyer invites and removes; colleagues see who is on the team. Picks, the tray and
// orders are the shop's (lib/teams/buyer-side.ts): any of them picks and confirms, and each card
// names who did. Read ticks go by side (receipt-audience.ts, otherSideOf), and search finds the
// shop's messages and orders for each of them.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb, type Tx } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { hashInviteToken, invitePath, newInviteToken } from "@/lib/invites/invite-token";
import { appendEvent } from "@/lib/realtime/event-log";
import { announceEvents } from "@/lib/realtime/event-log-reader";
import { idSchema, parseInput } from "@/lib/validation";

export interface TeamView {
  /** The buyer whose shop it is. */
  owner: { id: string; name: string };
  members: { id: string; name: string; since: Date }[];
  /** Whether the viewer may invite and remove (the buyer themselves). */
  viewerIsOwner: boolean;
}

const conversationScope = z.object({ conversationId: idSchema });

/** The conversation, if the actor is on its buyer's side (the buyer or a colleague). */
async function buyerSideConversation(actor: Actor, conversationId: string) {
  const conversation = await getDb().conversation.findFirst({
    where: { id: conversationId, ...conversationVisibleTo(actor.id), business: { members: { none: { userId: actor.id } } } },
    select: { id: true, businessId: true, buyerId: true, buyer: { select: { name: true } } },
  });
  if (!conversation) throw notFound("That conversation");
  return conversation;
}

export async function getTeam(actor: Actor, input: unknown): Promise<TeamView> {
  const { conversationId } = parseInput(conversationScope, input);
  const conversation = await buyerSideConversation(actor, conversationId);
  const members = await getDb().buyerTeamMember.findMany({
    where: { ownerId: conversation.buyerId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, user: { select: { id: true, name: true } } },
  });
  return {
    owner: { id: conversation.buyerId, name: conversation.buyer.name },
    members: members.map((m) => ({ id: m.user.id, name: m.user.name, since: m.createdAt })),
    viewerIsOwner: conversation.buyerId === actor.id,
  };
}

/** A link that adds whoever opens it (and signs up or logs in) to the buyer's team. */
export async function createTeamInvite(actor: Actor, input: unknown): Promise<{ path: string; expiresAt: Date }> {
  const { conversationId } = parseInput(conversationScope, input);
  const conversation = await buyerSideConversation(actor, conversationId);
  if (conversation.buyerId !== actor.id) throw new AppError("FORBIDDEN", `Only ${conversation.buyer.name} can invite colleagues to the shop's chats.`, { key: "onlyBuyerInvitesColleagues", values: { name: conversation.buyer.name } });
  const token = newInviteToken();
  const expiresAt = new Date(Date.now() + getEnv().INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);
  await getDb().invite.create({
    data: { businessId: conversation.businessId, kind: "TEAM", tokenHash: hashInviteToken(token), createdById: actor.id, conversationId: conversation.id, expiresAt },
    select: { id: true },
  });
  return { path: invitePath(token), expiresAt };
}

export const removeTeamMemberSchema = z.object({ conversationId: idSchema, userId: idSchema });

/** The buyer removes a colleague: their access ends with the next request, and their open tabs of
 * the buyer's conversations are told to leave. Removing someone already gone answers not found. */
export async function removeTeamMember(actor: Actor, input: unknown): Promise<void> {
  const data = parseInput(removeTeamMemberSchema, input);
  const conversation = await buyerSideConversation(actor, data.conversationId);
  if (conversation.buyerId !== actor.id) throw new AppError("FORBIDDEN", `Only ${conversation.buyer.name} can remove colleagues.`, { key: "onlyBuyerRemovesColleagues", values: { name: conversation.buyer.name } });
  await getDb().$transaction(async (tx) => {
    const removed = await tx.buyerTeamMember.deleteMany({ where: { ownerId: actor.id, userId: data.userId } });
    if (removed.count === 0) throw notFound("That colleague");
    const conversations = await tx.conversation.findMany({ where: { buyerId: actor.id }, select: { id: true } });
    for (const { id } of conversations) await appendEvent(tx, [data.userId], { type: "conversation.left", conversationId: id });
  });
  await announceEvents();
}

/** Adds `userId` to `ownerId`'s team inside an invite's transaction (joining twice is one row). */
export async function joinTeamInTx(tx: Tx, ownerId: string, userId: string): Promise<void> {
  await tx.buyerTeamMember.upsert({ where: { ownerId_userId: { ownerId, userId } }, create: { ownerId, userId }, update: {} });
}
