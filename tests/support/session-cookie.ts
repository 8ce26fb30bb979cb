// A logged-in device for tests that talk HTTP: a Session row (as a login starts one) and the
// next-auth cookie naming it.
import { encode } from "next-auth/jwt";
import { getAuthSecret } from "@/lib/auth/auth-secret";
import { startSession } from "@/lib/auth/start-session";

const THIRTY_DAYS = 30 * 24 * 60 * 60;

export async function logInAs(user: { id: string; name: string }): Promise<{ cookie: string; sessionId: string; actor: { id: string; name: string; sessionId: string } }> {
  const sessionId = await startSession(user.id, THIRTY_DAYS);
  const token = await encode({ token: { sub: user.id, name: user.name, sid: sessionId }, secret: getAuthSecret(), maxAge: THIRTY_DAYS });
  return { cookie: `next-auth.session-token=${token}`, sessionId, actor: { id: user.id, name: user.name, sessionId } };
}

/** The Cookie header of a fresh session for `user`. */
export async function sessionCookieFor(user: { id: string; name: string }): Promise<string> {
  return (await logInAs(user)).cookie;
}
