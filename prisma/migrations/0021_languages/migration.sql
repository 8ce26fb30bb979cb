-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "lastPreviewLine" TEXT;

