-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "clientId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Payment_orderId_clientId_key" ON "Payment"("orderId", "clientId");
