// The orders bench's fixture: one business with a year or two of history (100,000 orders of
// 1-5 lines, a PLACED event each), written straight through better-sqlite3 in one transaction
// with prepared statements. It is the fixture, not the thing measured, so it only has to be
// fast and shaped like real data: numbers grow with time, statuses mostly delivered, a few
// hundred designs and buyers.
import Database from "better-sqlite3";

export const ORDERS_PER_DAY = 125;
export const DAY_MS = 86_400_000;
const IST_OFFSET_MS = 330 * 60_000;

export interface SeedOptions {
  orders: number;
  buyers: number;
  designs: number;
  /** The last seeded day (India time) is the day before this instant. */
  now: Date;
}

export interface SeededBusiness {
  businessId: string;
  owner: { id: string; name: string };
  buyers: Array<{ id: string; name: string; conversationId: string }>;
  designs: Array<{ id: string; code: string; pricePerPiecePaise: number }>;
  /** India-time day (YYYY-MM-DD) of the first seeded day. */
  firstDay: string;
  /** India-time day (YYYY-MM-DD) of the last seeded day. */
  lastDay: string;
  lineCount: number;
}

/** Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset. */
export const sqliteDate = (date: Date | number) => new Date(date).toISOString().replace("Z", "+00:00");
const istDay = (istDayNumber: number) => new Date(istDayNumber * DAY_MS).toISOString().slice(0, 10);

