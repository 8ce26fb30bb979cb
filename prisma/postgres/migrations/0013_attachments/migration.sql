-- CreateTable
CREATE TABLE "QuickReplyPhoto" (
    "quickReplyId" TEXT NOT NULL,
    "photoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "QuickReplyPhoto_pkey" PRIMARY KEY ("quickReplyId","position")
);

-- CreateTable
CREATE TABLE "MessagePhoto" (
    "messageId" TEXT NOT NULL,
    "photoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "MessagePhoto_pkey" PRIMARY KEY ("messageId","position")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pages" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT,
    "thumbWidth" INTEGER,
    "thumbHeight" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "QuickReplyPhoto_photoId_idx" ON "QuickReplyPhoto"("photoId");

-- CreateIndex
CREATE INDEX "MessagePhoto_photoId_idx" ON "MessagePhoto"("photoId");

-- CreateIndex
CREATE UNIQUE INDEX "Document_messageId_key" ON "Document"("messageId");

-- CreateIndex
CREATE INDEX "Document_storageKey_idx" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_thumbKey_idx" ON "Document"("thumbKey");

-- AddForeignKey
ALTER TABLE "QuickReplyPhoto" ADD CONSTRAINT "QuickReplyPhoto_quickReplyId_fkey" FOREIGN KEY ("quickReplyId") REFERENCES "QuickReply"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuickReplyPhoto" ADD CONSTRAINT "QuickReplyPhoto_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "DesignPhoto"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessagePhoto" ADD CONSTRAINT "MessagePhoto_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessagePhoto" ADD CONSTRAINT "MessagePhoto_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "DesignPhoto"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
