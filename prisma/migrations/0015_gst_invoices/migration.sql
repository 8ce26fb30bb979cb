-- AlterTable
ALTER TABLE "Order" ADD COLUMN "ewayBillNumber" TEXT;

-- CreateTable
CREATE TABLE "BusinessGstProfile" (
    "businessId" TEXT NOT NULL PRIMARY KEY,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "gstin" TEXT NOT NULL,
    "upiId" TEXT,
    "invoicePrefix" TEXT NOT NULL,
    "defaultHsnCode" TEXT NOT NULL DEFAULT '6204',
    "rateRule" JSONB,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BusinessGstProfile_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvoiceSeries" (
    "businessId" TEXT NOT NULL,
    "financialYear" TEXT NOT NULL,
    "lastSerial" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("businessId", "financialYear"),
    CONSTRAINT "InvoiceSeries_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "businessId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "financialYear" TEXT NOT NULL,
    "serial" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "interState" BOOLEAN NOT NULL,
    "placeOfSupply" TEXT NOT NULL,
    "taxablePaise" INTEGER NOT NULL,
    "cgstPaise" INTEGER NOT NULL,
    "sgstPaise" INTEGER NOT NULL,
    "igstPaise" INTEGER NOT NULL,
    "roundOffPaise" INTEGER NOT NULL,
    "totalPaise" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Invoice_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invoice_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Invoice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BuyerBilling" (
    "conversationId" TEXT NOT NULL PRIMARY KEY,
    "legalName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "stateCode" TEXT NOT NULL,
    "gstin" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BuyerBilling_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_orderId_key" ON "Invoice"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_businessId_financialYear_serial_key" ON "Invoice"("businessId", "financialYear", "serial");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_businessId_number_key" ON "Invoice"("businessId", "number");
