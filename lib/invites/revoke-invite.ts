import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { inviteManagedBy } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";

export const revokeInviteSchema = z.object({ inviteId: idSchema });

/** Cancels an unused invite of the actor's business. Revoking twice is harmless. */
export async function revokeInvite(actor: Actor, input: unknown): Promise<void> {
  const { inviteId } = parseInput(revokeInviteSchema, input);
  const db = getDb();
  const invite = await db.invite.findFirst({ where: { id: inviteId, ...inviteManagedBy(actor.id) }, select: { id: true, usedAt: true } });
  if (!invite) throw notFound("That invite");
  await db.invite.updateMany({ where: { id: invite.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
}
