// The read-paths bench's fixture: one supplier (owner and staff) with 500 buyers, each with a
// conversation, and 10,000 messages: a busy conversation of 2,000 and the rest spread over the
// others. Texts from both sides, replies, and every 25th message an album of three designs with
// photos and webp + jpeg thumbnails. Written straight through better-sqlite3: it is the fixture,
// not the thing measured.
import Database from "better-sqlite3";
import { sqliteDate } from "./orders-seed";

export interface ReadPathsFixture {
  owner: { id: string; name: string };
  busy: { buyer: { id: string; name: string }; conversationId: string; lastSeq: number };
}

export function seedReadPaths(file: string, options: { buyers: number; messages: number; busyMessages: number }): ReadPathsFixture {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const created = sqliteDate(Date.now() - 86_400_000);
  const businessId = "rp-business";
  const owner = { id: "rp-owner", name: "Rakesh Shah" };
  const buyers = Array.from({ length: options.buyers }, (_, i) => ({ id: `rp-buyer-${i}`, name: `Buyer ${i} Fashions`, conversationId: `rp-conv-${i}` }));
  const designs = Array.from({ length: 60 }, (_, i) => ({ id: `rp-design-${i}`, code: `D-${String(i + 1).padStart(4, "0")}` }));
  const sql = {
    user: db.prepare(`INSERT INTO "User" (id, name, phone, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 'bench-no-login', ?, ?)`),
    business: db.prepare(`INSERT INTO "Business" (id, name, createdAt, updatedAt) VALUES (?, 'Bench Textiles', ?, ?)`),
    member: db.prepare(`INSERT INTO "Membership" (id, businessId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)`),
    conversation: db.prepare(`INSERT INTO "Conversation" (id, businessId, buyerId, lastSeq, lastMessageAt, lastMessagePreview, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    design: db.prepare(
      `INSERT INTO "Design" (id, businessId, code, title, pricePerPiecePaise, setComposition, colours, createdById, createdAt, updatedAt) VALUES (?, ?, ?, ?, 45000, '[]', '["Red"]', ?, ?, ?)`,
    ),
    photo: db.prepare(`INSERT INTO "DesignPhoto" (id, businessId, designId, position, width, height, placeholder, contentHash, uploadedById, createdAt) VALUES (?, ?, ?, ?, 960, 1200, 'data:image/webp;base64,AAAA', ?, ?, ?)`),
    variant: db.prepare(`INSERT INTO "PhotoVariant" (id, photoId, kind, format, storageKey, width, height, bytes) VALUES (?, ?, 'THUMB', ?, ?, 240, 300, 9000)`),
    message: db.prepare(
      `INSERT INTO "Message" (id, conversationId, seq, authorId, kind, body, parentId, replyCount, clientId, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    ),
    reply: db.prepare(`UPDATE "Message" SET "replyCount" = "replyCount" + 1 WHERE "id" = ?`),
    album: db.prepare(`INSERT INTO "MessageDesign" (messageId, designId, position) VALUES (?, ?, ?)`),
    read: db.prepare(`INSERT INTO "ReadState" (conversationId, userId, lastReadSeq, lastDeliveredSeq, updatedAt) VALUES (?, ?, ?, ?, ?)`),
  };
  const perOther = Math.floor((options.messages - options.busyMessages) / Math.max(1, buyers.length - 1));
  let busyLastSeq = 0;

  db.transaction(() => {
    for (const [i, person] of [owner, ...buyers].entries()) sql.user.run(person.id, person.name, `+9191${String(i).padStart(8, "0")}`, created, created);
    sql.business.run(businessId, created, created);
    sql.member.run("rp-m-owner", businessId, owner.id, "OWNER", created);
    for (const d of designs) {
      sql.design.run(d.id, businessId, d.code, `Bandhani Kurti ${d.code}`, owner.id, created, created);
      for (let position = 0; position < 2; position++) {
        const photoId = `${d.id}-p${position}`;
        sql.photo.run(photoId, businessId, d.id, position, `hash-${photoId}`, owner.id, created);
        for (const format of ["webp", "jpeg"]) sql.variant.run(`${photoId}-${format}`, photoId, format, `${photoId}.thumb.${format}`);
      }
    }
    let message = 0;
    for (const [b, buyer] of buyers.entries()) {
      const count = b === 0 ? options.busyMessages : perOther;
      const last = sqliteDate(Date.now() - 86_400_000 + (message + count - 1) * 1000);
      sql.conversation.run(buyer.conversationId, businessId, buyer.id, count, last, `Message ${count} about the next lorry`, created);
      let previous: string | null = null;
      for (let seq = 1; seq <= count; seq++, message++) {
        const id = `rp-msg-${message}`;
        const at = sqliteDate(Date.now() - 86_400_000 + message * 1000);
        const album = seq % 25 === 0;
        const parentId = !album && seq % 7 === 0 ? previous : null;
        const author = seq % 2 ? buyer.id : owner.id;
        sql.message.run(id, buyer.conversationId, seq, album ? owner.id : author, album ? "DESIGN_POST" : "TEXT", album ? "New designs" : `Message ${seq} about the next lorry`, parentId, `rp-c-${message}`, at);
        if (parentId) sql.reply.run(parentId);
        if (album) for (let position = 0; position < 3; position++) sql.album.run(id, designs[(seq + position) % designs.length]!.id, position);
        previous = id;
      }
      // The owner has read everything; the buyer is 30 messages behind.
      sql.read.run(buyer.conversationId, owner.id, count, count, last);
      sql.read.run(buyer.conversationId, buyer.id, Math.max(0, count - 30), count, last);
      if (b === 0) busyLastSeq = count;
    }
  })();
  db.close();
  return { owner, busy: { buyer: buyers[0]!, conversationId: buyers[0]!.conversationId, lastSeq: busyLastSeq } };
}
