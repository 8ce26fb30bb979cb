// What the catalog shows of designs and photos, and the Prisma selects that load them. Plain JSON
// (dates as ISO strings) so a server page and an API answer carry the same shape.
import { readColours, readSetComposition, type SetComposition } from "./design-fields";

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
  screenWebp: string | null;
  screenJpeg: string | null;
}

/** One tile of a catalog grid. */
export interface DesignCard {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  currency: string;
  archived: boolean;
  createdAt: string;
  photo: PhotoView | null;
}

export interface DesignDetails extends DesignCard {
  description: string | null;
  setComposition: SetComposition;
  /** Pieces in one set: the sum of the ratios (0 when no sizes are given). */
  piecesPerSet: number;
  soldLoose: boolean;
  colours: string[];
  minimumSets: number;
  photos: PhotoView[];
  businessId: string;
  businessName: string;
  /** Members may edit, archive and broadcast; buyers only look and pick. */
  viewerIsMember: boolean;
}

export const photoViewSelect = {
  id: true,
  width: true,
  height: true,
  placeholder: true,
  variants: { select: { kind: true, format: true, storageKey: true } },
} as const;

export const designCardSelect = {
  id: true,
  code: true,
  title: true,
  pricePerPiecePaise: true,
  currency: true,
  archivedAt: true,
  createdAt: true,
  photos: { orderBy: { position: "asc" }, take: 1, select: photoViewSelect },
} as const;

interface PhotoRow {
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
    screenWebp: key("SCREEN", "webp"),
    screenJpeg: key("SCREEN", "jpeg"),
  };
}

interface DesignCardRow {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  currency: string;
  archivedAt: Date | null;
  createdAt: Date;
  photos: PhotoRow[];
}

export function toDesignCard(design: DesignCardRow): DesignCard {
  const first = design.photos[0];
  return {
    id: design.id,
    code: design.code,
    title: design.title,
    pricePerPiecePaise: design.pricePerPiecePaise,
    currency: design.currency,
    archived: design.archivedAt !== null,
    createdAt: design.createdAt.toISOString(),
    photo: first ? toPhotoView(first) : null,
  };
}

interface DesignDetailsRow extends DesignCardRow {
  description: string | null;
  setComposition: unknown;
  soldLoose: boolean;
  colours: unknown;
  minimumSets: number;
  businessId: string;
  business: { name: string; members: unknown[] };
}

export function toDesignDetails(design: DesignDetailsRow): DesignDetails {
  const setComposition = readSetComposition(design.setComposition);
  return {
    ...toDesignCard(design),
    description: design.description,
    setComposition,
    piecesPerSet: setComposition.reduce((sum, size) => sum + size.ratio, 0),
    soldLoose: design.soldLoose,
    colours: readColours(design.colours),
    minimumSets: design.minimumSets,
    photos: design.photos.map(toPhotoView),
    businessId: design.businessId,
    businessName: design.business.name,
    viewerIsMember: design.business.members.length > 0,
  };
}
