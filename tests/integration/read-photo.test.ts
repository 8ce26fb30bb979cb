import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { renderGarmentPhoto } from "@/lib/demo/garment-photo";
import { processPhoto, storeProcessedPhoto } from "@/lib/photos/process-photo";
import { readPhoto } from "@/lib/photos/read-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { createBuyerConversation, createSupplier } from "../support/factories";

/** A design with one real processed photo, posted into `conversationId`. Returns the thumb key. */
async function postDesignWithPhoto(business: { id: string }, ownerId: string, conversationId: string, seed: number) {
  const processed = await processPhoto(await renderGarmentPhoto({ seed, colour: "#b3202a", accent: "#f4c542", pattern: "dots", width: 600, height: 800 }));
  await storeProcessedPhoto(processed, getPhotoStorage());
  const db = getDb();
  const design = await db.design.create({
    data: {
      businessId: business.id,
      code: `D-${seed}`,
      title: "Test kurti",
      pricePerPiecePaise: 45_000,
      setComposition: [{ size: "M", ratio: 2 }],
      colours: ["Red"],
      createdById: ownerId,
      photos: {
        create: {
          businessId: business.id,
          width: processed.width,
          height: processed.height,
          placeholder: processed.placeholder,
          contentHash: processed.contentHash,
          uploadedById: ownerId,
          variants: { create: processed.variants.map(({ kind, format, key, width, height, bytes }) => ({ kind, format, storageKey: key, width, height, bytes })) },
        },
      },
    },
  });
  const conversation = await db.conversation.update({ where: { id: conversationId }, data: { lastSeq: { increment: 1 } } });
  await db.message.create({
    data: { conversationId, seq: conversation.lastSeq, authorId: ownerId, kind: "DESIGN_POST", clientId: `post-${seed}-${Date.now()}`, designs: { create: { designId: design.id, position: 0 } } },
  });
  return processed.variants.find((v) => v.kind === "THUMB" && v.format === "jpeg")!.key;
}

describe("photo bytes", () => {
  it("serves a design's photo to its business and to the buyer it was posted to, and to nobody else", async () => {
    const a = await createSupplier();
    const b = await createSupplier();
    const meena = await createBuyerConversation(a.business.id);
    const anjali = await createBuyerConversation(a.business.id);
    const stranger = await createBuyerConversation(b.business.id);
    const key = await postDesignWithPhoto(a.business, a.owner.id, meena.conversation.id, 4242);

    for (const actor of [a.owner, meena.buyer]) {
      const photo = await readPhoto(actor, key, getPhotoStorage());
      expect(photo.contentType).toBe("image/jpeg");
      expect((await sharp(photo.bytes).metadata()).format).toBe("jpeg");
    }
    const missing = await readPhoto(a.owner, "0".repeat(64) + ".jpg", getPhotoStorage()).catch((e: unknown) => e);
    for (const actor of [anjali.buyer, stranger.buyer, b.owner]) {
      const denied = await readPhoto(actor, key, getPhotoStorage()).catch((e: unknown) => e);
      expect(denied).toBeInstanceOf(AppError);
      expect((denied as AppError).message).toBe((missing as AppError).message);
    }
    await expect(readPhoto(a.owner, "../../etc/passwd", getPhotoStorage())).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
