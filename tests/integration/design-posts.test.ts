import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { postDesigns } from "@/lib/designs/post-designs";
import { listMessages } from "@/lib/messages/list-messages";
import { readPhoto } from "@/lib/photos/read-photo";
import { uploadPhoto } from "@/lib/photos/upload-photo";
import { subscribe } from "@/lib/realtime/event-bus";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId, uploadTestPhoto } from "../support/design-factories";
import { cameraJpegWithGps, metadataOf, transparentPng, webpPhoto } from "../support/photo-files";
import { rejection } from "../support/rejection";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-posts-"));
process.env.DATA_DIR = dataDir;
resetEnvForTests();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** What a denied or refused post must leave untouched. */
async function postCounts(businessId: string) {
  const db = getDb();
  const [designs, messages, attached, nextDesignNumber] = await Promise.all([
    db.design.count({ where: { businessId } }),
    db.message.count({ where: { conversation: { businessId } } }),
    db.designPhoto.count({ where: { businessId, designId: { not: null } } }),
    db.business.findUniqueOrThrow({ where: { id: businessId }, select: { nextDesignNumber: true } }).then((b) => b.nextDesignNumber),
  ]);
  return { designs, messages, attached, nextDesignNumber };
}

describe("posting designs into a conversation", () => {
  it("turns uploaded JPEG, PNG and WebP photos into an album both sides see, in real time", async () => {
    const { owner, business } = await createSupplier();
    const staff = await addStaff(business.id);
    const { buyer, conversation } = await createBuyerConversation(business.id);
    const jpeg = await uploadPhoto(staff, { businessId: business.id, bytes: await cameraJpegWithGps() });
    const png = await uploadPhoto(staff, { businessId: business.id, bytes: await transparentPng() });
    const webp = await uploadPhoto(owner, { businessId: business.id, bytes: await webpPhoto() });
    // Before the post, the buyer cannot fetch the photo bytes.
    await expect(readPhoto(buyer, jpeg.thumbJpeg!, getPhotoStorage())).rejects.toMatchObject({ code: "NOT_FOUND" });

    const events: number[] = [];
    const unsubscribe = subscribe(buyer.id, ({ event }) => {
      if (event.type === "message.posted" && event.conversationId === conversation.id) events.push(event.seq);
    });
    const posted = await postDesigns(staff, {
      conversationId: conversation.id,
      clientId: newClientId(),
      caption: "  New festive collection 🪔  ",
      designs: [
        { photoIds: [jpeg.photoId, png.photoId] },
        { photoIds: [webp.photoId], title: "Mustard anarkali", pricePerPiecePaise: 45_000, setComposition: [{ size: "M", ratio: 2 }, { size: "L", ratio: 2 }, { size: "XL", ratio: 1 }], colours: [" Mustard ", "Maroon"], minimumSets: 3 },
      ],
    });
    unsubscribe();
    expect(posted.designs.map((d) => d.code)).toEqual(["D-0001", "D-0002"]);
    expect(events).toEqual([posted.seq]);

    const db = getDb();
    const message = await db.message.findUniqueOrThrow({ where: { id: posted.id }, include: { designs: { orderBy: { position: "asc" } } } });
    expect(message).toMatchObject({ kind: "DESIGN_POST", body: "New festive collection 🪔", authorId: staff.id, conversationId: conversation.id });
    expect(message.designs.map((d) => d.designId)).toEqual(posted.designs.map((d) => d.id));
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastMessagePreview).toBe("📷 2 designs");

    const [first, second] = await Promise.all(posted.designs.map((d) => db.design.findUniqueOrThrow({ where: { id: d.id }, include: { photos: { orderBy: { position: "asc" } } } })));
    expect(first).toMatchObject({ title: "Design D-0001", pricePerPiecePaise: 0, setComposition: [], colours: [], minimumSets: 1, soldLoose: false, createdById: staff.id, searchText: "d-0001 design d-0001" });
    expect(first!.photos.map((p) => [p.id, p.position])).toEqual([[jpeg.photoId, 0], [png.photoId, 1]]);
    expect(second).toMatchObject({ title: "Mustard anarkali", pricePerPiecePaise: 45_000, colours: ["Mustard", "Maroon"], minimumSets: 3, searchText: "d-0002 mustard anarkali mustard maroon" });
    expect(second!.setComposition).toEqual([{ size: "M", ratio: 2 }, { size: "L", ratio: 2 }, { size: "XL", ratio: 1 }]);
    expect((await db.business.findUniqueOrThrow({ where: { id: business.id } })).nextDesignNumber).toBe(3);

    // The buyer's chat shows the album with thumbnails, and the photo route now serves them.
    const [album] = (await listMessages(buyer, { conversationId: conversation.id })).messages.filter((m) => m.id === posted.id);
    expect(album?.designs.map((d) => d.code)).toEqual(["D-0001", "D-0002"]);
    expect(album?.designs[0]?.photo?.thumbWebp).toBe(jpeg.thumbWebp);
    const bytes = await readPhoto(buyer, jpeg.thumbJpeg!, getPhotoStorage());
    expect(await metadataOf(bytes.bytes)).toMatchObject({ format: "jpeg", hasExif: false, hasGps: false });
  });

  it("stores one post when the same client id arrives again or three times at once", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const photos = [await uploadTestPhoto(owner, business.id), await uploadTestPhoto(owner, business.id)];
    const input = { conversationId: conversation.id, clientId: newClientId(), designs: photos.map((p) => ({ photoIds: [p.photoId] })) };
    const copies = await Promise.all([1, 2, 3].map(() => postDesigns(owner, input)));
    const again = await postDesigns(owner, input);
    expect(new Set([...copies, again].map((c) => c.id)).size).toBe(1);
    expect(again.designs).toEqual(copies[0]!.designs);
    expect(await postCounts(business.id)).toEqual({ designs: 2, messages: 1, attached: 2, nextDesignNumber: 3 });
  });

  it("hands out distinct codes to posts made at the same moment by different members", async () => {
    const { owner, business } = await createSupplier();
    const staff = await addStaff(business.id);
    const { conversation } = await createBuyerConversation(business.id);
    const inputs = [];
    for (const actor of [owner, staff, owner]) {
      const photos = [await uploadTestPhoto(actor, business.id), await uploadTestPhoto(actor, business.id)];
      inputs.push({ actor, input: { conversationId: conversation.id, clientId: newClientId(), designs: photos.map((p) => ({ photoIds: [p.photoId] })) } });
    }
    const posts = await Promise.all(inputs.map(({ actor, input }) => postDesigns(actor, input)));
    const codes = posts.flatMap((post) => post.designs.map((d) => d.code)).sort();
    expect(codes).toEqual(["D-0001", "D-0002", "D-0003", "D-0004", "D-0005", "D-0006"]);
    expect(posts.map((post) => post.seq).sort()).toEqual([1, 2, 3]);
    expect(await postCounts(business.id)).toEqual({ designs: 6, messages: 3, attached: 6, nextDesignNumber: 7 });
  });

  it("gives the next free code, skipping codes typed by hand, and refuses a code already used", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const photo = () => uploadTestPhoto(owner, business.id).then((p) => p.photoId);
    const typed = await postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs: [{ photoIds: [await photo()], code: "d-0002", title: "" }, { photoIds: [await photo()] }] });
    // The typed code is uppercased; the counter skips it.
    expect(typed.designs.map((d) => d.code)).toEqual(["D-0002", "D-0001"]);
    const next = await postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs: [{ photoIds: [await photo()] }] });
    expect(next.designs.map((d) => d.code)).toEqual(["D-0003"]);
    expect((await getDb().conversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastMessagePreview).toBe("📷 D-0003");

    const before = await postCounts(business.id);
    const spare = await photo();
    const taken = await rejection(postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs: [{ photoIds: [spare], code: "D-0003" }] }));
    expect(taken.code).toBe("CONFLICT");
    expect(taken.message).toMatch(/D-0003 is already used/);
    const twice = await rejection(postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs: [{ photoIds: [spare], code: "X-1" }, { photoIds: [await photo()], code: "x-1" }] }));
    expect(twice.message).toMatch(/same code/);
    expect(await postCounts(business.id)).toEqual(before);
  });

  it("refuses posts that break the rules, with clear messages and nothing written", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const photoId = (await uploadTestPhoto(owner, business.id)).photoId;
    const post = (designs: unknown, extra: Record<string, unknown> = {}) => postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs, ...extra });
    const before = await postCounts(business.id);
    const cases: Array<[Promise<unknown>, RegExp]> = [
      [post([]), /at least one photo/],
      [post([{ photoIds: [] }]), /at least one photo/],
      [post([{ photoIds: Array.from({ length: 11 }, (_, i) => `p${i}`) }]), /up to 10 photos/],
      [post(Array.from({ length: 31 }, (_, i) => ({ photoIds: [`p${i}`] }))), /up to 30 designs/],
      [post([{ photoIds: [photoId] }, { photoIds: [photoId] }]), /only one design/],
      [post([{ photoIds: [photoId], pricePerPiecePaise: -1 }]), /cannot be negative/],
      [post([{ photoIds: [photoId], pricePerPiecePaise: 12.5 }]), /whole paise/],
      [post([{ photoIds: [photoId], setComposition: [{ size: "M", ratio: 1 }, { size: "m", ratio: 2 }] }]), /only once in a set/],
      [post([{ photoIds: [photoId], setComposition: [{ size: "M", ratio: 100 }] }]), /Up to 99/],
      [post([{ photoIds: [photoId], colours: ["Red", " red "] }]), /only once/],
      [post([{ photoIds: [photoId], minimumSets: 0 }]), /at least 1 set/],
      [post([{ photoIds: [photoId], code: "D 01!" }]), /letters, digits and dashes/],
      [post([{ photoIds: [photoId] }], { caption: "x".repeat(4001) }), /up to 4,000/],
      [post([{ photoIds: [photoId] }], { clientId: "no" }), /post id/],
    ];
    for (const [attempt, message] of cases) {
      const error = await rejection(attempt);
      expect(error.code).toBe("INVALID");
      expect(error.message).toMatch(message);
    }
    expect(await postCounts(business.id)).toEqual(before);
  });

  it("lets only members post, only their own business's unposted photos, only into their own conversations", async () => {
    const a = await createSupplier();
    const b = await createSupplier();
    const meena = await createBuyerConversation(a.business.id);
    const bBuyer = await createBuyerConversation(b.business.id);
    const aPhoto = await uploadTestPhoto(a.owner, a.business.id);
    const bPhoto = await uploadTestPhoto(b.owner, b.business.id);
    const beforeA = await postCounts(a.business.id);
    const beforeB = await postCounts(b.business.id);

    const missing = await rejection(postDesigns(a.owner, { conversationId: "missing", clientId: newClientId(), designs: [{ photoIds: [aPhoto.photoId] }] }));
    // A buyer cannot post designs, not even into their own conversation.
    const byBuyer = await rejection(postDesigns(meena.buyer, { conversationId: meena.conversation.id, clientId: newClientId(), designs: [{ photoIds: [aPhoto.photoId] }] }));
    expect(byBuyer.message).toBe(missing.message);
    // Business B cannot post into A's conversation, even with its own photo.
    const intoOther = await rejection(postDesigns(b.owner, { conversationId: meena.conversation.id, clientId: newClientId(), designs: [{ photoIds: [bPhoto.photoId] }] }));
    expect(intoOther.message).toBe(missing.message);
    // Nor attach A's photo to a post in its own conversation.
    const foreignPhoto = await rejection(postDesigns(b.owner, { conversationId: bBuyer.conversation.id, clientId: newClientId(), designs: [{ photoIds: [aPhoto.photoId] }] }));
    expect(foreignPhoto.code).toBe("NOT_FOUND");
    expect(foreignPhoto.message).toMatch(/photos was not found/);
    expect(await postCounts(a.business.id)).toEqual(beforeA);
    expect(await postCounts(b.business.id)).toEqual(beforeB);
    expect(await getDb().designPhoto.findUniqueOrThrow({ where: { id: aPhoto.photoId } })).toMatchObject({ designId: null });

    // A photo already in a design cannot be posted again as another design.
    await postDesigns(a.owner, { conversationId: meena.conversation.id, clientId: newClientId(), designs: [{ photoIds: [aPhoto.photoId] }] });
    const fresh = await uploadTestPhoto(a.owner, a.business.id);
    const reused = await rejection(postDesigns(a.owner, { conversationId: meena.conversation.id, clientId: newClientId(), designs: [{ photoIds: [fresh.photoId, aPhoto.photoId] }] }));
    expect(reused.code).toBe("CONFLICT");
    expect(reused.message).toMatch(/already in a posted design/);
    expect(await getDb().designPhoto.findUniqueOrThrow({ where: { id: fresh.photoId } })).toMatchObject({ designId: null });
  });
});
