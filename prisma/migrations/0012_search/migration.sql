-- AlterTable (written by hand: Prisma's diff rebuilds the table here; a column with a default
-- needs no rebuild, and a rebuild would renumber the rowids the search tables below point at)
ALTER TABLE "Order" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- What the search box matches of the orders already there (lib/search/order-search-text.ts
-- writes it for new ones): "#1042 1042", the buyer, the design codes, transporter and LR number.
UPDATE "Order" SET "searchText" = lower(
  '#' || "number" || ' ' || "number"
  || ' ' || coalesce((SELECT "name" FROM "User" WHERE "User"."id" = "Order"."buyerId"), '')
  || ' ' || coalesce((SELECT group_concat("code", ' ') FROM "OrderLine" WHERE "OrderLine"."orderId" = "Order"."id"), '')
  || ' ' || coalesce("transporter", '') || ' ' || coalesce("lrNumber", '')
);

-- Full-text search (lib/search). Contentless FTS5 tables keyed by the row's rowid: they hold
-- only the index, and triggers keep them in step inside the transaction that writes the row.
-- Each has a second column, "scope": the ids of who may see the row (the business, and for
-- messages and orders the buyer), so a search asks the index for "these words, within these
-- scopes" and reads only rows the person may see (lib/search/search-ids.ts), however large the
-- database around them. The rowid of a table without an INTEGER PRIMARY KEY survives everything
-- this app does to a row, but not a table rebuild: a migration that rebuilds Message, Design or
-- Order must end by refilling its search table as below (and VACUUM must not be run).
CREATE VIRTUAL TABLE "MessageSearch" USING fts5("body", "scope", content='', contentless_delete=1, prefix='1 2', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "DesignSearch" USING fts5("searchText", "scope", content='', contentless_delete=1, prefix='1 2', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "OrderSearch" USING fts5("searchText", "scope", content='', contentless_delete=1, prefix='1 2', tokenize='unicode61 remove_diacritics 2');

-- Messages: what people wrote (texts, and captions of design posts); not system lines, picks or
-- order cards (an order is found as an order), and not deleted ones.
INSERT INTO "MessageSearch"(rowid, "body", "scope")
  SELECT rowid, "body", (SELECT c."businessId" || ' ' || c."buyerId" FROM "Conversation" c WHERE c."id" = "Message"."conversationId") FROM "Message" WHERE "body" IS NOT NULL AND "deletedAt" IS NULL AND "kind" IN ('TEXT', 'DESIGN_POST');
CREATE TRIGGER "Message_search_insert" AFTER INSERT ON "Message"
  WHEN new."body" IS NOT NULL AND new."deletedAt" IS NULL AND new."kind" IN ('TEXT', 'DESIGN_POST')
BEGIN
  INSERT INTO "MessageSearch"(rowid, "body", "scope") VALUES (new.rowid, new."body", (SELECT c."businessId" || ' ' || c."buyerId" FROM "Conversation" c WHERE c."id" = new."conversationId"));
END;
CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "body", "deletedAt", "kind" ON "Message" BEGIN
  DELETE FROM "MessageSearch" WHERE rowid = old.rowid;
  INSERT INTO "MessageSearch"(rowid, "body", "scope")
    SELECT new.rowid, new."body", (SELECT c."businessId" || ' ' || c."buyerId" FROM "Conversation" c WHERE c."id" = new."conversationId") WHERE new."body" IS NOT NULL AND new."deletedAt" IS NULL AND new."kind" IN ('TEXT', 'DESIGN_POST');
END;
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" BEGIN
  DELETE FROM "MessageSearch" WHERE rowid = old.rowid;
END;

-- Designs: code, title and colours (Design.searchText, kept by the design services).
INSERT INTO "DesignSearch"(rowid, "searchText", "scope") SELECT rowid, "searchText", "businessId" FROM "Design";
CREATE TRIGGER "Design_search_insert" AFTER INSERT ON "Design" BEGIN
  INSERT INTO "DesignSearch"(rowid, "searchText", "scope") VALUES (new.rowid, new."searchText", new."businessId");
END;
CREATE TRIGGER "Design_search_update" AFTER UPDATE OF "searchText" ON "Design" BEGIN
  DELETE FROM "DesignSearch" WHERE rowid = old.rowid;
  INSERT INTO "DesignSearch"(rowid, "searchText", "scope") VALUES (new.rowid, new."searchText", new."businessId");
END;
CREATE TRIGGER "Design_search_delete" AFTER DELETE ON "Design" BEGIN
  DELETE FROM "DesignSearch" WHERE rowid = old.rowid;
END;

-- Orders: Order.searchText.
INSERT INTO "OrderSearch"(rowid, "searchText", "scope") SELECT rowid, "searchText", "businessId" || ' ' || "buyerId" FROM "Order";
CREATE TRIGGER "Order_search_insert" AFTER INSERT ON "Order" BEGIN
  INSERT INTO "OrderSearch"(rowid, "searchText", "scope") VALUES (new.rowid, new."searchText", new."businessId" || ' ' || new."buyerId");
END;
CREATE TRIGGER "Order_search_update" AFTER UPDATE OF "searchText" ON "Order" BEGIN
  DELETE FROM "OrderSearch" WHERE rowid = old.rowid;
  INSERT INTO "OrderSearch"(rowid, "searchText", "scope") VALUES (new.rowid, new."searchText", new."businessId" || ' ' || new."buyerId");
END;
CREATE TRIGGER "Order_search_delete" AFTER DELETE ON "Order" BEGIN
  DELETE FROM "OrderSearch" WHERE rowid = old.rowid;
END;
