// A page of a conversation's messages, oldest first, ending at `beforeSeq` (exclusive) or at
// the newest message.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { conversationVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { MessageKind } from "@/lib/generated/sqlite/enums";
import { idSchema, parseInput } from "@/lib/validation";

export const listMessagesSchema = z.object({
  conversationId: idSchema,
  beforeSeq: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export interface AlbumDesign {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  photo: { placeholder: string; width: number; height: number; thumbWebp: string | null; thumbJpeg: string | null } | null;
}

export interface MessageView {
  id: string;
  seq: number;
  kind: MessageKind;
  body: string | null;
  authorId: string | null;
  authorName: string | null;
  mine: boolean;
  /** For the viewer's own messages: the id their app gave it (to match a pending copy). */
  clientId: string | null;
  /** For the viewer's own messages: "read" once the other side has read up to it. */
  receipt: "sent" | "read" | null;
  createdAt: Date;
  /** The album of a design post, in order; empty for other kinds. */
  designs: AlbumDesign[];
}

const albumSelect = {
  orderBy: { position: "asc" },
  select: {
    design: {
      select: {
        id: true,
        code: true,
        title: true,
        pricePerPiecePaise: true,
        photos: {
          orderBy: { position: "asc" },
          take: 1,
          select: { placeholder: true, width: true, height: true, variants: { where: { kind: "THUMB" }, select: { format: true, storageKey: true } } },
        },
      },
    },
  },
} as const;

export async function listMessages(actor: Actor, input: unknown): Promise<MessageView[]> {
  const { conversationId, beforeSeq, limit } = parseInput(listMessagesSchema, input);
  const db = getDb();
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, ...conversationVisibleTo(actor.id) },
    select: { id: true, buyerId: true, readStates: { select: { userId: true, lastReadSeq: true } } },
  });
  if (!conversation) throw notFound("That conversation");
  // The other side: the buyer for members; any member of the business for the buyer.
  const viewerIsBuyer = conversation.buyerId === actor.id;
  const otherSideReadSeq = Math.max(0, ...conversation.readStates.filter((r) => (viewerIsBuyer ? r.userId !== actor.id : r.userId === conversation.buyerId)).map((r) => r.lastReadSeq));
  const messages = await db.message.findMany({
    where: { conversationId: conversation.id, deletedAt: null, ...(beforeSeq ? { seq: { lt: beforeSeq } } : {}) },
    orderBy: { seq: "desc" },
    take: limit,
    select: { id: true, seq: true, kind: true, body: true, authorId: true, clientId: true, createdAt: true, author: { select: { name: true } }, designs: albumSelect },
  });
  return messages.reverse().map((m) => ({
    id: m.id,
    seq: m.seq,
    kind: m.kind,
    body: m.body,
    authorId: m.authorId,
    authorName: m.author?.name ?? null,
    mine: m.authorId === actor.id,
    clientId: m.authorId === actor.id ? m.clientId : null,
    receipt: m.authorId !== actor.id ? null : otherSideReadSeq >= m.seq ? "read" : "sent",
    createdAt: m.createdAt,
    designs: m.designs.map(({ design }) => {
      const photo = design.photos[0];
      const thumb = (format: string) => photo?.variants.find((v) => v.format === format)?.storageKey ?? null;
      return {
        id: design.id,
        code: design.code,
        title: design.title,
        pricePerPiecePaise: design.pricePerPiecePaise,
        photo: photo ? { placeholder: photo.placeholder, width: photo.width, height: photo.height, thumbWebp: thumb("webp"), thumbJpeg: thumb("jpeg") } : null,
      };
    }),
  }));
}
