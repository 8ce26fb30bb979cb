// The orders bench's baseline: the same work as the services, written by hand against
// better-sqlite3 (the driver under Prisma): the same access checks, the same rows, the same
// writes in one transaction. What the app costs on top of this is Prisma, zod and the
// service code.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { CSV_BOM, csvIstDateTime, csvRow, csvRupees } from "@/lib/orders/csv";
import { sqliteDate } from "./orders-seed";

export interface ListFilter {
  status: string;
  designCode: string;
  fromInstant: Date;
  toInstantExclusive: Date;
}

interface OrderRowSql {
  id: string;
  number: number;
  status: string;
  buyerName: string;
  totalPaise: number;
  totalPieces: number;
  paidPaise: number;
  createdAt: string;
  lineCount: number;
}

interface PickRowSql {
  id: string;
  designId: string;
  colour: string | null;
  sets: number | null;
  sizePieces: string | null;
  pieces: number;
  pricePerPiecePaise: number;
  code: string;
  title: string;
}

const LIST_COLUMNS = `o.id, o.number, o.status, u.name AS buyerName, o.totalPaise, o.totalPieces, o.paidPaise, o.createdAt,
  (SELECT count(*) FROM "OrderLine" l WHERE l.orderId = o.id) AS lineCount`;
const FILTER_SQL = `AND o.status = @status AND o.createdAt >= @from AND o.createdAt < @to
  AND o.id IN (SELECT orderId FROM "OrderLine" WHERE code = @code)`;

