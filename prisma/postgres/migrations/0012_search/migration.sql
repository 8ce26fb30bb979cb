-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- What the search box matches of the orders already there (lib/search/order-search-text.ts
-- writes it for new ones): "#1042 1042", the buyer, the design codes, transporter and LR number.
UPDATE "Order" o SET "searchText" = lower(
  '#' || o."number" || ' ' || o."number"
  || ' ' || coalesce((SELECT u."name" FROM "User" u WHERE u."id" = o."buyerId"), '')
  || ' ' || coalesce((SELECT string_agg(l."code", ' ') FROM "OrderLine" l WHERE l."orderId" = o."id"), '')
  || ' ' || coalesce(o."transporter", '') || ' ' || coalesce(o."lrNumber", '')
);

-- Full-text search (lib/search): a tsvector column the database computes from the row itself
-- (so it is always in step with it), with a GIN index. Punctuation becomes a space first, so
-- "D-0142" is the words "d" and "0142", as SQLite's unicode61 tokenizer splits it; the 'simple'
-- configuration keeps words as written (no English stemming of Indian names and codes).
ALTER TABLE "Message" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE WHEN "body" IS NOT NULL AND "deletedAt" IS NULL AND "kind" IN ('TEXT', 'DESIGN_POST')
    THEN to_tsvector('simple', regexp_replace("body", '[[:punct:][:space:]]+', ' ', 'g')) END
) STORED;
CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");

ALTER TABLE "Design" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', regexp_replace("searchText", '[[:punct:][:space:]]+', ' ', 'g'))
) STORED;
CREATE INDEX "Design_searchVector_idx" ON "Design" USING GIN ("searchVector");

ALTER TABLE "Order" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', regexp_replace("searchText", '[[:punct:][:space:]]+', ' ', 'g'))
) STORED;
CREATE INDEX "Order_searchVector_idx" ON "Order" USING GIN ("searchVector");
