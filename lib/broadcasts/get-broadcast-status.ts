// The broadcast page: which designs went out, and for each chosen buyer whether the album
// reached their phone (delivered) and whether they opened it (read). Members only.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { designCardSelect, toDesignCard, type DesignCard } from "@/lib/designs/design-views";
import { parseIdInput } from "@/lib/validation";
import { albumReceipt, buyerReadStates } from "./broadcast-receipts";

export interface BroadcastBuyerStatus {
  buyerId: string;
  name: string;
  conversationId: string;
  /** The album is in their chat (written behind the request: deliver-broadcast.ts). */
  sent: boolean;
  delivered: boolean;
  read: boolean;
}

export interface BroadcastStatus {
  id: string;
  createdAt: string;
  createdByName: string;
  caption: string | null;
  designs: DesignCard[];
  buyers: BroadcastBuyerStatus[];
  /** `total`: buyers it goes to; `sent`: albums written so far (all of them once `sending` is
   * false); `skipped`: chosen buyers left out because they had replied STOP (broadcast-consent.ts). */
  counts: { total: number; sent: number; delivered: number; read: number; skipped: number };
  sending: boolean;
}

export async function getBroadcastStatus(actor: Actor, input: unknown): Promise<BroadcastStatus> {
  const { broadcastId } = parseIdInput("broadcastId", input);
  const broadcast = await getDb().broadcast.findFirst({
    where: { id: broadcastId, business: businessOfMember(actor.id) },
    select: {
      id: true,
      businessId: true,
      createdAt: true,
      caption: true,
      skippedStopped: true,
      deliveredAt: true,
      createdBy: { select: { name: true } },
      designs: { orderBy: { position: "asc" }, select: { design: { select: designCardSelect } } },
    },
  });
  if (!broadcast) throw notFound("That broadcast");
  const targets = await getDb().broadcastTarget.findMany({
    where: { broadcastId: broadcast.id },
    select: {
      albumSeq: true,
      conversationId: true,
      conversation: { select: { buyerId: true, buyer: { select: { name: true } }, readStates: buyerReadStates(broadcast.businessId) } },
    },
  });
  const buyers = targets
    .map(({ albumSeq, conversationId, conversation }) => ({
      buyerId: conversation.buyerId,
      name: conversation.buyer.name,
      conversationId,
      sent: albumSeq !== null,
      ...(albumSeq === null ? { delivered: false, read: false } : albumReceipt({ seq: albumSeq, conversation })),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-IN"));
  return {
    id: broadcast.id,
    createdAt: broadcast.createdAt.toISOString(),
    createdByName: broadcast.createdBy.name,
    caption: broadcast.caption,
    designs: broadcast.designs.map((row) => toDesignCard(row.design)),
    buyers,
    counts: {
      total: buyers.length,
      sent: buyers.filter((b) => b.sent).length,
      delivered: buyers.filter((b) => b.delivered).length,
      read: buyers.filter((b) => b.read).length,
      skipped: broadcast.skippedStopped,
    },
    sending: broadcast.deliveredAt === null,
  };
}
