// "Log out other devices": every session of the actor but the one asking ends, on every instance
// (this one at once, the others within SESSION_CACHE_MS: session-actor.ts).
import type { Db, Tx } from "@/lib/db";
import { getDb } from "@/lib/db";
import type { SessionActor } from "./actor";
import { forgetSessions } from "./session-actor";

/** Ends the actor's other sessions inside `db` (a transaction when part of a larger change);
 * the caller forgets the returned ids once that has committed. */
export async function deleteOtherSessions(db: Db | Tx, actor: SessionActor): Promise<string[]> {
  const others = await db.session.findMany({ where: { userId: actor.id, id: { not: actor.sessionId } }, select: { id: true } });
  const ids = others.map((session) => session.id);
  if (ids.length) await db.session.deleteMany({ where: { userId: actor.id, id: { in: ids } } });
  return ids;
}

/** Returns how many sessions ended. */
export async function endOtherSessions(actor: SessionActor): Promise<number> {
  const ended = await getDb().$transaction((tx) => deleteOtherSessions(tx, actor));
  forgetSessions(ended);
  return ended.length;
}
