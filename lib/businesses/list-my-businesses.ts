import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { MembershipRole } from "@/lib/generated/sqlite/enums";

export interface MyBusiness {
  id: string;
  name: string;
  role: MembershipRole;
}

/** The businesses the actor is a member of (empty for a buyer). */
export async function listMyBusinesses(actor: Actor): Promise<MyBusiness[]> {
  const memberships = await getDb().membership.findMany({
    where: { userId: actor.id },
    select: { role: true, business: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({ id: m.business.id, name: m.business.name, role: m.role }));
}
