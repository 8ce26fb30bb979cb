// The read bench's fixture, written straight through better-sqlite3 (prepared statements, one
// transaction) into a database the project's migrations just made. It is the fixture, not the
// thing measured, so it only has to be fast and shaped like real data:
//   - a supplier business (owner + 2 staff) with 500 buyers and 10,000 messages in all: ten busy
//     conversations of 300 messages, the rest 14-15 each;
//   - one of those buyers also trades with 19 other suppliers (100 messages each): 20 conversations.
// Messages alternate between the buyer and the business; every 10th is a reply (a quoted parent).
// Everyone has read everything, so the newest page is the ordinary 50 messages.
import Database from "better-sqlite3";
import { FIRST_SCREEN_CHATS } from "@/lib/conversations/conversation-search";
import { newRowId } from "@/lib/ids";


export interface ReadPerson {
  id: string;
  name: string;
  /** The conversation whose page and messages are measured. */
  conversationId: string;
  /** Its newest seq (the empty catch-up asks for what comes after it). */
  lastSeq: number;
  /** The newest message's text: the conversation page and the newest page must contain it. */
  lastMessageText: string;
  /** A name the chats list's first screen must show (the oldest conversation on it: the list
   * shows the newest 50, app/chats/page.tsx). */
  listText: string;
  conversations: number;
}

export interface ReadFixture {
  supplierOwner: ReadPerson;
  buyer: ReadPerson;
  messages: number;
}

export const SUPPLIER_BUYERS = 500;
export const SUPPLIER_MESSAGES = 10_000;
export const BUYER_SUPPLIERS = 20;
const BUSY_CONVERSATIONS = 10;
const BUSY_MESSAGES = 300;
const OTHER_SUPPLIER_MESSAGES = 100;
const MINUTE_MS = 60_000;

/** Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset. */
const sqliteDate = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

const TEXTS = [
  "Is D-0142 back in stock in mustard?",
  "Sending 4 sets of the bandhani kurti today.",
  "Please share the new rayon prints.",
  "Payment done, please check.",
  "Parcel booked with VRL, LR number to follow.",
  "Can you do M and L only for this design?",
];

/** Messages per conversation of the supplier: 10,000 in all, ten busy conversations first. */
function supplierConversationSizes(): number[] {
  const rest = SUPPLIER_BUYERS - BUSY_CONVERSATIONS;
  const restMessages = SUPPLIER_MESSAGES - BUSY_CONVERSATIONS * BUSY_MESSAGES;
  const base = Math.floor(restMessages / rest);
  const extra = restMessages - base * rest;
  return Array.from({ length: SUPPLIER_BUYERS }, (_, i) => (i < BUSY_CONVERSATIONS ? BUSY_MESSAGES : base + (i - BUSY_CONVERSATIONS < extra ? 1 : 0)));
}

