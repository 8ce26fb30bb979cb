// Pages of a conversation's messages, oldest first:
// - no cursor: the newest page, made long enough to start at the viewer's first unread message;
// - beforeSeq: the page before a seq (scrolling up);
// - afterSeq: everything after a seq (catching up after a new-message event or a reconnect);
// - threadOf: one message and all of its replies (the thread panel);
// - messageId: one message again (it changed: a pick card after an edit).
// Every open chat reads here (and catches up here after every event), so the page is read
// without Prisma's query compiler (~0.4 ms per query, and a nested select is several queries):
// prepared statements on Prisma's connection on SQLite (list-messages-on-sqlite.ts), two raw
// queries on PostgreSQL (list-messages-on-postgres.ts). The Prisma path
// (list-messages-with-prisma.ts) is the reference they are tested against.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb, runOnSqliteConnection } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { idSchema, parseInput } from "@/lib/validation";
import { listMessagesOnPostgres } from "./list-messages-on-postgres";
import { listMessagesOnSqlite } from "./list-messages-on-sqlite";
import { listMessagesWithPrisma } from "./list-messages-with-prisma";
import type { MessageView } from "./message-view";

export const listMessagesSchema = z.object({
  conversationId: idSchema,
  beforeSeq: z.coerce.number().int().positive().optional(),
  afterSeq: z.coerce.number().int().min(0).optional(),
  threadOf: idSchema.optional(),
  messageId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export type ListMessagesQuery = z.infer<typeof listMessagesSchema>;

/** How far the other side has got: the viewer's own messages up to these seqs are delivered / read. */
export interface OtherSideProgress {
  deliveredSeq: number;
  readSeq: number;
}

export interface MessagePage {
  messages: MessageView[];
  /** More messages exist before the first one returned. */
  hasOlder: boolean;
  /** The viewer's read position when the page was loaded: the first unread message follows it. */
  viewerReadSeq: number;
  otherSide: OtherSideProgress;
}

export async function listMessages(actor: Actor, input: unknown): Promise<MessagePage> {
  const query = parseInput(listMessagesSchema, input);
  const db = getDb();
  const outcome =
    (await runOnSqliteConnection(db, (connection) => listMessagesOnSqlite(connection, actor.id, query))) ??
    // Before the SQLite client's first query its connection is not open yet: Prisma opens it.
    (getEnv().provider === "postgres" ? await listMessagesOnPostgres(db, actor.id, query) : await listMessagesWithPrisma(actor.id, query));
  switch (outcome.kind) {
    case "no-conversation":
      throw notFound("That conversation");
    case "no-thread":
      throw notFound("That message");
    case "page":
      return outcome.page;
  }
}
