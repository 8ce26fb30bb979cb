// The shape of a pick the app shows (tray rows, the pick card, service results).
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { PickStatus } from "@/lib/generated/sqlite/enums";
import { orderSizePieces, pickSummary, readSizePieces, setCompositionSchema, type SizePieces } from "@/lib/orders/quantities";

export const pickViewSelect = {
  id: true,
  conversationId: true,
  buyerId: true,
  designId: true,
  messageId: true,
  colour: true,
  sets: true,
  sizePieces: true,
  pieces: true,
  pricePerPiecePaise: true,
  totalPaise: true,
  note: true,
  status: true,
  orderId: true,
  createdAt: true,
  design: { select: { code: true, title: true, setComposition: true } },
} as const satisfies Prisma.PickSelect;

type PickRow = Prisma.PickGetPayload<{ select: typeof pickViewSelect }>;

export interface PickView {
  id: string;
  conversationId: string;
  buyerId: string;
  designId: string;
  /** The pick card in the chat. */
  messageId: string | null;
  code: string;
  title: string;
  colour: string | null;
  sets: number | null;
  sizePieces: SizePieces | null;
  pieces: number;
  pricePerPiecePaise: number;
  totalPaise: number;
  note: string | null;
  status: PickStatus;
  orderId: string | null;
  createdAt: Date;
  /** "D-0142 Red, 3 sets = 18 pcs, Rs 8,100" */
  summary: string;
}

export function toPickView(row: PickRow): PickView {
  const stored = row.sets === null ? readSizePieces(row.sizePieces) : null;
  const composition = setCompositionSchema.safeParse(row.design.setComposition);
  const sizePieces = stored && composition.success ? orderSizePieces(stored, composition.data) : stored;
  const view = {
    id: row.id,
    conversationId: row.conversationId,
    buyerId: row.buyerId,
    designId: row.designId,
    messageId: row.messageId,
    code: row.design.code,
    title: row.design.title,
    colour: row.colour,
    sets: row.sets,
    sizePieces,
    pieces: row.pieces,
    pricePerPiecePaise: row.pricePerPiecePaise,
    totalPaise: row.totalPaise,
    note: row.note,
    status: row.status,
    orderId: row.orderId,
    createdAt: row.createdAt,
  };
  return { ...view, summary: pickSummary(view) };
}
