// `npm run photos:add-sizes` (lib/cli/add-photo-sizes.ts): photos stored before the 800 px size
// existed get it from their stored screen size; photos that have it, or are too small for it, are
// left alone, and running it again adds nothing.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { addPhotoSizes } from "@/lib/cli/add-photo-sizes";
import { getDb } from "@/lib/db";
import { uploadPhoto } from "@/lib/photos/upload-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { createSupplier } from "../support/factories";
import { cameraJpegWithGps, webpPhoto } from "../support/photo-files";

const kindsOf = async (photoId: string) => (await getDb().photoVariant.findMany({ where: { photoId }, select: { kind: true } })).map((v) => v.kind).sort();

describe("adding the 800 px size to older photos", () => {
  it("makes it from the stored screen size, once, and skips photos too small for it", async () => {
    const { owner, business } = await createSupplier();
    // An upload whose later work never ran is a photo as stored before the size existed.
    const older = await uploadPhoto(owner, { businessId: business.id, bytes: await cameraJpegWithGps() }, getPhotoStorage(), () => {});
    const small = await uploadPhoto(owner, { businessId: business.id, bytes: await webpPhoto(600, 450) }, getPhotoStorage(), () => {});
    expect(await kindsOf(older.photoId)).toEqual(["MEDIUM", "SCREEN", "SCREEN", "THUMB", "THUMB"]);

    expect(await addPhotoSizes()).toEqual({ added: 1, missing: 0 });
    expect(await kindsOf(older.photoId)).toEqual(["LARGE", "MEDIUM", "SCREEN", "SCREEN", "THUMB", "THUMB"]);
    expect(await kindsOf(small.photoId)).not.toContain("LARGE");

    const large = await getDb().photoVariant.findFirstOrThrow({ where: { photoId: older.photoId, kind: "LARGE" } });
    const file = await getPhotoStorage().get(large.storageKey);
    expect(file).not.toBeNull();
    const stored = await sharp(file!).metadata();
    expect([stored.format, stored.width, stored.height]).toEqual(["webp", large.width, large.height]);
    expect(Math.max(large.width, large.height)).toBe(800);
    expect(large.bytes).toBe(file!.length);

    expect(await addPhotoSizes()).toEqual({ added: 0, missing: 0 });
  });
});