/** A small deterministic PRNG (mulberry32), so every run seeds the same history. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: Array<[string, number]> = [
  ["DELIVERED", 0.6],
  ["DISPATCHED", 0.1],
  ["PACKED", 0.05],
  ["ACCEPTED", 0.1],
  ["PLACED", 0.08],
  ["CANCELLED", 0.04],
  ["DECLINED", 0.03],
];
const COMPOSITION = JSON.stringify([
  { size: "S", ratio: 1 },
  { size: "M", ratio: 2 },
  { size: "L", ratio: 2 },
  { size: "XL", ratio: 1 },
]);
const COLOURS = ["Red", "Mustard", "Blue", "Green"];
const TRANSPORTERS = ["VRL Logistics", "Shree Maruti Courier", "Gati", "TCI Express"];

export function seedOrderHistory(file: string, options: SeedOptions): SeededBusiness {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const rand = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const now = options.now.getTime();
  const created = sqliteDate(now);
  const businessId = "bench-business";
  const owner = { id: "bench-owner", name: "Rakesh Shah" };
  const staff = { id: "bench-staff", name: "Priya Patel" };
  const buyers = Array.from({ length: options.buyers }, (_, i) => ({ id: `bench-buyer-${i}`, name: `Buyer ${i} Fashions`, conversationId: `bench-conv-${i}` }));
  const designs = Array.from({ length: options.designs }, (_, i) => ({
    id: `bench-design-${i}`,
    code: `D-${String(i + 1).padStart(4, "0")}`,
    title: `Bandhani Anarkali Kurti ${i + 1}`,
    pricePerPiecePaise: 20_000 + 500 * (i % 60),
  }));
  const days = Math.ceil(options.orders / ORDERS_PER_DAY);
  const lastIstDay = Math.floor((now + IST_OFFSET_MS) / DAY_MS) - 1;
  const firstIstDay = lastIstDay - days + 1;
  let lineCount = 0;

  const insert = {
    user: db.prepare(`INSERT INTO "User" (id, name, phone, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 'bench-no-login', ?, ?)`),
    business: db.prepare(`INSERT INTO "Business" (id, name, nextOrderNumber, nextDesignNumber, createdAt, updatedAt) VALUES (?, 'Bench Textiles', ?, ?, ?, ?)`),
    member: db.prepare(`INSERT INTO "Membership" (id, businessId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)`),
    conversation: db.prepare(`INSERT INTO "Conversation" (id, businessId, buyerId, lastSeq, lastMessageAt, createdAt) VALUES (?, ?, ?, 0, ?, ?)`),
    design: db.prepare(
      `INSERT INTO "Design" (id, businessId, code, title, pricePerPiecePaise, setComposition, soldLoose, colours, minimumSets, searchText, createdById, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, 0, ?, 1, ?, ?, ?, ?)`,
    ),
    order: db.prepare(
      `INSERT INTO "Order" (id, businessId, conversationId, buyerId, number, status, totalPaise, totalPieces, paidPaise, idempotencyKey, transporter, lrNumber, parcels, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    line: db.prepare(
      `INSERT INTO "OrderLine" (id, orderId, designId, position, code, title, colour, sets, pieces, pricePerPiecePaise, totalPaise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: db.prepare(`INSERT INTO "OrderEvent" (id, orderId, actorId, type, createdAt) VALUES (?, ?, ?, 'PLACED', ?)`),
  };

  db.transaction(() => {
    for (const [i, person] of [owner, staff, ...buyers].entries()) insert.user.run(person.id, person.name, `+9190${String(i).padStart(8, "0")}`, created, created);
    insert.business.run(businessId, 1001 + options.orders, designs.length + 1, created, created);
    insert.member.run("bench-m-owner", businessId, owner.id, "OWNER", created);
    insert.member.run("bench-m-staff", businessId, staff.id, "STAFF", created);
    for (const b of buyers) insert.conversation.run(b.conversationId, businessId, b.id, created, created);
    for (const d of designs) {
      insert.design.run(d.id, businessId, d.code, d.title, d.pricePerPiecePaise, COMPOSITION, JSON.stringify(COLOURS), `${d.code} ${d.title} ${COLOURS.join(" ")}`.toLowerCase(), owner.id, created, created);
    }
    for (let i = 0; i < options.orders; i++) {
      const day = firstIstDay + Math.floor(i / ORDERS_PER_DAY);
      // Spread over the IST day, in number order: numbers grow with time as confirmation makes them.
      const at = day * DAY_MS - IST_OFFSET_MS + Math.floor(((i % ORDERS_PER_DAY) + 0.5) * (DAY_MS / ORDERS_PER_DAY));
      const buyer = pick(buyers);
      let roll = rand();
      const status = STATUSES.find(([, share]) => (roll -= share) < 0)?.[0] ?? "DELIVERED";
      const orderId = `bench-o-${i}`;
      const lines = 1 + Math.floor(rand() * 5);
      let totalPaise = 0;
      let totalPieces = 0;
      const chosen = new Set<number>();
      const lineRows: unknown[][] = [];
      for (let position = 0; position < lines; position++) {
        let index = Math.floor(rand() * designs.length);
        while (chosen.has(index)) index = (index + 1) % designs.length;
        chosen.add(index);
        const design = designs[index]!;
        const sets = 1 + Math.floor(rand() * 10);
        const pieces = sets * 6;
        const lineTotal = pieces * design.pricePerPiecePaise;
        totalPaise += lineTotal;
        totalPieces += pieces;
        lineRows.push([`${orderId}-l${position}`, orderId, design.id, position, design.code, design.title, pick(COLOURS), sets, pieces, design.pricePerPiecePaise, lineTotal]);
      }
      const shipped = status === "DISPATCHED" || status === "DELIVERED";
      const paid = status === "DELIVERED" ? totalPaise : status === "DISPATCHED" ? Math.floor(totalPaise / 2) : 0;
      const stamp = sqliteDate(at);
      insert.order.run(
        orderId,
        businessId,
        buyer.conversationId,
        buyer.id,
        1001 + i,
        status,
        totalPaise,
        totalPieces,
        paid,
        `bench-key-${i}`,
        shipped ? pick(TRANSPORTERS) : null,
        shipped ? `LR-${100_000 + i}` : null,
        shipped ? 1 + Math.floor(rand() * 3) : null,
        stamp,
        stamp,
      );
      for (const row of lineRows) insert.line.run(...row);
      lineCount += lineRows.length;
      insert.event.run(`${orderId}-e0`, orderId, buyer.id, stamp);
    }
  })();
  // No ANALYZE: a real database has no planner statistics either, so the plans measured are the
  // plans users get.
  db.close();
  return { businessId, owner, buyers, designs, firstDay: istDay(firstIstDay), lastDay: istDay(lastIstDay), lineCount };
}
