// The search bench's fixture: one supplier with BUYERS buyers, a long chat history (texts and
// design posts with captions), a catalog and years of orders, shaped like a busy wholesaler's
// (words garment traders write, Indian shop names, design codes, LR numbers). Written straight to
// the database in bulk (better-sqlite3 in one transaction; PostgreSQL in multi-row INSERTs), so the
// full-text indexes fill exactly as they do for the app's own writes (triggers on SQLite, the
// generated tsvector columns on PostgreSQL). It is the fixture, not the thing measured.
import Database from "better-sqlite3";
import pg from "pg";
import { random, sqliteDate } from "./orders-seed"; // random: mulberry32, so every run seeds the same data

export interface SearchSeedSize {
  messages: number;
  designs: number;
  orders: number;
  buyers: number;
}

export interface SearchFixture {
  owner: { id: string; name: string };
  businessId: string;
  buyer: { id: string; name: string; conversationId: string };
  /** 50 typical searches: words, code prefixes, buyer names, LR numbers, order numbers. */
  queries: string[];
}

const FIRST_NAMES = ["Meena", "Anjali", "Kavya", "Priya", "Sunita", "Rekha", "Pooja", "Neha", "Farida", "Zoya", "Harpreet", "Lakshmi", "Geeta", "Bhavna", "Komal", "Nisha"];
const SHOPS = ["Fashions", "Boutique", "Kurtis", "Collections", "Textiles", "Sarees", "Creations", "Garments"];
const COLOURS = ["maroon", "teal", "mustard", "peach", "navy", "rani pink", "bottle green", "off white", "wine", "lemon"];
const FABRICS = ["rayon", "cotton", "georgette", "chanderi", "muslin", "organza", "linen", "crepe"];
const ITEMS = ["kurti", "anarkali", "saree", "dupatta", "lehenga", "gown", "palazzo set", "co-ord set"];
const TRANSPORTERS = [
  ["VRL Logistics", "VRL"],
  ["Shree Maruti Courier", "SMC"],
  ["Gati", "GATI"],
  ["TCI Express", "TCI"],
] as const;
const TEXTS = [
  (c: string, f: string, i: string) => `Is the ${c} ${f} ${i} in stock?`,
  (c: string, _f: string, i: string) => `Please send 4 sets of the ${c} ${i}`,
  () => "Payment done, please check",
  (_c: string, f: string) => `What is the rate for ${f}?`,
  () => "Dispatch today please, customer waiting",
  (c: string) => `Do you have ${c} in XL?`,
  () => "Please share the LR copy 🙏",
  (c: string, f: string, i: string) => `${c} ${f} ${i} मिलेगा क्या? 10 सेट चाहिए`,
];

type Row = Record<string, unknown>;
interface Tables {
  User: Row[];
  Business: Row[];
  Membership: Row[];
  Conversation: Row[];
  Design: Row[];
  Message: Row[];
  MessageDesign: Row[];
  Order: Row[];
}

