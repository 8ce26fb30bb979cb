// Test data for order history, written straight with Prisma (orders, lines, events, payments,
// designs and design posts) so these tests do not depend on the pick and confirm services.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { OrderEventType, OrderStatus, PaymentMethod } from "@/lib/generated/sqlite/enums";
import { appendMessage } from "@/lib/messages/append-message";
import { refreshOrderSearchText } from "@/lib/search/order-search-text";

export interface TestDesign {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
}

export async function createDesign(
  businessId: string,
  createdById: string,
  options: {
    code?: string;
    title?: string;
    pricePerPiecePaise?: number;
    setComposition?: Array<{ size: string; ratio: number }>;
    soldLoose?: boolean;
    colours?: string[];
    minimumSets?: number;
    archived?: boolean;
  } = {},
): Promise<TestDesign> {
  const code = options.code ?? `D-${randomBytes(3).toString("hex").toUpperCase()}`;
  const title = options.title ?? `Kurti ${code}`;
  const colours = options.colours ?? ["Red", "Blue"];
  return getDb().design.create({
    data: {
      businessId,
      createdById,
      code,
      title,
      pricePerPiecePaise: options.pricePerPiecePaise ?? 45_000,
      setComposition: options.setComposition ?? [
        { size: "S", ratio: 1 },
        { size: "M", ratio: 2 },
        { size: "L", ratio: 2 },
        { size: "XL", ratio: 1 },
      ],
      soldLoose: options.soldLoose ?? false,
      colours,
      minimumSets: options.minimumSets ?? 1,
      searchText: [code, title, ...colours].join(" ").toLowerCase(),
      archivedAt: options.archived ? new Date() : null,
    },
    select: { id: true, code: true, title: true, pricePerPiecePaise: true },
  });
}

/** A design post (album) in a conversation; returns the message id. */
export async function postDesigns(conversationId: string, authorId: string, designIds: string[]): Promise<string> {
  return getDb().$transaction(async (tx) => {
    const message = await appendMessage(tx, {
      conversationId,
      authorId,
      kind: "DESIGN_POST",
      clientId: randomBytes(10).toString("hex"),
      preview: `📷 ${designIds.length} designs`,
    });
    await tx.messageDesign.createMany({ data: designIds.map((designId, position) => ({ messageId: message.id, designId, position })) });
    return message.id;
  });
}

export interface LineSpec {
  design?: TestDesign | null;
  code?: string;
  title?: string;
  colour?: string | null;
  sets?: number | null;
  sizePieces?: Record<string, number> | null;
  pieces: number;
  pricePerPiecePaise?: number;
}

export interface OrderSpec {
  businessId: string;
  conversationId: string;
  buyerId: string;
  status?: OrderStatus;
  createdAt?: Date;
  lines: LineSpec[];
  paidPaise?: number;
  transporter?: string | null;
  lrNumber?: string | null;
  parcels?: number | null;
  events?: Array<{ type: OrderEventType; actorId: string | null; data?: Record<string, unknown>; createdAt?: Date }>;
  payments?: Array<{ amountPaise: number; method: PaymentMethod; reference?: string; recordedById: string; receivedAt?: Date }>;
}

export interface TestOrder {
  id: string;
  number: number;
  totalPaise: number;
  totalPieces: number;
  createdAt: Date;
}

/** An order with the next number of its business, as confirmation would number it. */
export async function createOrder(spec: OrderSpec): Promise<TestOrder> {
  const createdAt = spec.createdAt ?? new Date();
  const lines = spec.lines.map((line, position) => {
    const price = line.pricePerPiecePaise ?? line.design?.pricePerPiecePaise ?? 10_000;
    return {
      designId: line.design?.id ?? null,
      position,
      code: line.code ?? line.design?.code ?? "D-0000",
      title: line.title ?? line.design?.title ?? "Deleted design",
      colour: line.colour ?? null,
      sets: line.sets === undefined ? (line.sizePieces ? null : 1) : line.sets,
      ...(line.sizePieces ? { sizePieces: line.sizePieces } : {}),
      pieces: line.pieces,
      pricePerPiecePaise: price,
      totalPaise: line.pieces * price,
    };
  });
  const totalPaise = lines.reduce((sum, line) => sum + line.totalPaise, 0);
  const totalPieces = lines.reduce((sum, line) => sum + line.pieces, 0);
  return getDb().$transaction(async (tx) => {
    const business = await tx.business.update({ where: { id: spec.businessId }, data: { nextOrderNumber: { increment: 1 } }, select: { nextOrderNumber: true } });
    const order = await tx.order.create({
      data: {
        businessId: spec.businessId,
        conversationId: spec.conversationId,
        buyerId: spec.buyerId,
        number: business.nextOrderNumber - 1,
        status: spec.status ?? "PLACED",
        totalPaise,
        totalPieces,
        paidPaise: spec.paidPaise ?? 0,
        idempotencyKey: randomBytes(10).toString("hex"),
        transporter: spec.transporter ?? null,
        lrNumber: spec.lrNumber ?? null,
        parcels: spec.parcels ?? null,
        createdAt,
        lines: { create: lines },
        events: { create: (spec.events ?? []).map((event) => ({ type: event.type, actorId: event.actorId, ...(event.data ? { data: event.data as object } : {}), createdAt: event.createdAt ?? createdAt })) },
        payments: { create: (spec.payments ?? []).map((p) => ({ amountPaise: p.amountPaise, method: p.method, reference: p.reference ?? null, recordedById: p.recordedById, receivedAt: p.receivedAt ?? createdAt })) },
      },
      select: { id: true, number: true, totalPaise: true, totalPieces: true, createdAt: true },
    });
    await refreshOrderSearchText(tx, order.id);
    return order;
  });
}

/** Everything a generator yields, joined. */
export async function collect(chunks: AsyncIterable<string>): Promise<{ text: string; chunkCount: number }> {
  let text = "";
  let chunkCount = 0;
  for await (const chunk of chunks) {
    text += chunk;
    chunkCount += 1;
  }
  return { text, chunkCount };
}

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), for checking exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i += 1;
      } else {
        field += char;
        i += 1;
      }
    } else if (char === '"') {
      if (field !== "") throw new Error(`Quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (char === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (char === "\r" || char === "\n") {
      throw new Error(`Bare line break outside quotes at ${i}`);
    } else {
      field += char;
      i += 1;
    }
  }
  if (quoted) throw new Error("Unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("Last record does not end with CRLF");
  return rows;
}
