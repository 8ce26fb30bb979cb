// Photos sent with a text (issue 15, item 1: a quick reply's payment QR and size chart): kept with
// the quick reply, sent with its text, drawn by both read paths and the live event, served to the
// people of the conversation and to nobody else. A buyer cannot send a business's photos, and a
// photo of one business cannot go out from another.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { listMessages } from "@/lib/messages/list-messages";
import { postMessage } from "@/lib/messages/post-message";
import { readPhoto } from "@/lib/photos/read-photo";
import { listQuickReplies, saveQuickReply } from "@/lib/quick-replies/quick-replies";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { postDesigns } from "@/lib/designs/post-designs";
import { uploadPhoto } from "@/lib/photos/upload-photo";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId, uploadTestPhoto } from "../support/design-factories";
import { smallJpeg } from "../support/photo-files";
import { rejection } from "../support/rejection";

describe("photos in messages", () => {
  it("a quick reply keeps up to 4 photos in order, and its text and photos go out as one message", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const qr = await uploadTestPhoto(owner, business.id);
    const chart = await uploadTestPhoto(owner, business.id);
    const saved = await saveQuickReply(owner, { businessId: business.id, title: "Payment QR", text: "Scan to pay", photoIds: [qr.photoId, chart.photoId] });
    expect(saved.photos.map((p) => p.id)).toEqual([qr.photoId, chart.photoId]);
    expect(saved.photos[0]).toMatchObject({ thumbWebp: qr.thumbWebp, thumbJpeg: qr.thumbJpeg });
    expect((await listQuickReplies(owner, { businessId: business.id }))[0]!.photos).toHaveLength(2);

    // A photo only (no text) is a message too.
    const posted = await postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), body: "Scan to pay", photoIds: saved.photos.map((p) => p.id) });
    const onlyPhoto = await postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), photoIds: [qr.photoId] });

    const page = await listMessages(buyer, { conversationId: conversation.id });
    const message = page.messages.find((m) => m.id === posted.id)!;
    expect(message).toMatchObject({ kind: "TEXT", body: "Scan to pay", document: null });
    expect(message.photos.map((p) => p.id)).toEqual([qr.photoId, chart.photoId]);
    expect(message.photos[0]!.screenJpeg).toMatch(/\.jpg$/);
    expect(page.messages.find((m) => m.id === onlyPhoto.id)).toMatchObject({ body: null, photos: [{ id: qr.photoId }] });
    const row = await getDb().conversation.findUniqueOrThrow({ where: { id: conversation.id }, select: { lastMessagePreview: true } });
    expect(row.lastMessagePreview).toBe("📷 Photo");

    // The buyer may now load the photo; a buyer of another conversation may not.
    const storage = getPhotoStorage();
    expect((await readPhoto(buyer, message.photos[1]!.screenWebp!, storage)).contentType).toBe("image/webp");
    const stranger = await createBuyerConversation(business.id, "Stranger");
    expect(await rejection(readPhoto(stranger.buyer, message.photos[1]!.screenWebp!, storage))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a 5th photo, a photo twice, another business's photo and a buyer sending photos; nothing is written", async () => {
    const { owner, business } = await createSupplier();
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const other = await createSupplier("Other Textiles");
    const theirs = await uploadTestPhoto(other.owner, other.business.id);
    const photos = await Promise.all([1, 2, 3, 4, 5].map(() => uploadTestPhoto(owner, business.id)));
    const ids = photos.map((p) => p.photoId);
    const before = await getDb().message.count({ where: { conversationId: conversation.id } });

    expect(await rejection(postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), body: "x", photoIds: ids }))).toMatchObject({ code: "INVALID", message: expect.stringMatching(/up to 4 photos/) });
    expect(await rejection(postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), photoIds: [ids[0], ids[0]] }))).toMatchObject({ code: "INVALID" });
    expect(await rejection(postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), body: "x", photoIds: [theirs.photoId] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(postMessage(buyer, { conversationId: conversation.id, clientId: newClientId(), body: "x", photoIds: [ids[0]] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(postMessage(owner, { conversationId: conversation.id, clientId: newClientId(), body: "  " }))).toMatchObject({ code: "INVALID", message: "Type a message first." });
    expect(await rejection(saveQuickReply(owner, { businessId: business.id, title: "Five", text: "x", photoIds: ids }))).toMatchObject({ code: "INVALID" });
    expect(await rejection(saveQuickReply(owner, { businessId: business.id, title: "Theirs", text: "x", photoIds: [theirs.photoId] }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().message.count({ where: { conversationId: conversation.id } })).toBe(before);
    expect(await getDb().quickReply.count({ where: { businessId: business.id } })).toBe(0);
  });

  it("a quick reply's photo never becomes a design, and uploading the same picture again makes a new photo", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const bytes = await smallJpeg(4242, 240, 300);
    const first = await uploadPhoto(owner, { businessId: business.id, bytes, clientId: newClientId() });
    await saveQuickReply(owner, { businessId: business.id, title: "Size chart", text: "", photoIds: [first.photoId] });

    const posting = postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs: [{ photoIds: [first.photoId] }] });
    expect(await rejection(posting)).toBeTruthy();
    const again = await uploadPhoto(owner, { businessId: business.id, bytes, clientId: newClientId() });
    expect(again.photoId).not.toBe(first.photoId);
    expect((await getDb().designPhoto.findUniqueOrThrow({ where: { id: first.photoId } })).designId).toBeNull();
  });

  it("a changed quick reply keeps its new photos in the new order", async () => {
    const { owner, business } = await createSupplier();
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => uploadTestPhoto(owner, business.id)));
    const saved = await saveQuickReply(owner, { businessId: business.id, title: "Chart", text: "Sizes", photoIds: [a!.photoId, b!.photoId] });
    const changed = await saveQuickReply(owner, { businessId: business.id, id: saved.id, title: "Chart", text: "Sizes", photoIds: [c!.photoId, a!.photoId] });
    expect(changed.photos.map((p) => p.id)).toEqual([c!.photoId, a!.photoId]);
    // Saving the same again (a double tap) answers with the same reply.
    const repeat = await saveQuickReply(owner, { businessId: business.id, title: "Chart", text: "Sizes", photoIds: [c!.photoId, a!.photoId] });
    expect(repeat.id).toBe(saved.id);
  });
});
