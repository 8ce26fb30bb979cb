// Who may call a route or a server action, declared where it is written (lib/api-route.ts,
// lib/server-action.ts) and checked before its service runs. The services check again inside
// their queries (lib/auth/access.ts): a requirement turns away whole classes of caller early and
// visibly, the query decides row by row. tests/integration/authorization-matrix.test.ts calls every
// route and action as every role and holds both to the expected answers.
import type { Actor } from "@/lib/auth/actor";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { getConversation } from "@/lib/conversations/get-conversation";
import { AppError } from "@/lib/errors";

export type Requirement =
  /** No session needed: sign-up, the push key. */
  | "anyone"
  /** Any signed-in person; the service decides what they may see (their own orders, picks...). */
  | "signed-in"
  /** A member (owner or staff) of a business; the service checks it is the business named. */
  | "member"
  /** The conversation named by the route: its buyer, or a member of its business. */
  | "conversation"
  /** The conversation named by the route, as its buyer (picking, confirming an order). */
  | "conversation-buyer"
  /** The conversation named by the route, as a member of its business (posting designs). */
  | "conversation-member";

/** What a requirement is checked against: the route's conversation, when it names one. */
export interface RequirementScope {
  conversationId?: string;
}

const conversational = new Set<Requirement>(["conversation", "conversation-buyer", "conversation-member"]);

/** The actor, when they meet `requirement`; otherwise throws the AppError the caller gets: 401
 * signed out, 404 for a conversation they cannot see (not found and not theirs look the same),
 * 403 for a caller who can see it but may not do this. */
export async function admit<A extends Actor>(actor: A | null, requirement: Exclude<Requirement, "anyone">, scope: RequirementScope = {}, signedOut = "Log in first."): Promise<A> {
  if (!actor) throw new AppError("UNAUTHENTICATED", signedOut);
  if (requirement === "signed-in") return actor;
  if (requirement === "member") {
    if ((await listMyBusinesses(actor)).length === 0) throw new AppError("FORBIDDEN", "Only a supplier's team can do this.");
    return actor;
  }
  if (!conversational.has(requirement)) throw new Error(`Unknown requirement: ${String(requirement)}`);
  if (scope.conversationId === undefined) throw new Error(`The "${requirement}" requirement needs the route's conversationId.`);
  // Validates the id and applies conversationVisibleTo, on SQLite's fast path.
  const conversation = await getConversation(actor, { conversationId: scope.conversationId });
  if (requirement === "conversation-buyer" && !conversation.viewerIsBuyer) {
    throw new AppError("FORBIDDEN", "Only the buyer can do this in the conversation.");
  }
  if (requirement === "conversation-member") {
    const member = (await listMyBusinesses(actor)).some((business) => business.id === conversation.businessId);
    if (!member) throw new AppError("FORBIDDEN", "Only the supplier's team can do this in the conversation.");
  }
  return actor;
}
