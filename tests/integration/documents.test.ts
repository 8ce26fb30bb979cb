// Documents in chat (issue 15, item 5): a real PDF is sent, shown as a card (name, pages, size,
// first page) by both read paths and the live event, and served to the people of the conversation
// only. A renamed non-PDF, an encrypted PDF, a broken one and one over the limit are refused with
// clear messages and leave no stored file; a repeat of a send is one message.
import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { postDocument } from "@/lib/documents/post-document";
import { MAX_DOCUMENT_BYTES } from "@/lib/limits";
import { listMessages } from "@/lib/messages/list-messages";
import { readPhoto } from "@/lib/photos/read-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import type { PhotoStorage } from "@/lib/storage/photo-storage";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId } from "../support/design-factories";
import { smallJpeg } from "../support/photo-files";
import { textPdf } from "../support/pdf-files";
import { rejection } from "../support/rejection";

const fixture = (name: string) => readFileSync(`tests/fixtures/documents/${name}`);

/** The real storage, counting what is written through it. */
function countingStorage(): PhotoStorage & { puts: string[] } {
  const real = getPhotoStorage();
  const puts: string[] = [];
  return { puts, put: (key, bytes) => (puts.push(key), real.put(key, bytes)), get: (key) => real.get(key), has: (key) => real.has(key) };
}

describe("documents in chat", () => {
  it("a supplier sends a PDF price list; the buyer sees its card and opens it; nobody else can", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const bytes = textPdf("Diwali price list", 3);
    const storage = countingStorage();
    const sent = await postDocument(owner, { conversationId: conversation.id, clientId: newClientId(), name: "Diwali price list.pdf", bytes }, storage);

    const page = await listMessages(buyer, { conversationId: conversation.id });
    const message = page.messages.find((m) => m.id === sent.id)!;
    expect(message).toMatchObject({ kind: "TEXT", body: null, photos: [], document: { name: "Diwali price list.pdf", pages: 3, bytes: bytes.length } });
    expect(message.document!.fileKey).toMatch(/^[a-f0-9]{64}\.pdf$/);
    expect(storage.puts).toContain(message.document!.fileKey);
    const row = await getDb().conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { lastMessagePreview: true } });
    expect(row.lastMessagePreview).toBe("📄 Diwali price list.pdf");

    // The buyer opens the very bytes that were sent, under the document's name.
    const file = await readPhoto(buyer, message.document!.fileKey, getPhotoStorage());
    expect(file).toMatchObject({ contentType: "application/pdf", fileName: "Diwali price list.pdf" });
    expect(file.bytes.equals(bytes)).toBe(true);
    // The first page, rendered: a real image with the title's dark text on white.
    const thumb = message.document!.thumb!;
    expect(thumb).toMatchObject({ key: expect.stringMatching(/\.webp$/), width: expect.any(Number) });
    const image = await readPhoto(buyer, thumb.key, getPhotoStorage());
    const stats = await sharp(image.bytes).stats();
    expect(stats.channels[0]!.min).toBeLessThan(100);
    expect(stats.channels[0]!.max).toBeGreaterThan(200);

    const stranger = await createBuyerConversation(business.id, "Stranger");
    const other = await createSupplier("Other Textiles");
    for (const outsider of [stranger.buyer, other.owner]) {
      expect(await rejection(readPhoto(outsider, message.document!.fileKey, getPhotoStorage()))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(readPhoto(outsider, thumb.key, getPhotoStorage()))).toMatchObject({ code: "NOT_FOUND" });
      expect(await rejection(postDocument(outsider, { conversationId: conversation.id, clientId: newClientId(), name: "x.pdf", bytes }))).toMatchObject({ code: "NOT_FOUND" });
    }
    // A deleted message's document is gone for the buyer too.
    await getDb().message.update({ where: { id: sent.id }, data: { deletedAt: new Date() } });
    expect(await rejection(readPhoto(buyer, message.document!.fileKey, getPhotoStorage()))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("a buyer can send a document too, and a repeat of one send is one message", async () => {
    const { business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const clientId = newClientId();
    const input = { conversationId: conversation.id, clientId, name: "../../GST certificate", bytes: textPdf("GST", 1) };
    const [a, b] = await Promise.all([postDocument(buyer, input), postDocument(buyer, { ...input, bytes: textPdf("GST", 1) })]);
    expect(a.id).toBe(b.id);
    expect(await getDb().document.count({ where: { message: { conversationId: conversation.id } } })).toBe(1);
    expect((await getDb().document.findFirstOrThrow({ where: { messageId: a.id } })).name).toBe("GST certificate.pdf");
  });

  it("refuses a renamed photo, an encrypted PDF, a broken one and one over 20 MB, storing nothing", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const storage = countingStorage();
    const send = (bytes: Buffer, name = "price list.pdf") => postDocument(owner, { conversationId: conversation.id, clientId: newClientId(), name, bytes }, storage);
    const before = await getDb().message.count({ where: { conversationId: conversation.id } });

    expect(await rejection(send(await smallJpeg(7, 200, 200), "photo.pdf"))).toMatchObject({ code: "INVALID", message: expect.stringMatching(/not a PDF/) });
    expect(await rejection(send(fixture("encrypted-user-password.pdf")))).toMatchObject({ code: "INVALID", message: expect.stringMatching(/password/) });
    expect(await rejection(send(textPdf("Broken", 2).subarray(0, 300)))).toMatchObject({ code: "INVALID", message: expect.stringMatching(/could not be read/) });
    const huge = Buffer.concat([textPdf("Big", 1), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    expect(await rejection(send(huge))).toMatchObject({ code: "TOO_LARGE", message: expect.stringMatching(/20 MB/) });
    // A body that streams past the limit is cut off while it arrives.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 21; i++) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    expect(await rejection(postDocument(owner, { conversationId: conversation.id, clientId: newClientId(), bytes: stream }, storage))).toMatchObject({ code: "TOO_LARGE" });

    expect(storage.puts).toEqual([]);
    expect(await getDb().message.count({ where: { conversationId: conversation.id } })).toBe(before);
    expect(await getDb().document.count({ where: { message: { conversationId: conversation.id } } })).toBe(0);
  });
});
