// The process-wide photo storage, chosen by PHOTO_STORAGE: local disk under DATA_DIR (the embedded
// default) or an S3-compatible bucket (several instances: lib/deploy-mode.ts requires it there).
import { getEnv } from "@/lib/env";
import { LocalDiskStorage } from "./local-disk-storage";
import type { PhotoStorage } from "./photo-storage";
import { S3Storage } from "./s3-storage";

let instance: PhotoStorage | undefined;

export function getPhotoStorage(): PhotoStorage {
  instance ??= createPhotoStorage();
  return instance;
}

export function createPhotoStorage(): PhotoStorage {
  const env = getEnv();
  if (env.PHOTO_STORAGE === "local") return new LocalDiskStorage();
  return new S3Storage({
    bucket: env.S3_BUCKET!, // required with PHOTO_STORAGE=s3 (lib/env.ts)
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true",
  });
}
