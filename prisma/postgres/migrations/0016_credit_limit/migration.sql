-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "creditLimitPaise" INTEGER;
