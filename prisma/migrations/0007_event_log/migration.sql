-- CreateTable
CREATE TABLE "EventLogEntry" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "recipients" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventLogEntry_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EventLogEntry_createdAt_idx" ON "EventLogEntry"("createdAt");

-- CreateIndex
CREATE INDEX "EventLogEntry_conversationId_id_idx" ON "EventLogEntry"("conversationId", "id");
