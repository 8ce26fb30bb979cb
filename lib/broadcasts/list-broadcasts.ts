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
  /** Buyers it goes to; `sent` of them have the album so far. */
  total: number;
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
      caption: true,
      createdBy: { select: { name: true } },
      _count: { select: { designs: true } },
      designs: { orderBy: { position: "asc" }, take: 1, select: { design: { select: { photos: { orderBy: { position: "asc" }, take: 1, select: photoViewSelect } } } } },
      targets: { select: { albumSeq: true, conversation: { select: { buyerId: true, readStates: buyerReadStates(business.id) } } } },
    },
  });
  const page = pageOf(rows, data.limit);
  const broadcasts = page.rows.map((row): BroadcastSummary => {
    const written = row.targets.flatMap(({ albumSeq, conversation }) => (albumSeq === null ? [] : [{ seq: albumSeq, conversation }]));
    const receipts = written.map(albumReceipt);
    const cover = row.designs[0]?.design.photos[0];
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      createdByName: row.createdBy.name,
      caption: row.caption,
      designCount: row._count.designs,
      cover: cover ? toPhotoView(cover) : null,
      total: row.targets.length,
      sent: receipts.length,
      delivered: receipts.filter((r) => r.delivered).length,
      read: receipts.filter((r) => r.read).length,
    };
  });
  return { broadcasts, nextCursor: page.nextCursor };
}
