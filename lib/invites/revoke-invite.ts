import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { inviteManagedBy } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";

export const revokeInviteSchema = z.object({ inviteId: idSchema });

/** Cancels an unused invite of the actor's business. Revoking twice is harmless; a used invite
 * cannot be revoked (the person is already in). */
export async function revokeInvite(actor: Actor, input: unknown): Promise<void> {
  const { inviteId } = parseInput(revokeInviteSchema, input);
  const db = getDb();
  const invite = await db.invite.findFirst({ where: { id: inviteId, ...inviteManagedBy(actor.id) }, select: { id: true } });
  if (!invite) throw notFound("That invite");
  await db.invite.updateMany({ where: { id: invite.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  const after = await db.invite.findUniqueOrThrow({ where: { id: invite.id }, select: { usedAt: true } });
  if (after.usedAt) throw new AppError("CONFLICT", "This invite was already used, so it can't be cancelled.");
}
