// One photo from a member's phone: checked, processed, stored, and recorded as a photo that no
// design holds yet (posting designs attaches it). The phone sends each photo on its own request
// so each has a progress bar and its own retry; a retry of the same photo must not leave a
// second row behind, so an unattached photo with the same content from the same person is
// returned instead of stored again.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { DEFAULT_MAX_PHOTO_BYTES, processPhoto, storeProcessedPhoto, variantRow, type ProcessedPhoto } from "@/lib/photos/process-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import type { PhotoStorage } from "@/lib/storage/photo-storage";
import { isByteStream, readWithinLimit } from "@/lib/read-body";
import { parseInput } from "@/lib/validation";

type PhotoBytes = Buffer | ReadableStream<Uint8Array>;

export const uploadPhotoSchema = z.object({
  businessId: z.string("Say which business the photo is for.").min(1, "Say which business the photo is for.").max(64),
  /** The phone's name for this upload, echoed back so it can match the answer to its tile. */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "The photo id from the app is not valid.").optional(),
  /** A request body stream is read here, so the size limit holds before the whole body is in memory. */
  bytes: z.custom<PhotoBytes>((value) => Buffer.isBuffer(value) || isByteStream(value), "Send the photo itself."),
});


export interface UploadedPhoto {
  photoId: string;
  clientId: string | null;
  width: number;
  height: number;
  placeholder: string;
  thumbWebp: string | null;
  thumbJpeg: string | null;
}

const photoSelect = {
  id: true,
  width: true,
  height: true,
  placeholder: true,
  variants: { where: { kind: "THUMB" }, select: { format: true, storageKey: true } },
} as const;

/** Runs work the answer does not wait for; by default at once, beside the answer. Tests pass their
 * own to wait for it. */
export type AfterAnswer = (work: () => Promise<void>) => void;

const running = new Set<Promise<void>>();

const inBackground: AfterAnswer = (work) => {
  const done = work()
    .catch((error: unknown) => console.error("A photo's later sizes were not made (a 3x screen takes the 1280 px size):", error))
    .finally(() => running.delete(done));
  running.add(done);
};

/** Resolves once every upload's later work so far has finished (tests wait for it before their
 * database goes). A server stopping mid-way loses only that size: the photo is served without it. */
export async function photoSizesSettled(): Promise<void> {
  while (running.size) await Promise.all(running);
}

export async function uploadPhoto(actor: Actor, input: unknown, storage: PhotoStorage = getPhotoStorage(), afterAnswer: AfterAnswer = inBackground): Promise<UploadedPhoto> {
  const data = parseInput(uploadPhotoSchema, input);
  const db = getDb();
  // Membership before a single byte is read: an outsider's body is never even buffered.
  const business = await db.business.findFirst({ where: { id: data.businessId, ...businessOfMember(actor.id) }, select: { id: true } });
  if (!business) throw notFound("That business");

  const bytes = Buffer.isBuffer(data.bytes) ? data.bytes : await readWithinLimit(data.bytes, DEFAULT_MAX_PHOTO_BYTES, () => photoTooLarge(DEFAULT_MAX_PHOTO_BYTES));
  // Everything that can refuse the file runs before anything is stored.
  const processed = await processPhoto(bytes, { maxBytes: DEFAULT_MAX_PHOTO_BYTES, deferLarge: true });
  // Files before rows: a row never points at missing bytes. A crash in between leaves only
  // content-addressed files that the next upload of the same photo reuses.
  await storeProcessedPhoto(processed, storage);

  const photo = await db.$transaction(async (tx) => {
    // Touching the business row takes its row lock, so two copies of one upload (a retry racing
    // the original) run one after the other and the second finds the first's row. No unique
    // index can say "one unattached copy per person and content", so the lock does.
    await tx.business.update({ where: { id: business.id }, data: { updatedAt: new Date() }, select: { id: true } });
    const existing = await tx.designPhoto.findFirst({
      // Only a photo nothing holds yet: one a quick reply or a message holds stays theirs.
      where: { businessId: business.id, uploadedById: actor.id, contentHash: processed.contentHash, designId: null, quickReplies: { none: {} }, messages: { none: {} } },
      orderBy: { createdAt: "asc" },
      select: photoSelect,
    });
    if (existing) return { ...existing, created: false };
    const created = await tx.designPhoto.create({
      data: {
        businessId: business.id,
        uploadedById: actor.id,
        width: processed.width,
        height: processed.height,
        placeholder: processed.placeholder,
        contentHash: processed.contentHash,
        variants: { create: processed.variants.map(variantRow) },
      },
      select: photoSelect,
    });
    return { ...created, created: true };
  });
  // The retry of an upload found the first one's photo, which made (or is making) these itself.
  if (photo.created) afterAnswer(() => addDeferredSizes(photo.id, processed, storage));

  const thumb = (format: string) => photo.variants.find((v) => v.format === format)?.storageKey ?? null;
  return {
    photoId: photo.id,
    clientId: data.clientId ?? null,
    width: photo.width,
    height: photo.height,
    placeholder: photo.placeholder,
    thumbWebp: thumb("webp"),
    thumbJpeg: thumb("jpeg"),
  };
}

/** The sizes processPhoto left for later (the 800 px one), stored and recorded for the photo.
 * Until they are (or if this fails), the photo is served as one stored before they existed. */
async function addDeferredSizes(photoId: string, processed: ProcessedPhoto, storage: PhotoStorage): Promise<void> {
  const variants = await processed.makeDeferred();
  if (!variants.length) return;
  await Promise.all(variants.map((variant) => storage.put(variant.key, variant.data)));
  await getDb().photoVariant.createMany({ data: variants.map((variant) => ({ photoId, ...variantRow(variant) })) });
}

export function photoTooLarge(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", `This photo is too large. The limit is ${Math.floor(maxBytes / (1024 * 1024))} MB.`, { key: "photoTooLarge", values: { limit: Math.floor(maxBytes / (1024 * 1024)) } });
}
