-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "broadcastsStoppedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "skippedStopped" INTEGER NOT NULL DEFAULT 0;
