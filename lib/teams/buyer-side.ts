// Who acts for a conversation's buyer: the buyer, and the colleagues on the buyer's shop team
// (lib/teams/buyer-team.ts). Picks, the tray and confirming an order belong to the shop: any of
// them may make and change them, and each card says who did.
import type { Db, Tx } from "@/lib/db";

export async function actsForBuyer(db: Db | Tx, buyerId: string, actorId: string): Promise<boolean> {
  if (buyerId === actorId) return true;
  const member = await db.buyerTeamMember.findUnique({ where: { ownerId_userId: { ownerId: buyerId, userId: actorId } }, select: { userId: true } });
  return member !== null;
}
