// Access rules, in one place, as Prisma `where` fragments. Services put them inside the query
// itself so a row the actor may not see is simply not found: not-found and forbidden look the
// same to the caller.
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { MembershipRole } from "@/lib/generated/sqlite/enums";

/** Businesses the actor belongs to (optionally only with one of the given roles). */
export function businessOfMember(actorId: string, roles?: MembershipRole[]): Prisma.BusinessWhereInput {
  return { members: { some: { userId: actorId, ...(roles ? { role: { in: roles } } : {}) } } };
}

/** The buyer's side of a conversation: the buyer, and the colleagues on the buyer's shop team
 * (lib/teams/buyer-team.ts). As a condition on the buyer (a User). */
export function buyerSideOf(actorId: string): Prisma.UserWhereInput {
  return { OR: [{ id: actorId }, { teamMembers: { some: { userId: actorId } } }] };
}

/** A buyer (and their shop's team) sees the buyer's conversations; members of a business see all
 * of the business's. */
export function conversationVisibleTo(actorId: string): Prisma.ConversationWhereInput {
  return { OR: [{ buyerId: actorId }, { buyer: { teamMembers: { some: { userId: actorId } } } }, { business: businessOfMember(actorId) }] };
}

/** Members see their business's designs; a buyer sees designs posted into their conversations. */
export function designVisibleTo(actorId: string): Prisma.DesignWhereInput {
  return {
    OR: [
      { business: businessOfMember(actorId) },
      { posts: { some: { message: { conversation: { buyer: buyerSideOf(actorId) }, deletedAt: null } } } },
    ],
  };
}

/** A buyer (and their shop's team) sees the buyer's orders; members see their business's. */
export function orderVisibleTo(actorId: string): Prisma.OrderWhereInput {
  return { OR: [{ buyer: buyerSideOf(actorId) }, { business: businessOfMember(actorId) }] };
}

/** Buyer invites are managed by any member; staff invites only by owners. */
export function inviteManagedBy(actorId: string): Prisma.InviteWhereInput {
  return {
    OR: [
      { kind: "BUYER", business: businessOfMember(actorId) },
      { kind: "STAFF", business: businessOfMember(actorId, ["OWNER"]) },
    ],
  };
}

/**
 * conversationVisibleTo as SQL, for the fast paths that skip Prisma (prepared statements on
 * SQLite, raw queries on PostgreSQL). `alias` names the Conversation table in the caller's
 * query; the text takes the actor's id `actorIdParams` times, as positional parameters written
 * by `placeholder` (SQLite's `?` by default; `(n) => "$" + n` style for PostgreSQL, where n
 * counts from 1 within this fragment). tests/integration/conversation-visibility.test.ts proves
 * it selects exactly the rows the Prisma form does.
 */
export function conversationVisibleSql(alias: string, placeholder: (n: number) => string = () => "?"): { sql: string; actorIdParams: 3 } {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  return {
    // IN (...) rather than a correlated EXISTS per row: each of the three terms then finds its rows
    // through an index (buyerId, businessId), so a list reads the viewer's conversations instead of
    // scanning every business's (SQLite's EXPLAIN showed a full scan; issue 10).
    sql: `(${alias}."buyerId" = ${placeholder(1)}
      OR ${alias}."buyerId" IN (SELECT vt."ownerId" FROM "BuyerTeamMember" vt WHERE vt."userId" = ${placeholder(2)})
      OR ${alias}."businessId" IN (SELECT vm."businessId" FROM "Membership" vm WHERE vm."userId" = ${placeholder(3)}))`,
    actorIdParams: 3,
  };
}

/** The actor's id as many times as conversationVisibleSql names it, for positional parameters. */
export function actorTimes(actorId: string): string[] {
  return Array.from({ length: conversationVisibleSql("c").actorIdParams }, () => actorId);
}
