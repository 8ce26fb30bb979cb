-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "caption" TEXT,
ADD COLUMN     "clientId" TEXT,
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BroadcastDesign" (
    "broadcastId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "designId" TEXT NOT NULL,

    CONSTRAINT "BroadcastDesign_pkey" PRIMARY KEY ("broadcastId","position")
);

-- CreateTable
CREATE TABLE "BroadcastTarget" (
    "broadcastId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "albumSeq" INTEGER,

    CONSTRAINT "BroadcastTarget_pkey" PRIMARY KEY ("broadcastId","conversationId")
);

-- CreateIndex
CREATE INDEX "BroadcastDesign_designId_idx" ON "BroadcastDesign"("designId");

-- CreateIndex
CREATE INDEX "BroadcastTarget_conversationId_idx" ON "BroadcastTarget"("conversationId");

-- CreateIndex
CREATE INDEX "Broadcast_deliveredAt_idx" ON "Broadcast"("deliveredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Broadcast_createdById_clientId_key" ON "Broadcast"("createdById", "clientId");

-- AddForeignKey
ALTER TABLE "BroadcastDesign" ADD CONSTRAINT "BroadcastDesign_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BroadcastDesign" ADD CONSTRAINT "BroadcastDesign_designId_fkey" FOREIGN KEY ("designId") REFERENCES "Design"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BroadcastTarget" ADD CONSTRAINT "BroadcastTarget_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BroadcastTarget" ADD CONSTRAINT "BroadcastTarget_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Broadcasts sent before this migration wrote every album in their own transaction: record their
-- targets and designs from those albums, and mark them delivered.
INSERT INTO "BroadcastTarget" ("broadcastId", "conversationId", "albumSeq")
  SELECT "broadcastId", "conversationId", "seq" FROM "Message" WHERE "broadcastId" IS NOT NULL;
INSERT INTO "BroadcastDesign" ("broadcastId", "position", "designId")
  SELECT DISTINCT m."broadcastId", md."position", md."designId"
  FROM "MessageDesign" md JOIN "Message" m ON m."id" = md."messageId"
  WHERE m."broadcastId" IS NOT NULL;
UPDATE "Broadcast" SET
  "deliveredAt" = "createdAt",
  "caption" = (SELECT m."body" FROM "Message" m WHERE m."broadcastId" = "Broadcast"."id" LIMIT 1);
