// `npm run photos:add-sizes`: gives photos stored before the 800 px size existed that size, so a
// 2.75x or 3x phone's catalog tile stops downloading their 1280 px size (lib/photos/process-photo.ts).
// New uploads get it by themselves (lib/photos/upload-photo.ts). Made from the stored screen-size
// WebP; safe to run again and while the app runs: a photo that has the size is skipped, and a
// size recorded meanwhile by someone else is left as it is.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getDb } from "@/lib/db";
import { LARGE_SIDE, largeVariantFromScreen, variantRow } from "@/lib/photos/process-photo";
import { isUniqueViolation } from "@/lib/prisma-errors";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";
import type { PhotoStorage } from "@/lib/storage/photo-storage";

const BATCH = 50;

export async function addPhotoSizes(storage: PhotoStorage = getPhotoStorage(), onProgress?: (done: number) => void): Promise<{ added: number; missing: number }> {
  const db = getDb();
  let added = 0;
  let missing = 0;
  let after = "";
  for (;;) {
    // Bigger than the large size on the long side, with a screen WebP and no large size yet.
    const photos = await db.designPhoto.findMany({
      where: {
        id: { gt: after },
        OR: [{ width: { gt: LARGE_SIDE } }, { height: { gt: LARGE_SIDE } }],
        variants: { none: { kind: "LARGE" } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, variants: { where: { kind: "SCREEN", format: "webp" }, select: { storageKey: true } } },
    });
    if (!photos.length) return { added, missing };
    for (const photo of photos) {
      const key = photo.variants[0]?.storageKey;
      const screen = key ? await storage.get(key) : null;
      const large = screen ? await largeVariantFromScreen(screen) : null;
      if (!large) {
        missing++; // no stored screen size to make it from: it keeps being served without it
        continue;
      }
      await storage.put(large.key, large.data);
      try {
        await db.photoVariant.create({ data: { photoId: photo.id, ...variantRow(large) } });
        added++;
      } catch (error) {
        // Recorded meanwhile (an upload's own later work): that one stays.
        if (!isUniqueViolation(error)) throw error;
      }
      onProgress?.(added);
    }
    after = photos.at(-1)!.id;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  console.log("Adding the 800 px size to photos stored before it existed...");
  const { added, missing } = await addPhotoSizes(getPhotoStorage(), (done) => done % 200 === 0 && console.log(`  ${done} photos...`));
  console.log(`Done: ${added} photos got it${missing ? `; ${missing} have no stored screen size to make it from` : ""}.`);
  process.exit(0);
}
