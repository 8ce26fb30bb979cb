-- AlterTable
ALTER TABLE "Business" ADD COLUMN "upiId" TEXT;

-- The UPI ID moves from the GST details to the business (reminders need no GSTIN).
UPDATE "Business" SET "upiId" = (SELECT g."upiId" FROM "BusinessGstProfile" g WHERE g."businessId" = "Business"."id");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BusinessGstProfile" (
    "businessId" TEXT NOT NULL PRIMARY KEY,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "gstin" TEXT NOT NULL,
    "invoicePrefix" TEXT NOT NULL,
    "defaultHsnCode" TEXT NOT NULL DEFAULT '6204',
    "rateRule" JSONB,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BusinessGstProfile_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BusinessGstProfile" ("address", "businessId", "defaultHsnCode", "gstin", "invoicePrefix", "legalName", "rateRule", "stateCode", "updatedAt") SELECT "address", "businessId", "defaultHsnCode", "gstin", "invoicePrefix", "legalName", "rateRule", "stateCode", "updatedAt" FROM "BusinessGstProfile";
DROP TABLE "BusinessGstProfile";
ALTER TABLE "new_BusinessGstProfile" RENAME TO "BusinessGstProfile";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