export class OrdersBaseline {
  readonly db: Database.Database;
  readonly #member;
  readonly #list;
  readonly #listFiltered;
  readonly #csv;
  readonly #conversation;
  readonly #byKey;
  readonly #takeNumber;
  readonly #openPicks;
  readonly #insertOrder;
  readonly #insertLine;
  readonly #insertEvent;
  readonly #orderPick;
  readonly #nextSeq;
  readonly #insertMessage;
  readonly #readState;
  readonly #audience;
  readonly #insertPick;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("busy_timeout = 10000");
    this.db.pragma("foreign_keys = ON");
    const db = this.db;
    this.#member = db.prepare(`SELECT b.id FROM "Business" b WHERE b.id = ? AND EXISTS (SELECT 1 FROM "Membership" m WHERE m.businessId = b.id AND m.userId = ?)`);
    const list = (where: string) =>
      db.prepare(`SELECT ${LIST_COLUMNS} FROM "Order" o JOIN "User" u ON u.id = o.buyerId WHERE o.businessId = @businessId ${where} ORDER BY o.number DESC LIMIT @limit`);
    this.#list = list("");
    this.#listFiltered = list(FILTER_SQL);
    this.#csv = db.prepare(
      `SELECT o.number, o.createdAt, u.name AS buyerName, o.status, o.totalPieces, o.totalPaise, o.paidPaise, o.transporter, o.lrNumber
       FROM "Order" o JOIN "User" u ON u.id = o.buyerId
       WHERE o.businessId = @businessId AND o.createdAt >= @from AND o.createdAt < @to ORDER BY o.number DESC`,
    );
    this.#conversation = db.prepare(
      `SELECT c.id, c.businessId, c.buyerId FROM "Conversation" c WHERE c.id = @id
       AND (c.buyerId = @actor OR EXISTS (SELECT 1 FROM "Membership" m WHERE m.businessId = c.businessId AND m.userId = @actor))`,
    );
    this.#byKey = db.prepare(`SELECT id FROM "Order" WHERE buyerId = ? AND idempotencyKey = ?`);
    this.#takeNumber = db.prepare(`UPDATE "Business" SET nextOrderNumber = nextOrderNumber + 1, updatedAt = ? WHERE id = ? RETURNING nextOrderNumber, currency`);
    this.#openPicks = db.prepare(
      `SELECT p.id, p.designId, p.colour, p.sets, p.sizePieces, p.pieces, p.pricePerPiecePaise, d.code, d.title
       FROM "Pick" p JOIN "Design" d ON d.id = p.designId
       WHERE p.conversationId = ? AND p.buyerId = ? AND p.status = 'OPEN' ORDER BY p.createdAt, p.id`,
    );
    this.#insertOrder = db.prepare(
      `INSERT INTO "Order" (id, businessId, conversationId, buyerId, number, status, currency, totalPaise, totalPieces, paidPaise, idempotencyKey, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, 'PLACED', ?, ?, ?, 0, ?, ?, ?)`,
    );
    this.#insertLine = db.prepare(
      `INSERT INTO "OrderLine" (id, orderId, designId, position, code, title, colour, sets, sizePieces, pieces, pricePerPiecePaise, totalPaise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#insertEvent = db.prepare(`INSERT INTO "OrderEvent" (id, orderId, actorId, type, data, createdAt) VALUES (?, ?, ?, 'PLACED', ?, ?)`);
    this.#orderPick = db.prepare(`UPDATE "Pick" SET status = 'ORDERED', orderId = ?, updatedAt = ? WHERE id = ? AND status = 'OPEN' AND buyerId = ? AND conversationId = ?`);
    this.#nextSeq = db.prepare(`UPDATE "Conversation" SET lastSeq = lastSeq + 1, lastMessageAt = ?, lastMessagePreview = ? WHERE id = ? RETURNING lastSeq`);
    this.#insertMessage = db.prepare(
      `INSERT INTO "Message" (id, conversationId, seq, authorId, kind, body, clientId, orderId, meta, createdAt) VALUES (?, ?, ?, ?, 'ORDER', ?, ?, ?, ?, ?)`,
    );
    this.#readState = db.prepare(
      `INSERT INTO "ReadState" (conversationId, userId, lastReadSeq, lastDeliveredSeq, updatedAt) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (conversationId, userId) DO UPDATE SET lastReadSeq = excluded.lastReadSeq, lastDeliveredSeq = excluded.lastDeliveredSeq, updatedAt = excluded.updatedAt`,
    );
    this.#audience = db.prepare(`SELECT c.buyerId AS userId FROM "Conversation" c WHERE c.id = ? UNION ALL SELECT m.userId FROM "Conversation" c JOIN "Membership" m ON m.businessId = c.businessId WHERE c.id = ?`);
    this.#insertPick = db.prepare(
      `INSERT INTO "Pick" (id, conversationId, buyerId, designId, colour, sets, pieces, pricePerPiecePaise, totalPaise, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)`,
    );
  }

  #requireMember(businessId: string, actorId: string): void {
    if (!this.#member.get(businessId, actorId)) throw new Error("not a member");
  }

  #toRows(rows: OrderRowSql[]) {
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
  }

  listFirstPage(actorId: string, businessId: string, limit = 30) {
    this.#requireMember(businessId, actorId);
    const rows = this.#list.all({ businessId, limit: limit + 1 }) as OrderRowSql[];
    return this.#toRows(rows.slice(0, limit));
  }

  listFilteredFirstPage(actorId: string, businessId: string, filter: ListFilter, limit = 30) {
    this.#requireMember(businessId, actorId);
    const rows = this.#listFiltered.all({
      businessId,
      limit: limit + 1,
      status: filter.status,
      from: sqliteDate(filter.fromInstant),
      to: sqliteDate(filter.toInstantExclusive),
      code: filter.designCode,
    }) as OrderRowSql[];
    return this.#toRows(rows.slice(0, limit));
  }

  explainFilteredList(businessId: string, filter: ListFilter): string[] {
    const plan = this.db
      .prepare(`EXPLAIN QUERY PLAN SELECT ${LIST_COLUMNS} FROM "Order" o JOIN "User" u ON u.id = o.buyerId WHERE o.businessId = @businessId ${FILTER_SQL} ORDER BY o.number DESC LIMIT 31`)
      .all({ businessId, status: filter.status, from: sqliteDate(filter.fromInstant), to: sqliteDate(filter.toInstantExclusive), code: filter.designCode }) as Array<{ detail: string }>;
    return plan.map((row) => row.detail);
  }

  /** Streams the CSV of orders in [from, to) one statement, 500 rows a chunk; returns bytes and rows. */
  exportCsv(actorId: string, businessId: string, from: Date, to: Date, onChunk: (chunk: string) => void): number {
    this.#requireMember(businessId, actorId);
    onChunk(CSV_BOM + csvRow(["Order", "Date (IST)", "Buyer", "Status", "Pieces", "Total (Rs)", "Paid (Rs)", "Transporter", "LR number"]));
    let chunk = "";
    let rows = 0;
    for (const raw of this.#csv.iterate({ businessId, from: sqliteDate(from), to: sqliteDate(to) })) {
      const o = raw as { number: number; createdAt: string; buyerName: string; status: string; totalPieces: number; totalPaise: number; paidPaise: number; transporter: string | null; lrNumber: string | null };
      chunk += csvRow([`#${o.number}`, csvIstDateTime(new Date(o.createdAt)), o.buyerName, o.status, o.totalPieces, csvRupees(o.totalPaise), csvRupees(o.paidPaise), o.transporter, o.lrNumber]);
      rows += 1;
      if (rows % 500 === 0) {
        onChunk(chunk);
        chunk = "";
      }
    }
    if (chunk) onChunk(chunk);
    return rows;
  }

  /** Fixture, not measured: n open picks for a buyer. */
  addOpenPicks(conversationId: string, buyerId: string, designs: Array<{ id: string; pricePerPiecePaise: number }>, startMs: number): void {
    this.db.transaction(() => {
      designs.forEach((design, i) => {
        const stamp = sqliteDate(startMs + i);
        const sets = 1 + (i % 4);
        this.#insertPick.run(randomUUID(), conversationId, buyerId, design.id, "Red", sets, sets * 6, design.pricePerPiecePaise, sets * 6 * design.pricePerPiecePaise, stamp, stamp);
      });
    })();
  }

  /** The confirm-order transaction by hand. */
  confirmOrder(actorId: string, conversationId: string, idempotencyKey: string): { id: string; number: number } {
    const conversation = this.#conversation.get({ id: conversationId, actor: actorId }) as { id: string; businessId: string; buyerId: string } | undefined;
    if (!conversation || conversation.buyerId !== actorId) throw new Error("not found");
    if (this.#byKey.get(actorId, idempotencyKey)) throw new Error("repeat");
    const placed = this.db.transaction(() => {
      const now = new Date();
      const stamp = sqliteDate(now);
      const business = this.#takeNumber.get(stamp, conversation.businessId) as { nextOrderNumber: number; currency: string };
      const number = business.nextOrderNumber - 1;
      const picks = this.#openPicks.all(conversationId, actorId) as PickRowSql[];
      if (picks.length === 0) throw new Error("empty tray");
      const lines = picks.map((p) => ({ ...p, totalPaise: p.pieces * p.pricePerPiecePaise }));
      const totalPaise = lines.reduce((sum, l) => sum + l.totalPaise, 0);
      const totalPieces = lines.reduce((sum, l) => sum + l.pieces, 0);
      const orderId = randomUUID();
      this.#insertOrder.run(orderId, conversation.businessId, conversationId, actorId, number, business.currency, totalPaise, totalPieces, idempotencyKey, stamp, stamp);
      lines.forEach((l, position) => this.#insertLine.run(randomUUID(), orderId, l.designId, position, l.code, l.title, l.colour, l.sets, l.sizePieces, l.pieces, l.pricePerPiecePaise, l.totalPaise));
      this.#insertEvent.run(randomUUID(), orderId, actorId, JSON.stringify({ totalPaise, totalPieces, lines: lines.length }), stamp);
      for (const p of picks) {
        if (this.#orderPick.run(orderId, stamp, p.id, actorId, conversationId).changes !== 1) throw new Error("stale tray");
      }
      const text = `Order #${number} placed: ${new Set(picks.map((p) => p.designId)).size} designs, ${totalPieces} pcs, Rs ${totalPaise / 100}`;
      const { lastSeq } = this.#nextSeq.get(stamp, text, conversationId) as { lastSeq: number };
      this.#insertMessage.run(randomUUID(), conversationId, lastSeq, actorId, text, `order-${orderId}`, orderId, JSON.stringify({ orderEvent: "PLACED" }), stamp);
      this.#readState.run(conversationId, actorId, lastSeq, lastSeq, stamp);
      return { id: orderId, number };
    }).immediate();
    // Who to tell (the app publishes to the same audience).
    this.#audience.all(conversationId, conversationId);
    return placed;
  }

  close(): void {
    this.db.close();
  }
}
