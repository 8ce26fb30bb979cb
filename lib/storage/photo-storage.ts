// Where processed photo bytes live. Keys are content-addressed (sha256 hex + extension), so a
// key never changes meaning: put is idempotent and readers may cache forever. Kept this small
// so a second backend (S3, Postgres large objects) is one file, chosen in getPhotoStorage().
export interface PhotoStorage {
  /** Stores the bytes under the key. Writing an existing key is a no-op, not an error. */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when the key was never stored. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
}

/** sha256 hex + one of the extensions the photo pipeline writes; nothing else can name a file. */
export const PHOTO_KEY_PATTERN = /^[a-f0-9]{64}\.(webp|jpg|avif)$/;

/** A PDF sent in a chat (lib/documents): sha256 hex + ".pdf", stored beside the photos. */
export const DOCUMENT_KEY_PATTERN = /^[a-f0-9]{64}\.pdf$/;

/** Any key the storage holds: a photo variant, a document's first-page thumbnail, a document. */
export function isStoredFileKey(key: string): boolean {
  return PHOTO_KEY_PATTERN.test(key) || DOCUMENT_KEY_PATTERN.test(key);
}
