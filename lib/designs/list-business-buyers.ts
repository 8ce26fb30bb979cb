// The buyers a member can send designs to: one per conversation of the business, by name, for
// the broadcast form's checklist. Members only.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { parseIdInput } from "@/lib/validation";

export interface BusinessBuyer {
  buyerId: string;
  name: string;
  conversationId: string;
  /** Replied STOP: a broadcast skips them (lib/broadcasts/broadcast-consent.ts). */
  stopped: boolean;
  /** The business's labels on this buyer (lib/labels/labels.ts): the broadcast form chooses by them. */
  labelIds: string[];
}

/** The same bound as a broadcast's buyer list (see send-broadcast.ts). */
const MAX_BUYERS = 5000;

export async function listBusinessBuyers(actor: Actor, input: unknown): Promise<BusinessBuyer[]> {
  const { businessId } = parseIdInput("businessId", input);
  const db = getDb();
  const business = await db.business.findFirst({ where: { id: businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");
  const conversations = await db.conversation.findMany({
    where: { businessId: business.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_BUYERS,
    select: { id: true, buyerId: true, broadcastsStoppedAt: true, buyer: { select: { name: true } }, labels: { select: { labelId: true } } },
  });
  // Sorted here, not in SQL: SQLite and PostgreSQL collate names differently.
  return conversations
    .map((c) => ({ buyerId: c.buyerId, name: c.buyer.name, conversationId: c.id, stopped: c.broadcastsStoppedAt !== null, labelIds: c.labels.map((l) => l.labelId) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-IN", { sensitivity: "base" }));
}
