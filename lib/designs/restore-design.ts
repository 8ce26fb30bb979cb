// A member brings an archived design back into the active catalog.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseIdInput } from "@/lib/validation";

export async function restoreDesign(actor: Actor, input: unknown): Promise<{ id: string; archived: false }> {
  const { designId } = parseIdInput("designId", input);
  const db = getDb();
  const restored = await db.design.updateMany({ where: { id: designId, business: businessOfMember(actor.id) }, data: { archivedAt: null } });
  if (restored.count === 0) throw notFound("That design");
  return { id: designId, archived: false };
}
