// A login starts a session: one row per logged-in device, whose id the cookie carries
// (session-actor.ts honours the cookie only while the row exists). Called by next-auth's jwt
// callback after the password was checked (verify-credentials.ts).
import { getDb } from "@/lib/db";

export async function startSession(userId: string, maxAgeSeconds: number): Promise<string> {
  const now = new Date();
  const db = getDb();
  // Rows outlive their cookies only until the person logs in again: no sweeper needed.
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const session = await db.session.create({
    data: { userId, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
    select: { id: true },
  });
  return session.id;
}
