-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "upiId" TEXT;

-- The UPI ID moves from the GST details to the business (reminders need no GSTIN).
UPDATE "Business" b SET "upiId" = g."upiId" FROM "BusinessGstProfile" g WHERE g."businessId" = b."id";

-- AlterTable
ALTER TABLE "BusinessGstProfile" DROP COLUMN "upiId";
