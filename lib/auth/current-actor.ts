// The signed-in user for pages, actions and route handlers. The session only carries an id;
// the user is re-read so a deleted account stops working at once.
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db";
import type { Actor } from "./actor";
import { getAuthOptions } from "./auth-options";

export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return getDb().user.findUnique({ where: { id }, select: { id: true, name: true } });
});

/** For pages: sends a signed-out visitor to the login page, then back. */
export async function requireActor(returnTo?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
  return actor;
}