/** Rows, table by table, in an order that satisfies the foreign keys; Message rows in batches. */
function* rows(size: SearchSeedSize, at: (ms: number) => unknown): Generator<[keyof Tables, Row[]]> {
  const rand = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const start = Date.UTC(2024, 0, 1);
  const now = at(start);
  const owner = { id: "s-owner", name: "Rakesh Shah" };
  const buyers = Array.from({ length: size.buyers }, (_, i) => ({ id: `s-buyer-${i}`, name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SHOPS[Math.floor(i / FIRST_NAMES.length) % SHOPS.length]} ${i}`, conversationId: `s-conv-${i}` }));
  yield ["User", [owner, ...buyers].map((person, i) => ({ id: person.id, name: person.name, phone: `+9180${String(i).padStart(8, "0")}`, passwordHash: "x", createdAt: now, updatedAt: now }))];
  yield ["Business", [{ id: "s-business", name: "Surat Silk House", nextOrderNumber: 1001 + size.orders, nextDesignNumber: size.designs + 1, createdAt: now, updatedAt: now }]];
  yield ["Membership", [{ id: "s-member", businessId: "s-business", userId: owner.id, role: "OWNER", createdAt: now }]];
  yield ["Conversation", buyers.map((b) => ({ id: b.conversationId, businessId: "s-business", buyerId: b.id, lastSeq: 0, lastMessageAt: now, createdAt: now }))];

  const designs = Array.from({ length: size.designs }, (_, i) => {
    const code = `D-${String(i + 1).padStart(5, "0")}`;
    const title = `${pick(COLOURS)} ${pick(FABRICS)} ${pick(ITEMS)}`.replace(/\b\w/g, (ch) => ch.toUpperCase());
    const colours = [pick(COLOURS), pick(COLOURS)];
    return { id: `s-design-${i}`, code, title, colours };
  });
  for (let i = 0; i < designs.length; i += 2000) {
    yield [
      "Design",
      designs.slice(i, i + 2000).map((d, j) => ({
        id: d.id,
        businessId: "s-business",
        code: d.code,
        title: d.title,
        pricePerPiecePaise: 30_000 + 500 * ((i + j) % 60),
        setComposition: JSON.stringify([{ size: "M", ratio: 1 }]),
        soldLoose: false,
        colours: JSON.stringify(d.colours),
        minimumSets: 1,
        searchText: [d.code, d.title, ...d.colours].join(" ").toLowerCase(),
        createdById: owner.id,
        createdAt: at(start + (i + j) * 60_000),
        updatedAt: now,
      })),
    ];
  }

  const BATCH = 5000;
  for (let i = 0; i < size.messages; i += BATCH) {
    const messages: Row[] = [];
    const posts: Row[] = [];
    for (let n = i; n < Math.min(size.messages, i + BATCH); n++) {
      const buyer = buyers[n % buyers.length]!;
      const isPost = n % 25 === 0;
      const [c, f, it] = [pick(COLOURS), pick(FABRICS), pick(ITEMS)];
      const id = `s-m-${n}`;
      messages.push({
        id,
        conversationId: buyer.conversationId,
        seq: Math.floor(n / buyers.length) + 1,
        authorId: isPost || n % 2 ? owner.id : buyer.id,
        kind: isPost ? "DESIGN_POST" : "TEXT",
        body: isPost ? `New ${c} ${f} collection, ready stock` : pick(TEXTS)(c, f, it),
        clientId: id,
        replyCount: 0,
        createdAt: at(start + n * 30_000),
      });
      if (isPost) for (const position of [0, 1]) posts.push({ messageId: id, designId: designs[(n / 25 + position * 7) % designs.length]!.id, position });
    }
    yield ["Message", messages];
    if (posts.length) yield ["MessageDesign", posts];
  }

  for (let i = 0; i < size.orders; i += 5000) {
    const orders: Row[] = [];
    for (let n = i; n < Math.min(size.orders, i + 5000); n++) {
      const buyer = buyers[n % buyers.length]!;
      const [transporter, prefix] = pick(TRANSPORTERS);
      const lr = `${prefix}${100000 + n}`;
      const codes = [pick(designs).code, pick(designs).code];
      const number = 1001 + n;
      orders.push({
        id: `s-o-${n}`,
        businessId: "s-business",
        conversationId: buyer.conversationId,
        buyerId: buyer.id,
        number,
        status: "DISPATCHED",
        totalPaise: 1_200_000,
        totalPieces: 24,
        paidPaise: 0,
        idempotencyKey: `s-o-${n}`,
        transporter,
        lrNumber: lr,
        searchText: [`#${number}`, String(number), buyer.name, ...codes, transporter, lr].join(" ").toLowerCase(),
        createdAt: at(start + n * 300_000),
        updatedAt: now,
      });
    }
    yield ["Order", orders];
  }
}

/** 50 searches a supplier or buyer types: words, code prefixes, names, LR and order numbers. */
function typicalQueries(size: SearchSeedSize): string[] {
  const words = ["maroon", "stock", "payment", "rayon", "dispatch", "georgette", "kurti", "rani pink", "LR copy", "sets", "rate", "मिलेगा", "chanderi dupatta", "XL", "collection"];
  const codes = ["D-01", "d-1234", "D-00042", "D-1", "d-09999", "D-005", "D-12", "d-0777", "D-1999", "D-000"].map((code) => code.slice(0, 8));
  const names = ["mee", "anjali", "kav", "priya fash", "sunita", "rekha bout", "zoya", "harp", "lakshmi sar", "farida"];
  const lrs = ["vrl1001", "TCI 1052", "gati12", "smc1999", "VRL100123", "tci10", "gati100", "smc15", "vrl13", "TCI 199"];
  const numbers = [1042, 1999, 5000, 54321, 100500].map((n) => `#${Math.min(n, 1000 + size.orders)}`);
  return [...words, ...codes, ...names, ...lrs, ...numbers];
}

export function seedSearchOnSqlite(file: string, size: SearchSeedSize): SearchFixture {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const statements = new Map<string, Database.Statement>();
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(",")}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
      statements.set(key, statement);
    }
    statement.run(...columns.map((c) => (typeof row[c] === "boolean" ? Number(row[c]) : row[c])));
  };
  db.transaction(() => {
    for (const [table, batch] of rows(size, (ms) => sqliteDate(ms))) for (const row of batch) insert(table, row);
  })();
  db.close();
  return fixtureOf(size);
}

export async function seedSearchOnPostgres(url: string, size: SearchSeedSize): Promise<SearchFixture> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [table, batch] of rows(size, (ms) => new Date(ms))) {
      // A few hundred rows per statement keeps each under PostgreSQL's 65,535 parameters.
      for (let i = 0; i < batch.length; i += 500) {
        const slice = batch.slice(i, i + 500);
        const columns = Object.keys(slice[0]!);
        const values: unknown[] = [];
        const tuples = slice.map((row) => `(${columns.map((c) => `$${values.push(row[c])}`).join(", ")})`);
        await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`, values);
      }
    }
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  return fixtureOf(size);
}

function fixtureOf(size: SearchSeedSize): SearchFixture {
  return {
    owner: { id: "s-owner", name: "Rakesh Shah" },
    businessId: "s-business",
    buyer: { id: "s-buyer-1", name: "Anjali Fashions 1", conversationId: "s-conv-1" },
    queries: typicalQueries(size),
  };
}
