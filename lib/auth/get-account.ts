// What the account page shows about the actor: their own name and number, and how many other
// devices are logged in as them.
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { SessionActor } from "./actor";

export interface Account {
  name: string;
  phone: string;
  otherSessions: number;
}

export async function getAccount(actor: SessionActor): Promise<Account> {
  const [user, otherSessions] = await Promise.all([
    getDb().user.findUnique({ where: { id: actor.id }, select: { name: true, phone: true } }),
    // Only live ones: an expired row lingers until its owner's next login (start-session.ts).
    getDb().session.count({ where: { userId: actor.id, id: { not: actor.sessionId }, expiresAt: { gt: new Date() } } }),
  ]);
  if (!user) throw notFound("Your account");
  return { ...user, otherSessions };
}
