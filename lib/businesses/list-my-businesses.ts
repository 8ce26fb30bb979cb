import { getDb, runOnSqliteConnection } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { MembershipRole } from "@/lib/generated/sqlite/enums";
import { listMyBusinessesOnSqlite } from "./list-my-businesses-on-sqlite";

export interface MyBusiness {
  id: string;
  name: string;
  role: MembershipRole;
}

/** The businesses the actor is a member of (empty for a buyer). Every page asks (the top bar, the
 * tab a member sees), so on SQLite it is one prepared statement; Prisma is the reference and the
 * PostgreSQL path (tests/integration/list-my-businesses-fast-path.test.ts holds them equal). */
export async function listMyBusinesses(actor: Actor): Promise<MyBusiness[]> {
  const db = getDb();
  const fast = runOnSqliteConnection(db, (connection) => listMyBusinessesOnSqlite(connection, actor.id));
  if (fast) return fast;
  return listMyBusinessesWithPrisma(actor);
}

export async function listMyBusinessesWithPrisma(actor: Actor): Promise<MyBusiness[]> {
  const memberships = await getDb().membership.findMany({
    where: { userId: actor.id },
    select: { role: true, business: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return memberships.map((m) => ({ id: m.business.id, name: m.business.name, role: m.role }));
}
