import type { AcceptedInvite } from "./accept-invite";

/** Where someone lands after using an invite: the buyer in their conversation, staff in the chats. */
export function landingPath(accepted: AcceptedInvite): string {
  return accepted.kind === "BUYER" ? `/chats/${accepted.conversationId}` : "/chats";
}
