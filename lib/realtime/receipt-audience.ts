// Who hears that someone's receipts moved. A buyer's receipts turn the ticks on every member's
// screen. A member's receipts matter only to the buyer (the ticks on the buyer's messages) and to
// that member's own other tabs (unread counts): other members never show them. Every phone
// acknowledges every message it gets, so sending a member's receipt to the whole team made a
// message cost (team size)^2 events.
export function receiptAudience(conversation: { buyerId: string }, actorId: string, everyone: () => string[]): string[] {
  return actorId === conversation.buyerId ? everyone() : [conversation.buyerId, actorId];
}
