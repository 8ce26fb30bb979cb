-- AlterTable
ALTER TABLE "Design" ADD COLUMN     "hsnCode" TEXT;
