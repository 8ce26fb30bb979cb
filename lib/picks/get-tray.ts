// The buyer's open picks in a conversation and their sum: the bar above the composer
// ("5 designs, 84 pcs, Rs 37,800") and the review sheet. Members of the business see the
// buyer's tray too, read-only.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { actsForBuyer } from "@/lib/teams/buyer-side";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { pickViewSelect, toPickView, type PickView } from "./pick-view";

export const getTraySchema = z.object({ conversationId: idSchema });

export interface Tray {
  conversationId: string;
  buyerId: string;
  /** True for members of the business: they may look, not change. */
  readOnly: boolean;
  picks: PickView[];
  /** Distinct designs (two colours of one design count once). */
  designs: number;
  pieces: number;
  totalPaise: number;
}

export async function getTray(actor: Actor, input: unknown): Promise<Tray> {
  const { conversationId } = parseInput(getTraySchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({ where: { id: conversationId, ...conversationVisibleTo(actor.id) }, select: { id: true, buyerId: true } });
  if (!conversation) throw notFound("That conversation");
  const rows = await db.pick.findMany({
    where: { conversationId: conversation.id, buyerId: conversation.buyerId, status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: pickViewSelect,
  });
  const picks = rows.map(toPickView);
  return {
    conversationId: conversation.id,
    buyerId: conversation.buyerId,
    // Members of the business see it; the buyer and their colleagues change and confirm it.
    readOnly: !(await actsForBuyer(db, conversation.buyerId, actor.id)),
    picks,
    designs: new Set(picks.map((p) => p.designId)).size,
    // Plain sums: a tray over the money limit still shows; confirming it is what refuses.
    pieces: picks.reduce((sum, p) => sum + p.pieces, 0),
    totalPaise: picks.reduce((sum, p) => sum + p.totalPaise, 0),
  };
}
