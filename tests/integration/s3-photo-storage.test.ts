// Photos in an S3-compatible bucket (issue 14): against s3rver, a real S3 server in Node started
// here on a free port, not a stub. Two S3Storage objects with their own clients stand for two
// instances: what one stores, the other serves through the same authorized read.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyPhotosToBucket } from "@/lib/cli/copy-photos-to-bucket";
import { resetEnvForTests } from "@/lib/env";
import { readPhoto } from "@/lib/photos/read-photo";
import { uploadPhoto } from "@/lib/photos/upload-photo";
import { createPhotoStorage } from "@/lib/storage/get-photo-storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk-storage";
import { S3Storage, type S3Settings } from "@/lib/storage/s3-storage";
import { createBuyerConversation, createSupplier } from "../support/factories";
import { newClientId } from "../support/design-factories";
import { webpPhoto } from "../support/photo-files";
import { rejection } from "../support/rejection";

const BUCKET = "chatalog-photos";
const dir = mkdtempSync(path.join(os.tmpdir(), "chatalog-s3-"));
let server: S3rver;
let settings: S3Settings;

beforeAll(async () => {
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(dir, "bucket"), configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await server.run();
  settings = { bucket: BUCKET, endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" }, forcePathStyle: true };
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const key = (n: number, ext = "webp") => `${n.toString(16).padStart(64, "0")}.${ext}`;

describe("photos in an S3-compatible bucket", () => {
  it("stores, reads and finds photos by key; a missing one is null; a bad key never reaches the bucket", async () => {
    const storage = new S3Storage(settings);
    expect(await storage.has(key(1))).toBe(false);
    expect(await storage.get(key(1))).toBeNull();
    await storage.put(key(1), Buffer.from("first bytes"));
    await storage.put(key(1), Buffer.from("first bytes")); // the same key again: a no-op
    expect(await storage.has(key(1))).toBe(true);
    expect((await storage.get(key(1)))?.toString()).toBe("first bytes");
    expect(storage.objectKey(key(1))).toBe(`photos/00/${key(1)}`);
    for (const bad of ["../secret.webp", "photos/x.webp", `${key(2)}/../../etc`, "ABC.webp"]) {
      expect((await rejection(storage.get(bad))).code).toBe("INVALID");
      expect((await rejection(storage.put(bad, Buffer.from("x")))).code).toBe("INVALID");
    }
  });

  it("serves a photo uploaded through one instance from another, to those who may see it only", async () => {
    const instanceA = new S3Storage(settings);
    const instanceB = new S3Storage(settings);
    const { owner, business } = await createSupplier("Bucket Brocades");
    const outsider = (await createSupplier("Other House")).owner;
    const uploaded = await uploadPhoto(owner, { businessId: business.id, clientId: newClientId(), bytes: await webpPhoto() }, instanceA);
    const thumb = uploaded.thumbWebp!;
    const served = await readPhoto(owner, thumb, instanceB);
    expect(served.contentType).toBe("image/webp");
    expect(served.bytes.equals((await instanceA.get(thumb))!)).toBe(true);
    expect((await rejection(readPhoto(outsider, thumb, instanceB))).code).toBe("NOT_FOUND");
    const { buyer } = await createBuyerConversation(business.id, "Not Shown Yet");
    expect((await rejection(readPhoto(buyer, thumb, instanceB))).code).toBe("NOT_FOUND"); // not posted to them
  });

  it("copies the photos of local disk into the bucket, and skips them when run again", async () => {
    const local = new LocalDiskStorage(path.join(dir, "local-photos"));
    await Promise.all([3, 4, 5].map((n) => local.put(key(n, "jpg"), Buffer.from(`photo ${n}`))));
    const bucket = new S3Storage(settings);
    expect(await copyPhotosToBucket(local.root, bucket)).toEqual({ copied: 3, skipped: 0 });
    expect((await bucket.get(key(4, "jpg")))?.toString()).toBe("photo 4");
    expect(await copyPhotosToBucket(local.root, bucket)).toEqual({ copied: 0, skipped: 3 });
  });

  it("is what the app uses when PHOTO_STORAGE=s3 names a bucket", async () => {
    const before = { ...process.env };
    Object.assign(process.env, { PHOTO_STORAGE: "s3", S3_BUCKET: BUCKET, S3_ENDPOINT: settings.endpoint, S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", S3_FORCE_PATH_STYLE: "true" });
    resetEnvForTests();
    try {
      const storage = createPhotoStorage();
      expect(storage).toBeInstanceOf(S3Storage);
      expect((await storage.get(key(1)))?.toString()).toBe("first bytes");
    } finally {
      for (const name of ["PHOTO_STORAGE", "S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FORCE_PATH_STYLE"]) if (before[name] === undefined) delete process.env[name];
      resetEnvForTests();
    }
  });
});
