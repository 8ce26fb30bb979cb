import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { postDesigns } from "@/lib/designs/post-designs";
import { DEFAULT_MAX_PHOTO_BYTES } from "@/lib/photos/process-photo";
import { photoSizesSettled, uploadPhoto } from "@/lib/photos/upload-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import { addStaff, createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId } from "../support/design-factories";
import {
  MARKER_RGB,
  cameraJpegWithGps,
  colourAt,
  jpegDeclaring,
  metadataOf,
  pngDeclaring,
  svgImage,
  textFileNamedJpg,
  transparentPng,
  truncatedJpeg,
  webpPhoto,
} from "../support/photo-files";
import { rejection } from "../support/rejection";

// Stored files go to a directory of this test file's own, so "nothing stored" can be checked.
const dataDir = mkdtempSync(path.join(os.tmpdir(), "chatalog-upload-"));
process.env.DATA_DIR = dataDir;
resetEnvForTests();
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
// An upload's 800 px size is stored after it answers: it must not land in the next test's checks.
afterEach(() => photoSizesSettled());

function storedFiles(): string[] {
  const root = path.join(dataDir, "photos");
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();
  } catch {
    return [];
  }
}

async function stored(key: string | null): Promise<Buffer> {
  expect(key).toMatch(/^[a-f0-9]{64}\.(webp|jpg)$/);
  const bytes = await getPhotoStorage().get(key!);
  expect(bytes).not.toBeNull();
  return bytes!;
}

