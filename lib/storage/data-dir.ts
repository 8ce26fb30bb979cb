// DATA_DIR holds the SQLite database, the photos and the auth secret: nobody but the server's own
// user may read any of it (issue 13: the database was 0644, readable by every local user).
// New files are created owner-only by the process's umask (set at start) and explicit modes; an
// existing folder from an older version is tightened once, on start.
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const OWNER_ONLY_DIR = 0o700;
export const OWNER_ONLY_FILE = 0o600;

/** From now on, everything this process creates is owner-only unless it says otherwise. */
export function createOwnerOnly(): void {
  process.umask(0o077);
}

function tighten(target: string): void {
  const stats = statSync(target);
  if (stats.isDirectory()) {
    if ((stats.mode & 0o777) !== OWNER_ONLY_DIR) chmodSync(target, OWNER_ONLY_DIR);
    for (const entry of readdirSync(target)) tighten(path.join(target, entry));
  } else if (stats.isFile() && (stats.mode & 0o077) !== 0) {
    chmodSync(target, OWNER_ONLY_FILE);
  }
}

/** Creates DATA_DIR owner-only, or makes an existing one so (everything in it too, when the
 * folder itself was open: a closed one already keeps others out). `alsoFiles`: files kept
 * elsewhere (a SQLite DATABASE_URL outside DATA_DIR, with its -wal and -shm). */
export function secureDataDir(dataDir: string, alsoFiles: string[] = []): void {
  mkdirSync(dataDir, { recursive: true, mode: OWNER_ONLY_DIR });
  const wasOpen = (statSync(dataDir).mode & 0o077) !== 0;
  if (wasOpen) tighten(dataDir);
  for (const file of alsoFiles.flatMap((file) => [file, `${file}-wal`, `${file}-shm`])) {
    if (existsSync(file) && (statSync(file).mode & 0o077) !== 0) chmodSync(file, OWNER_ONLY_FILE);
  }
}
