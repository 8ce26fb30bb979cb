-- AlterTable
ALTER TABLE "Order" ADD COLUMN "billedPaise" INTEGER;

-- Orders invoiced before: what they owe is their invoice's total.
UPDATE "Order" SET "billedPaise" = (SELECT i."totalPaise" FROM "Invoice" i WHERE i."orderId" = "Order"."id") WHERE EXISTS (SELECT 1 FROM "Invoice" i WHERE i."orderId" = "Order"."id");
