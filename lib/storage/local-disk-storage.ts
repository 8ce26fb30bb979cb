// Photo bytes as files under DATA_DIR/photos: the embedded mode needs no other service.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { OWNER_ONLY_DIR, OWNER_ONLY_FILE } from "@/lib/storage/data-dir";
import { isStoredFileKey, type PhotoStorage } from "@/lib/storage/photo-storage";

export class LocalDiskStorage implements PhotoStorage {
  readonly root: string;

  constructor(root: string = path.join(getEnv().dataDir, "photos")) {
    this.root = path.resolve(/*turbopackIgnore: true*/ root); // a folder chosen at run time, not part of the build
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathFor(key);
    // Same key means same bytes, so an existing file is already correct.
    if (await this.has(key)) return;
    await mkdir(path.dirname(target), { recursive: true, mode: OWNER_ONLY_DIR });
    // Write beside the target then rename: rename is atomic on one filesystem, so a reader
    // (or a crash) never sees half a photo under its final name.
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await writeFile(temp, bytes, { mode: OWNER_ONLY_FILE });
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathFor(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathFor(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** Keys come from URLs, so they are validated here: no key can escape the root. */
  pathFor(key: string): string {
    if (!isStoredFileKey(key)) throw new AppError("INVALID", "That is not a valid file name.");
    // Two-character shards keep directories small (256 of them) for fast lookups and backups.
    return path.join(this.root, key.slice(0, 2), key);
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
