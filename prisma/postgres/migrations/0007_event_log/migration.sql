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

-- Every instance LISTENs on chatalog_events (lib/realtime/postgres-relay.ts): a transaction that
-- wrote events notifies once, at its commit, and the notification carries nothing; the readers
-- fetch the rows (lib/realtime/event-log-reader.ts, which also explains how ids that commit out of
-- order are waited for).
CREATE FUNCTION "EventLogEntry_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chatalog_events', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER "EventLogEntry_notify" AFTER INSERT ON "EventLogEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "EventLogEntry_notify"();
