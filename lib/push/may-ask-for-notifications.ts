// Whether the app may ask this person to turn notifications on. Not before they have done
// anything: a new account asked on its first screen has no reason to agree (and a refusal in the
// browser's prompt is for good). Once they have sent something (a message, designs, a pick, an
// order) they are waiting for an answer, and the ask can say what it is for.
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";

export async function mayAskForNotifications(actor: Actor): Promise<boolean> {
  // The (authorId, clientId) unique index answers this without reading messages.
  const sent = await getDb().message.findFirst({ where: { authorId: actor.id }, select: { id: true } });
  return sent !== null;
}
