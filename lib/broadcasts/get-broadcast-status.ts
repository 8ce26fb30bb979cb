// The broadcast page: which designs went out, and for each chosen buyer whether the album
// reached their phone (delivered) and whether they opened it (read). Members only.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { designCardSelect, toDesignCard, type DesignCard } from "@/lib/designs/design-views";
import { idSchema, parseInput } from "@/lib/validation";
import { albumReceipt, buyerReadStates } from "./broadcast-receipts";

export interface BroadcastBuyerStatus {
  buyerId: string;
  name: string;
  conversationId: string;
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
  /** `skipped`: chosen buyers left out because they had replied STOP (broadcast-consent.ts). */
  counts: { sent: number; delivered: number; read: number; skipped: number };
}

export async function getBroadcastStatus(actor: Actor, input: unknown): Promise<BroadcastStatus> {
  const { broadcastId } = parseInput(z.object({ broadcastId: idSchema }), input);
  const broadcast = await getDb().broadcast.findFirst({
    where: { id: broadcastId, business: businessOfMember(actor.id) },
    select: { id: true, businessId: true, createdAt: true, skippedStopped: true, createdBy: { select: { name: true } } },
  });
  if (!broadcast) throw notFound("That broadcast");
  const albums = await getDb().message.findMany({
    where: { broadcastId: broadcast.id },
    orderBy: { createdAt: "asc" },
    select: {
      seq: true,
      body: true,
      conversationId: true,
      conversation: { select: { buyerId: true, buyer: { select: { name: true } }, readStates: buyerReadStates(broadcast.businessId) } },
    },
  });
  const first = albums[0];
  const designs = first
    ? await getDb().messageDesign.findMany({
        where: { message: { broadcastId: broadcast.id, conversationId: first.conversationId } },
        orderBy: { position: "asc" },
        select: { design: { select: designCardSelect } },
      })
    : [];
  const buyers = albums
    .map((album) => ({ buyerId: album.conversation.buyerId, name: album.conversation.buyer.name, conversationId: album.conversationId, ...albumReceipt(album) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-IN"));
  return {
    id: broadcast.id,
    createdAt: broadcast.createdAt.toISOString(),
    createdByName: broadcast.createdBy.name,
    caption: first?.body ?? null,
    designs: designs.map((row) => toDesignCard(row.design)),
    buyers,
    counts: { sent: buyers.length, delivered: buyers.filter((b) => b.delivered).length, read: buyers.filter((b) => b.read).length, skipped: broadcast.skippedStopped },
  };
}
