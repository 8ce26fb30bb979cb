// The signed-in user for pages, actions and route handlers (the cookie work is session-actor.ts).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { SessionActor } from "./actor";
import { actorFromCookies } from "./session-actor";

export const getActor = cache(async (): Promise<SessionActor | null> => {
  const jar = await cookies();
  return actorFromCookies(new Map(jar.getAll().map((cookie) => [cookie.name, cookie.value])));
});

/** For pages: sends a signed-out visitor to the login page, then back. */
export async function requireActor(returnTo?: string): Promise<SessionActor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
  return actor;
}
