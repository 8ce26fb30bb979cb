// A member takes a design out of the active catalog (sold out, discontinued). Nothing is
// deleted: albums in chats still show it, orders keep it, and it can be restored.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseIdInput } from "@/lib/validation";

export async function archiveDesign(actor: Actor, input: unknown): Promise<{ id: string; archived: true }> {
  const { designId } = parseIdInput("designId", input);
  const db = getDb();
  const design = await db.design.findFirst({ where: { id: designId, business: businessOfMember(actor.id) }, select: { id: true } });
  if (!design) throw notFound("That design");
  // Archiving twice keeps the first date: that is when it left the catalog.
  await db.design.updateMany({ where: { id: design.id, archivedAt: null }, data: { archivedAt: new Date() } });
  return { id: design.id, archived: true };
}
