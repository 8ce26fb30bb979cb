-- CreateTable
CREATE TABLE "EventLogEntry" (
    "id" BIGSERIAL NOT NULL,
    "conversationId" TEXT NOT NULL,
    "recipients" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventLogEntry_createdAt_idx" ON "EventLogEntry"("createdAt");

-- CreateIndex
CREATE INDEX "EventLogEntry_conversationId_id_idx" ON "EventLogEntry"("conversationId", "id");

-- AddForeignKey
ALTER TABLE "EventLogEntry" ADD CONSTRAINT "EventLogEntry_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Ids in commit order. A sequence hands out ids when rows are inserted, but transactions commit in
-- their own order: a reader could see id 11 before id 10 commits, move past 10, and lose it. So an
-- insert first takes a transaction-wide lock, held until its commit, and only then takes its id:
-- writers of events queue here for the short moment between their last statement and their commit.
-- The same trigger notifies every instance (LISTEN chatalog_events) that new rows are there; the
-- notification is sent at commit and carries nothing, the readers fetch the rows.
CREATE FUNCTION "EventLogEntry_in_commit_order"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(724117002);
  -- The default took a number before the lock; take the id now (64 bits: wasting one is nothing).
  NEW."id" := nextval(pg_get_serial_sequence('"EventLogEntry"', 'id'));
  PERFORM pg_notify('chatalog_events', '');
  RETURN NEW;
END
$$;

CREATE TRIGGER "EventLogEntry_in_commit_order" BEFORE INSERT ON "EventLogEntry"
  FOR EACH ROW EXECUTE FUNCTION "EventLogEntry_in_commit_order"();

