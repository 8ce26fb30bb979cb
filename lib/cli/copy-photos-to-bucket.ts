// `npm run photos:to-bucket`: copies the photos a single instance kept on local disk
// (DATA_DIR/photos) into the S3-compatible bucket the environment names (PHOTO_STORAGE=s3,
// S3_BUCKET, ...), before switching to cluster mode. Safe to run again: a key already in the
// bucket is skipped (keys are content hashes, so the same key is the same bytes).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getEnv } from "@/lib/env";
import { createPhotoStorage } from "@/lib/storage/get-photo-storage";
import { isStoredFileKey, type PhotoStorage } from "@/lib/storage/photo-storage";

export async function copyPhotosToBucket(localRoot: string, bucket: PhotoStorage, onProgress?: (done: number) => void): Promise<{ copied: number; skipped: number }> {
  let copied = 0;
  let skipped = 0;
  const shards = await readdir(localRoot, { withFileTypes: true }).catch(() => []);
  for (const shard of shards) {
    if (!shard.isDirectory()) continue;
    for (const name of await readdir(path.join(localRoot, shard.name))) {
      if (!isStoredFileKey(name)) continue; // a .tmp left by a crash, or anything else
      if (await bucket.has(name)) skipped++;
      else {
        await bucket.put(name, await readFile(path.join(localRoot, shard.name, name)));
        copied++;
      }
      onProgress?.(copied + skipped);
    }
  }
  return { copied, skipped };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const env = getEnv();
  if (env.PHOTO_STORAGE !== "s3") {
    console.error("Set PHOTO_STORAGE=s3 and S3_BUCKET (and S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY as needed) to name the bucket to copy into.");
    process.exit(1);
  }
  const root = path.join(env.dataDir, "photos");
  console.log(`Copying ${root} into bucket ${env.S3_BUCKET}...`);
  const { copied, skipped } = await copyPhotosToBucket(root, createPhotoStorage(), (done) => done % 500 === 0 && console.log(`  ${done} photos...`));
  console.log(`Done: ${copied} copied, ${skipped} already there.`);
}
