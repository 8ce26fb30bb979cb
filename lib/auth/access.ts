// Access rules, in one place, as Prisma `where` fragments. Services put them inside the query
// itself so a row the actor may not see is simply not found: not-found and forbidden look the
// same to the caller.
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { MembershipRole } from "@/lib/generated/sqlite/enums";

/** Businesses the actor belongs to (optionally only with one of the given roles). */
export function businessOfMember(actorId: string, roles?: MembershipRole[]): Prisma.BusinessWhereInput {
  return { members: { some: { userId: actorId, ...(roles ? { role: { in: roles } } : {}) } } };
}

/** A buyer sees their own conversations; members of a business see all of the business's. */
export function conversationVisibleTo(actorId: string): Prisma.ConversationWhereInput {
  return { OR: [{ buyerId: actorId }, { business: businessOfMember(actorId) }] };
}

/** Members see their business's designs; a buyer sees designs posted into their conversations. */
export function designVisibleTo(actorId: string): Prisma.DesignWhereInput {
  return {
    OR: [
      { business: businessOfMember(actorId) },
      { posts: { some: { message: { conversation: { buyerId: actorId }, deletedAt: null } } } },
    ],
  };
}

/** A buyer sees their own orders; members see their business's. */
export function orderVisibleTo(actorId: string): Prisma.OrderWhereInput {
  return { OR: [{ buyerId: actorId }, { business: businessOfMember(actorId) }] };
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
