import type { AcceptedInvite } from "./accept-invite";

/** Where someone lands after using an invite: a buyer (or a buyer's colleague) in the
 * conversation, staff in the chats. */
export function landingPath(accepted: AcceptedInvite): string {
  return accepted.kind === "STAFF" ? "/chats" : `/chats/${accepted.conversationId}`;
}
