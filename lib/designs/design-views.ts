// What the catalog shows of designs and photos, and the Prisma selects that load them. Plain JSON
// (dates as ISO strings) so a server page and an API answer carry the same shape.
import { photoViewSelect, toPhotoView, type PhotoRow, type PhotoView } from "@/lib/photos/photo-view";
import { readColours, readSetComposition, type SetComposition } from "./design-fields";

// The photo view is shared with the chat (photos sent with a message): lib/photos/photo-view.ts.
export { photoViewSelect, toPhotoView, type PhotoView };

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
  /** Null: the business's default (its GST details). */
  hsnCode: string | null;
  photos: PhotoView[];
  businessId: string;
  businessName: string;
  /** Members may edit, archive and broadcast; buyers only look and pick. */
  viewerIsMember: boolean;
}

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
  hsnCode: string | null;
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
    hsnCode: design.hsnCode,
    photos: design.photos.map(toPhotoView),
    businessId: design.businessId,
    businessName: design.business.name,
    viewerIsMember: design.business.members.length > 0,
  };
}