export function seedReadFixture(file: string, now = Date.now()): ReadFixture {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const created = sqliteDate(now - 120 * 24 * 60 * MINUTE_MS);
  const insert = {
    user: db.prepare(`INSERT INTO "User" (id, name, phone, passwordHash, createdAt, updatedAt) VALUES (?, ?, ?, 'bench-no-password-login', ?, ?)`),
    business: db.prepare(`INSERT INTO "Business" (id, name, createdAt, updatedAt) VALUES (?, ?, ?, ?)`),
    member: db.prepare(`INSERT INTO "Membership" (id, businessId, userId, role, createdAt) VALUES (?, ?, ?, ?, ?)`),
    conversation: db.prepare(
      `INSERT INTO "Conversation" (id, businessId, buyerId, lastSeq, lastMessageAt, lastMessagePreview, createdAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    message: db.prepare(
      `INSERT INTO "Message" (id, conversationId, seq, authorId, kind, body, parentId, replyCount, clientId, createdAt) VALUES (?, ?, ?, ?, 'TEXT', ?, ?, 0, ?, ?)`,
    ),
    bumpReplies: db.prepare(`UPDATE "Message" SET replyCount = replyCount + 1 WHERE id = ?`),
    readState: db.prepare(`INSERT INTO "ReadState" (conversationId, userId, lastReadSeq, lastDeliveredSeq, updatedAt) VALUES (?, ?, ?, ?, ?)`),
  };
  let phones = 0;
  const user = (id: string, name: string) => {
    insert.user.run(id, name, `+9188${String(phones++).padStart(8, "0")}`, created, created);
    return { id, name };
  };
  let messageCount = 0;

  /** One conversation of `size` messages; the newest at `endMs`. Returns its newest text and seq. */
  const conversation = (businessId: string, buyerId: string, memberIds: readonly string[], size: number, endMs: number) => {
    const id = newRowId();
    const textOf = (seq: number) => `${TEXTS[seq % TEXTS.length]} (message ${seq} of ${id})`;
    const lastText = textOf(size);
    insert.conversation.run(id, businessId, buyerId, size, sqliteDate(endMs), lastText.slice(0, 120), created);
    const ids: string[] = [];
    for (let seq = 1; seq <= size; seq++) {
      const at = endMs - (size - seq) * 7 * MINUTE_MS;
      const authorId = seq % 2 === 1 ? buyerId : (memberIds[Math.floor(seq / 2) % memberIds.length] ?? buyerId);
      const parentId = seq % 10 === 0 ? (ids[seq - 4] ?? null) : null;
      const messageId = newRowId();
      insert.message.run(messageId, id, seq, authorId, textOf(seq), parentId, `bench-${messageId}`, sqliteDate(at));
      if (parentId) insert.bumpReplies.run(parentId);
      ids.push(messageId);
    }
    messageCount += size;
    for (const reader of [buyerId, ...memberIds]) insert.readState.run(id, reader, size, size, sqliteDate(endMs));
    return { id, lastSeq: size, lastText };
  };

  const fixture = db.transaction((): ReadFixture => {
    const supplierId = "bench-read-supplier";
    insert.business.run(supplierId, "Bench Textiles", created, created);
    const owner = user("bench-read-owner", "Rakesh Shah");
    const staff = [user("bench-read-staff-1", "Priya Patel"), user("bench-read-staff-2", "Imran Khan")];
    insert.member.run(newRowId(), supplierId, owner.id, "OWNER", created);
    for (const person of staff) insert.member.run(newRowId(), supplierId, person.id, "STAFF", created);
    const memberIds = [owner.id, ...staff.map((person) => person.id)];

    const sizes = supplierConversationSizes();
    const buyers = sizes.map((_, i) => user(`bench-read-buyer-${i}`, `Buyer ${i} Fashions`));
    // Buyer 0 is the buyer measured; their conversation with this supplier is the busiest, and
    // the newest on the owner's list.
    const supplierConversations = sizes.map((size, i) => conversation(supplierId, buyers[i]?.id ?? "", memberIds, size, now - i * 3 * MINUTE_MS));
    const ownersConversation = supplierConversations[0];
    const theBuyer = buyers[0];
    if (!ownersConversation || !theBuyer) throw new Error("the read fixture needs at least one buyer");

    // The buyer's other 19 suppliers, each with one owner.
    const buyersConversations: Array<ReturnType<typeof conversation>> = [];
    for (let k = 1; k < BUYER_SUPPLIERS; k++) {
      const businessId = `bench-read-supplier-${k}`;
      insert.business.run(businessId, `Supplier ${k} Silks`, created, created);
      const otherOwner = user(`bench-read-supplier-owner-${k}`, `Owner ${k}`);
      insert.member.run(newRowId(), businessId, otherOwner.id, "OWNER", created);
      buyersConversations.push(conversation(businessId, theBuyer.id, [otherOwner.id], OTHER_SUPPLIER_MESSAGES, now - MINUTE_MS - k * 5 * MINUTE_MS));
    }
    const buyersMeasured = buyersConversations[0];
    if (!buyersMeasured) throw new Error("the read fixture needs a second supplier");

    return {
      supplierOwner: {
        ...owner,
        conversationId: ownersConversation.id,
        lastSeq: ownersConversation.lastSeq,
        lastMessageText: ownersConversation.lastText,
        listText: buyers[Math.min(buyers.length, FIRST_SCREEN_CHATS) - 1]?.name ?? "",
        conversations: SUPPLIER_BUYERS,
      },
      buyer: {
        ...theBuyer,
        conversationId: buyersMeasured.id,
        lastSeq: buyersMeasured.lastSeq,
        lastMessageText: buyersMeasured.lastText,
        listText: `Supplier ${BUYER_SUPPLIERS - 1} Silks`,
        conversations: BUYER_SUPPLIERS,
      },
      messages: messageCount,
    };
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return fixture;
}
