-- CreateTable
CREATE TABLE "QuickReplyPhoto" (
    "quickReplyId" TEXT NOT NULL,
    "photoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("quickReplyId", "position"),
    CONSTRAINT "QuickReplyPhoto_quickReplyId_fkey" FOREIGN KEY ("quickReplyId") REFERENCES "QuickReply" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuickReplyPhoto_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "DesignPhoto" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MessagePhoto" (
    "messageId" TEXT NOT NULL,
    "photoId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("messageId", "position"),
    CONSTRAINT "MessagePhoto_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MessagePhoto_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "DesignPhoto" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "pages" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "thumbKey" TEXT,
    "thumbWidth" INTEGER,
    "thumbHeight" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Document_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
