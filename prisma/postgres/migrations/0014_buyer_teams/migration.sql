-- AlterEnum
ALTER TYPE "InviteKind" ADD VALUE 'TEAM';

-- CreateTable
CREATE TABLE "BuyerTeamMember" (
    "ownerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BuyerTeamMember_pkey" PRIMARY KEY ("ownerId","userId")
);

-- CreateIndex
CREATE INDEX "BuyerTeamMember_userId_idx" ON "BuyerTeamMember"("userId");

-- AddForeignKey
ALTER TABLE "BuyerTeamMember" ADD CONSTRAINT "BuyerTeamMember_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerTeamMember" ADD CONSTRAINT "BuyerTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
