// Who hears that someone's receipts moved. The buyer's side (the buyer or a colleague of theirs)
// turns the ticks on every member's screen, and their own side's other tabs keep their unread
// counts. A member's receipts matter only to the buyer's side (the ticks on their messages) and
// to that member's own other tabs: other members never show them. Every phone acknowledges every
// message it gets, so sending a member's receipt to the whole team made a message cost
// (team size)^2 events.
import type { AudienceSides } from "./conversation-audience";

export function receiptAudience(sides: AudienceSides, actorId: string): { audience: string[]; member: boolean } {
  const member = sides.members.includes(actorId);
  return { audience: member ? [...sides.buyerSide, actorId] : [...sides.buyerSide, ...sides.members], member };
}
