// A business's broadcasts, newest first, each with how many buyers it went to and how many
// have received and read it. Members only.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { photoViewSelect, toPhotoView, type PhotoView } from "@/lib/designs/design-views";
import { decodeCursor, newestFirst, olderThan, pageOf } from "@/lib/designs/keyset-cursor";
import { idSchema, parseInput } from "@/lib/validation";
import { albumReceipt, buyerReadStates } from "./broadcast-receipts";

export const listBroadcastsSchema = z.object({
  businessId: idSchema,
  cursor: z.string().max(200).nullish(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export interface BroadcastSummary {
  id: string;
  createdAt: string;
  createdByName: string;
  caption: string | null;
  designCount: number;
  /** The first design's first photo, for the list row. */
  cover: PhotoView | null;
  sent: number;
  delivered: number;
  read: number;
}

export async function listBroadcasts(actor: Actor, input: unknown): Promise<{ broadcasts: BroadcastSummary[]; nextCursor: string | null }> {
  const data = parseInput(listBroadcastsSchema, input);
  const db = getDb();
  const business = await db.business.findFirst({ where: { id: data.businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");
  const rows = await db.broadcast.findMany({
    where: { businessId: business.id, ...(data.cursor ? olderThan(decodeCursor(data.cursor)) : {}) },
    orderBy: newestFirst,
    take: data.limit + 1,
    select: {
      id: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      messages: { select: { seq: true, conversation: { select: { buyerId: true, readStates: buyerReadStates(business.id) } } } },
    },
  });
  const page = pageOf(rows, data.limit);
  const broadcasts = await Promise.all(
    page.rows.map(async (row): Promise<BroadcastSummary> => {
      // Every album of a broadcast carries the same designs and caption; one tells them all.
      const album = await db.message.findFirst({
        where: { broadcastId: row.id },
        select: {
          body: true,
          _count: { select: { designs: true } },
          designs: { orderBy: { position: "asc" }, take: 1, select: { design: { select: { photos: { orderBy: { position: "asc" }, take: 1, select: photoViewSelect } } } } },
        },
      });
      const receipts = row.messages.map(albumReceipt);
      const cover = album?.designs[0]?.design.photos[0];
      return {
        id: row.id,
        createdAt: row.createdAt.toISOString(),
        createdByName: row.createdBy.name,
        caption: album?.body ?? null,
        designCount: album?._count.designs ?? 0,
        cover: cover ? toPhotoView(cover) : null,
        sent: receipts.length,
        delivered: receipts.filter((r) => r.delivered).length,
        read: receipts.filter((r) => r.read).length,
      };
    }),
  );
  return { broadcasts, nextCursor: page.nextCursor };
}