describe("uploading a photo", () => {
  it("stores a camera JPEG upright, without EXIF or GPS, as an unattached photo with five variants", async () => {
    const { owner, business } = await createSupplier();
    const original = await cameraJpegWithGps();
    // The input really carries what must be removed, so the checks below can fail.
    const before = await metadataOf(original);
    expect(before).toMatchObject({ width: 4000, height: 3000, orientation: 6, hasGps: true });

    const clientId = newClientId();
    // The 800 px size is made after the answer: the upload hands that work over instead of waiting for it.
    const later: (() => Promise<void>)[] = [];
    const photo = await uploadPhoto(owner, { businessId: business.id, bytes: original, clientId }, getPhotoStorage(), (work) => later.push(work));
    expect(photo.clientId).toBe(clientId);
    expect(later).toHaveLength(1);
    const answered = await getDb().photoVariant.findMany({ where: { photoId: photo.photoId }, select: { kind: true } });
    expect(answered.map((v) => v.kind).sort()).toEqual(["MEDIUM", "SCREEN", "SCREEN", "THUMB", "THUMB"]);
    await later[0]!();
    expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(photo.height).toBeGreaterThan(photo.width); // portrait once turned upright

    const row = await getDb().designPhoto.findUniqueOrThrow({ where: { id: photo.photoId }, include: { variants: true } });
    expect(row).toMatchObject({ businessId: business.id, designId: null, uploadedById: owner.id });
    expect(row.variants.map((v) => `${v.kind}/${v.format}`).sort()).toEqual(["LARGE/webp", "MEDIUM/webp", "SCREEN/jpeg", "SCREEN/webp", "THUMB/jpeg", "THUMB/webp"]);
    // 320, 500, 800 and 1280 px on the long side: a 2x phone's grid tile takes the 500, a 3x one's the 800.
    expect(Object.fromEntries(row.variants.map((v) => [v.kind, Math.max(v.width, v.height)]))).toEqual({ THUMB: 320, MEDIUM: 500, LARGE: 800, SCREEN: 1280 });
    expect(storedFiles()).toEqual(row.variants.map((v) => v.storageKey).sort());

    for (const variant of row.variants) {
      const bytes = await stored(variant.storageKey);
      expect(bytes.length).toBe(variant.bytes);
      const after = await metadataOf(bytes);
      expect(after).toMatchObject({ format: variant.format, width: variant.width, height: variant.height, hasExif: false, hasGps: false, hasXmp: false, hasIptc: false });
      expect(after.orientation ?? 1).toBe(1);
      expect(variant.height).toBeGreaterThan(variant.width);
      // The red block stored at the top-left shows at the top-right of the upright picture.
      const [r, g, b] = await colourAt(bytes, 0.93, 0.05);
      expect(r).toBeGreaterThan(MARKER_RGB[0] - 40);
      expect(g + b).toBeLessThan(120);
      // and nowhere else along the top or at the bottom-right (a turn the wrong way puts it there).
      for (const [fx, fy] of [[0.5, 0.05], [0.93, 0.95]] as const) {
        const [red, , blue] = await colourAt(bytes, fx, fy);
        expect(blue).toBeGreaterThan(120);
        expect(red).toBeLessThan(100);
      }
    }
    // The upload's thumbnail keys are the stored THUMB variants.
    expect([photo.thumbWebp, photo.thumbJpeg].sort()).toEqual(row.variants.filter((v) => v.kind === "THUMB").map((v) => v.storageKey).sort());
  });

  it("accepts PNG and WebP photos, judged by content", async () => {
    const { business } = await createSupplier();
    const staff = await addStaff(business.id);
    for (const bytes of [await transparentPng(), await webpPhoto()]) {
      const photo = await uploadPhoto(staff, { businessId: business.id, bytes });
      const thumb = await metadataOf(await stored(photo.thumbJpeg));
      expect(thumb).toMatchObject({ format: "jpeg", hasExif: false });
      expect(await metadataOf(await stored(photo.thumbWebp))).toMatchObject({ format: "webp" });
    }
    // The PNG's transparent corner became the white product backdrop.
    const png = await getDb().designPhoto.findFirstOrThrow({ where: { businessId: business.id }, orderBy: { createdAt: "asc" }, include: { variants: true } });
    const screen = png.variants.find((v) => v.kind === "SCREEN" && v.format === "jpeg")!;
    expect((await colourAt(await stored(screen.storageKey), 0.02, 0.02)).every((channel) => channel > 240)).toBe(true);
    expect(await getDb().designPhoto.count({ where: { businessId: business.id } })).toBe(2);
  });

  it("returns the same photo for a repeated or concurrent upload of the same file, and a new one after it was posted", async () => {
    const { owner, business } = await createSupplier();
    const { conversation } = await createBuyerConversation(business.id);
    const bytes = await webpPhoto(600, 800, { r: 10, g: 200, b: 90 });
    const copies = await Promise.all([1, 2, 3].map(() => uploadPhoto(owner, { businessId: business.id, bytes })));
    const first = await uploadPhoto(owner, { businessId: business.id, bytes });
    expect(new Set([...copies, first].map((p) => p.photoId))).toEqual(new Set([first.photoId]));
    expect(await getDb().designPhoto.count({ where: { businessId: business.id } })).toBe(1);

    // Another member's upload of the same picture is that member's own photo.
    const staff = await addStaff(business.id);
    expect((await uploadPhoto(staff, { businessId: business.id, bytes })).photoId).not.toBe(first.photoId);

    await postDesigns(owner, { conversationId: conversation.id, clientId: newClientId(), designs: [{ photoIds: [first.photoId] }] });
    const again = await uploadPhoto(owner, { businessId: business.id, bytes });
    expect(again.photoId).not.toBe(first.photoId);
    expect(await getDb().designPhoto.count({ where: { businessId: business.id } })).toBe(3);
  });

  it("refuses bad files with a clear message and stores nothing", async () => {
    const { owner, business } = await createSupplier();
    const filesBefore = storedFiles();
    const oversized = Buffer.concat([await jpegDeclaring(16, 16), Buffer.alloc(DEFAULT_MAX_PHOTO_BYTES)]);
    const cases: Array<[string, Buffer, string, RegExp]> = [
      ["text file renamed .jpg", textFileNamedJpg(), "INVALID", /not a photo/i],
      ["truncated JPEG", await truncatedJpeg(), "INVALID", /damaged or incomplete/i],
      ["0-byte file", Buffer.alloc(0), "INVALID", /empty/i],
      ["30,000 × 30,000 PNG", pngDeclaring(30_000, 30_000), "TOO_LARGE", /30000 × 30000 pixels|too many pixels/i],
      ["30,000 × 30,000 JPEG", await jpegDeclaring(30_000, 30_000), "TOO_LARGE", /30000 × 30000 pixels|too many pixels/i],
      ["file over the size limit", oversized, "TOO_LARGE", /too large.*limit is 15 MB/i],
      ["SVG", svgImage(), "INVALID", /not a photo/i],
    ];
    for (const [name, bytes, code, message] of cases) {
      const error = await rejection(uploadPhoto(owner, { businessId: business.id, bytes }));
      expect({ name, code: error.code }).toEqual({ name, code });
      expect(error.message, name).toMatch(message);
    }
    expect(await getDb().designPhoto.count({ where: { businessId: business.id } })).toBe(0);
    expect(await getDb().photoVariant.count({ where: { photo: { businessId: business.id } } })).toBe(0);
    expect(storedFiles()).toEqual(filesBefore);
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const { owner, business } = await createSupplier();
    const chunk = new Uint8Array(1024 * 1024).fill(0xff);
    let pulled = 0;
    let cancelled = false;
    // An endless body: only a reader that stops at the limit can finish this test.
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    }, { highWaterMark: 0 });
    const error = await rejection(uploadPhoto(owner, { businessId: business.id, bytes: endless }));
    expect(error.code).toBe("TOO_LARGE");
    expect(error.message).toMatch(/limit is 15 MB/);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(DEFAULT_MAX_PHOTO_BYTES + 2 * chunk.byteLength);
    expect(await getDb().designPhoto.count({ where: { businessId: business.id } })).toBe(0);

    // A streamed body within the limit is read whole and processed like a buffer.
    const bytes = await webpPhoto(400, 400);
    const small = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes.subarray(0, 100)));
        controller.enqueue(new Uint8Array(bytes.subarray(100)));
        controller.close();
      },
    });
    const photo = await uploadPhoto(owner, { businessId: business.id, bytes: small });
    expect(photo.width).toBe(400);
  });

  it("lets only members of the business upload, and reads nothing from anyone else", async () => {
    const a = await createSupplier();
    const b = await createSupplier();
    const { buyer } = await createBuyerConversation(a.business.id);
    const filesBefore = storedFiles();
    const missing = await rejection(uploadPhoto(a.owner, { businessId: "no-such-business", bytes: await webpPhoto(300, 300) }));
    for (const outsider of [buyer, b.owner]) {
      let pulled = false;
      const body = new ReadableStream<Uint8Array>({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
      const error = await rejection(uploadPhoto(outsider, { businessId: a.business.id, bytes: body }));
      expect(error.code).toBe("NOT_FOUND");
      expect(error.message).toBe(missing.message);
      expect(pulled).toBe(false);
      const withBytes = await rejection(uploadPhoto(outsider, { businessId: a.business.id, bytes: await webpPhoto(300, 300, { r: 1, g: 2, b: 3 }) }));
      expect(withBytes.code).toBe("NOT_FOUND");
    }
    expect(await getDb().designPhoto.count({ where: { businessId: a.business.id } })).toBe(0);
    expect(storedFiles()).toEqual(filesBefore);
  });
});
