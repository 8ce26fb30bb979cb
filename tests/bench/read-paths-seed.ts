// The read-paths bench's fixture: one supplier (an owner) with 500 buyers, each with a
// conversation, and 10,000 messages: a busy conversation of 2,000 and the rest spread over the
// others. Texts from both sides, replies, and every 25th message an album of three designs with
// photos and webp + jpeg thumbnails. Written straight into the database (SQLite or PostgreSQL):
// it is the fixture, not the thing measured.
import Database from "better-sqlite3";
import pg from "pg";
import { sqliteDate } from "./orders-seed";

export interface ReadPathsFixture {
  owner: { id: string; name: string };
  busy: { buyer: { id: string; name: string }; conversationId: string; lastSeq: number };
}

type Value = string | number | null;
interface TableRows {
  table: string;
  columns: string[];
  rows: Value[][];
}

function fixtureRows(options: { buyers: number; messages: number; busyMessages: number }): { tables: TableRows[]; fixture: ReadPathsFixture } {
  const start = Date.now() - 86_400_000;
  const created = sqliteDate(start);
  const businessId = "rp-business";
  const owner = { id: "rp-owner", name: "Rakesh Shah" };
  const buyers = Array.from({ length: options.buyers }, (_, i) => ({ id: `rp-buyer-${i}`, name: `Buyer ${i} Fashions`, conversationId: `rp-conv-${i}` }));
  const designs = Array.from({ length: 60 }, (_, i) => ({ id: `rp-design-${i}`, code: `D-${String(i + 1).padStart(4, "0")}` }));
  const table = (name: string, columns: string[]): TableRows => ({ table: name, columns, rows: [] });
  const users = table("User", ["id", "name", "phone", "passwordHash", "createdAt", "updatedAt"]);
  const businesses = table("Business", ["id", "name", "createdAt", "updatedAt"]);
  const members = table("Membership", ["id", "businessId", "userId", "role", "createdAt"]);
  const conversations = table("Conversation", ["id", "businessId", "buyerId", "lastSeq", "lastMessageAt", "lastMessagePreview", "createdAt"]);
  const designRows = table("Design", ["id", "businessId", "code", "title", "pricePerPiecePaise", "setComposition", "colours", "createdById", "createdAt", "updatedAt"]);
  const photos = table("DesignPhoto", ["id", "businessId", "designId", "position", "width", "height", "placeholder", "contentHash", "uploadedById", "createdAt"]);
  const variants = table("PhotoVariant", ["id", "photoId", "kind", "format", "storageKey", "width", "height", "bytes"]);
  const messages = table("Message", ["id", "conversationId", "seq", "authorId", "kind", "body", "parentId", "replyCount", "clientId", "createdAt"]);
  const albums = table("MessageDesign", ["messageId", "designId", "position"]);
  const reads = table("ReadState", ["conversationId", "userId", "lastReadSeq", "lastDeliveredSeq", "updatedAt"]);

  for (const [i, person] of [owner, ...buyers].entries()) users.rows.push([person.id, person.name, `+9191${String(i).padStart(8, "0")}`, "bench-no-login", created, created]);
  businesses.rows.push([businessId, "Bench Textiles", created, created]);
  members.rows.push(["rp-m-owner", businessId, owner.id, "OWNER", created]);
  for (const d of designs) {
    designRows.rows.push([d.id, businessId, d.code, `Bandhani Kurti ${d.code}`, 45_000, "[]", '["Red"]', owner.id, created, created]);
    for (let position = 0; position < 2; position++) {
      const photoId = `${d.id}-p${position}`;
      photos.rows.push([photoId, businessId, d.id, position, 960, 1200, "data:image/webp;base64,AAAA", `hash-${photoId}`, owner.id, created]);
      for (const format of ["webp", "jpeg"]) variants.rows.push([`${photoId}-${format}`, photoId, "THUMB", format, `${photoId}.thumb.${format}`, 240, 300, 9000]);
    }
  }
  const perOther = Math.floor((options.messages - options.busyMessages) / Math.max(1, buyers.length - 1));
  let message = 0;
  for (const [b, buyer] of buyers.entries()) {
    const count = b === 0 ? options.busyMessages : perOther;
    const last = sqliteDate(start + (message + count - 1) * 1000);
    conversations.rows.push([buyer.conversationId, businessId, buyer.id, count, last, `Message ${count} about the next lorry`, created]);
    let previous: Value[] | null = null;
    for (let seq = 1; seq <= count; seq++, message++) {
      const id = `rp-msg-${message}`;
      const album = seq % 25 === 0;
      const parent: Value[] | null = !album && seq % 7 === 0 ? previous : null;
      if (parent) parent[7] = Number(parent[7]) + 1; // replyCount
      const author = album || seq % 2 === 0 ? owner.id : buyer.id;
      const row: Value[] = [id, buyer.conversationId, seq, author, album ? "DESIGN_POST" : "TEXT", album ? "New designs" : `Message ${seq} about the next lorry`, parent?.[0] ?? null, 0, `rp-c-${message}`, sqliteDate(start + message * 1000)];
      messages.rows.push(row);
      if (album) for (let position = 0; position < 3; position++) albums.rows.push([id, designs[(seq + position) % designs.length]!.id, position]);
      previous = row;
    }
    // The owner has read everything; the buyer is 30 messages behind.
    reads.rows.push([buyer.conversationId, owner.id, count, count, last]);
    reads.rows.push([buyer.conversationId, buyer.id, Math.max(0, count - 30), count, last]);
  }
  const busy = buyers[0]!;
  return {
    tables: [users, businesses, members, conversations, designRows, photos, variants, messages, albums, reads],
    fixture: { owner, busy: { buyer: { id: busy.id, name: busy.name }, conversationId: busy.conversationId, lastSeq: options.busyMessages } },
  };
}

const quoted = (columns: string[]) => columns.map((c) => `"${c}"`).join(", ");

function writeSqlite(file: string, tables: TableRows[]) {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.transaction(() => {
    for (const { table, columns, rows } of tables) {
      const insert = db.prepare(`INSERT INTO "${table}" (${quoted(columns)}) VALUES (${columns.map(() => "?").join(", ")})`);
      for (const row of rows) insert.run(...row);
    }
  })();
  db.close();
}

async function writePostgres(url: string, tables: TableRows[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const { table, columns, rows } of tables) {
      for (let offset = 0; offset < rows.length; offset += 500) {
        const batch = rows.slice(offset, offset + 500);
        const values = batch.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(", ")})`).join(", ");
        await client.query(`INSERT INTO "${table}" (${quoted(columns)}) VALUES ${values}`, batch.flat());
      }
    }
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

export async function seedReadPaths(url: string, options: { buyers: number; messages: number; busyMessages: number }): Promise<ReadPathsFixture> {
  const { tables, fixture } = fixtureRows(options);
  if (url.startsWith("file:")) writeSqlite(url.slice("file:".length), tables);
  else await writePostgres(url, tables);
  return fixture;
}
