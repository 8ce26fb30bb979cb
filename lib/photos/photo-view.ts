// What the app shows of a stored photo (a design's, or one sent with a message): its size, its
// placeholder and the storage keys of its variants, and the Prisma select that loads it. No
// imports, so browser code that reads the shape pulls nothing else in.
export interface PhotoView {
  id: string;
  width: number;
  height: number;
  placeholder: string;
  /** Storage keys for /photos/<key>; null when that variant was not written. */
  thumbWebp: string | null;
  thumbJpeg: string | null;
  /** 500 px, WebP only; null for photos stored before it existed or no bigger than it. */
  mediumWebp: string | null;
  /** 800 px, WebP only; null likewise. */
  largeWebp: string | null;
  screenWebp: string | null;
  screenJpeg: string | null;
}

export const photoViewSelect = {
  id: true,
  width: true,
  height: true,
  placeholder: true,
  variants: { select: { kind: true, format: true, storageKey: true } },
} as const;

export interface PhotoRow {
  id: string;
  width: number;
  height: number;
  placeholder: string;
  variants: { kind: string; format: string; storageKey: string }[];
}

export function toPhotoView(photo: PhotoRow): PhotoView {
  const key = (kind: string, format: string) => photo.variants.find((v) => v.kind === kind && v.format === format)?.storageKey ?? null;
  return {
    id: photo.id,
    width: photo.width,
    height: photo.height,
    placeholder: photo.placeholder,
    thumbWebp: key("THUMB", "webp"),
    thumbJpeg: key("THUMB", "jpeg"),
    mediumWebp: key("MEDIUM", "webp"),
    largeWebp: key("LARGE", "webp"),
    screenWebp: key("SCREEN", "webp"),
    screenJpeg: key("SCREEN", "jpeg"),
  };
}
