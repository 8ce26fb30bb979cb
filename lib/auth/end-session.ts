// Logging out ends this device's session: its row goes, so the cookie is refused even where a
// copy of it survives (another browser, a stolen backup). Called by next-auth's signOut event with
// the cookie it has just decoded; the acting person is whoever holds that cookie.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { forgetSessions } from "./session-actor";

const sessionIdSchema = z.string().min(1).max(64);

export async function endSession(sessionId: unknown): Promise<void> {
  const parsed = sessionIdSchema.safeParse(sessionId);
  if (!parsed.success) return; // a cookie from before revocable sessions: nothing to end
  await getDb().session.deleteMany({ where: { id: parsed.data } });
  forgetSessions([parsed.data]);
}
