-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "broadcastsStoppedAt" DATETIME;

-- AlterTable (written by hand: Prisma's diff rebuilds the table here, and dropping "Broadcast"
-- while foreign keys are enforced would set every album's Message.broadcastId to NULL)
ALTER TABLE "Broadcast" ADD COLUMN "skippedStopped" INTEGER NOT NULL DEFAULT 0;
