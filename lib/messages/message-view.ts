// What the chat shows of a message, and the one Prisma select that loads it. Plain JSON (dates
// as ISO strings) so the same shape comes from the server page and from the messages API.
import type { MessageKind, OrderStatus, PickStatus } from "@/lib/generated/sqlite/enums";
import { readSystemLine, type SystemLineView } from "@/lib/i18n/system-line-view";
import { photoViewSelect, toPhotoView, type PhotoRow as StoredPhotoRow, type PhotoView } from "@/lib/photos/photo-view";

export interface AlbumDesign {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  photo: { placeholder: string; width: number; height: number; thumbWebp: string | null; thumbJpeg: string | null } | null;
}

/** The parent of a reply, as quoted above the reply's text. */
export interface QuotedMessage {
  id: string;
  seq: number;
  authorName: string | null;
  /** The start of the parent's text, or a description of a design post ("📷 D-0142"). */
  snippet: string;
  /** The first design's thumbnail when the parent is a design post. */
  thumb: AlbumDesign["photo"];
}

export interface MessageView {
  id: string;
  seq: number;
  kind: MessageKind;
  body: string | null;
  authorId: string | null;
  authorName: string | null;
  mine: boolean;
  /** For the viewer's own messages: the id their app gave it (to match a pending copy). */
  clientId: string | null;
  createdAt: string;
  parent: QuotedMessage | null;
  replyCount: number;
  /** The album of a design post, in order; empty for other kinds. */
  designs: AlbumDesign[];
  /** A pick card's pick (open ones can still be changed or removed). */
  pick: { id: string; status: PickStatus } | null;
  /** The order an order card or an order's system line is about, as it is now. */
  order: OrderSummary | null;
  /** Photos sent with a text message (a quick reply's payment QR), in order; not designs. */
  photos: MessagePhotoView[];
  /** A PDF sent as this message. */
  document: DocumentView | null;
  /** A system line's key and values, so each reader sees it in their language (else the body). */
  line: SystemLineView | null;
}

/** A photo in a message: its thumbnail in the bubble, its screen size when opened. */
export type MessagePhotoView = PhotoView;

/** A PDF card: name, pages and size, its first page when it could be rendered. Keys name files
 * under the authorized /photos route. */
export interface DocumentView {
  id: string;
  name: string;
  pages: number;
  bytes: number;
  fileKey: string;
  thumb: { key: string; width: number; height: number } | null;
}

export interface OrderSummary {
  id: string;
  businessId: string;
  number: number;
  status: OrderStatus;
  totalPaise: number;
  paidPaise: number;
  /** The invoice's total once invoiced (GST included): what is owed then. Null before. */
  billedPaise: number | null;
  totalPieces: number;
}


const firstPhotoSelect = {
  orderBy: { position: "asc" },
  take: 1,
  select: { placeholder: true, width: true, height: true, variants: { where: { kind: "THUMB" }, select: { format: true, storageKey: true } } },
} as const;

const messagePhotosSelect = { orderBy: { position: "asc" }, select: { photo: { select: photoViewSelect } } } as const;

const documentSelect = { select: { id: true, name: true, pages: true, bytes: true, storageKey: true, thumbKey: true, thumbWidth: true, thumbHeight: true } } as const;

const albumSelect = {
  orderBy: { position: "asc" },
  select: { design: { select: { id: true, code: true, title: true, pricePerPiecePaise: true, photos: firstPhotoSelect } } },
} as const;

export const messageViewSelect = {
  id: true,
  seq: true,
  kind: true,
  body: true,
  authorId: true,
  clientId: true,
  createdAt: true,
  replyCount: true,
  meta: true,
  author: { select: { name: true } },
  designs: albumSelect,
  pick: { select: { id: true, status: true, design: { select: { id: true, code: true, title: true, pricePerPiecePaise: true, photos: firstPhotoSelect } } } },
  order: { select: { id: true, businessId: true, number: true, status: true, totalPaise: true, paidPaise: true, billedPaise: true, totalPieces: true } },
  photos: messagePhotosSelect,
  document: documentSelect,
  parent: {
    select: {
      id: true,
      seq: true,
      body: true,
      deletedAt: true,
      author: { select: { name: true } },
      designs: { ...albumSelect, take: 1 },
      document: { select: { name: true } },
      _count: { select: { designs: true, photos: true } },
    },
  },
} as const;

interface PhotoRow {
  placeholder: string;
  width: number;
  height: number;
  variants: { format: string; storageKey: string }[];
}

interface DesignRow {
  id: string;
  code: string;
  title: string;
  pricePerPiecePaise: number;
  photos: PhotoRow[];
}

interface DocumentRow {
  id: string;
  name: string;
  pages: number;
  bytes: number;
  storageKey: string;
  thumbKey: string | null;
  thumbWidth: number | null;
  thumbHeight: number | null;
}

interface MessageRow {
  id: string;
  seq: number;
  kind: MessageKind;
  body: string | null;
  authorId: string | null;
  clientId: string;
  createdAt: Date;
  replyCount: number;
  meta: unknown;
  author: { name: string } | null;
  designs: { design: DesignRow }[];
  pick: { id: string; status: PickStatus; design: DesignRow } | null;
  order: OrderSummary | null;
  photos: { photo: StoredPhotoRow }[];
  document: DocumentRow | null;
  parent: {
    id: string;
    seq: number;
    body: string | null;
    deletedAt: Date | null;
    author: { name: string } | null;
    designs: { design: DesignRow }[];
    document: { name: string } | null;
    _count: { designs: number; photos: number };
  } | null;
}

function thumbOf(photo: PhotoRow | undefined): AlbumDesign["photo"] {
  if (!photo) return null;
  const key = (format: string) => photo.variants.find((v) => v.format === format)?.storageKey ?? null;
  return { placeholder: photo.placeholder, width: photo.width, height: photo.height, thumbWebp: key("webp"), thumbJpeg: key("jpeg") };
}

function toAlbumDesign(design: DesignRow): AlbumDesign {
  return { id: design.id, code: design.code, title: design.title, pricePerPiecePaise: design.pricePerPiecePaise, photo: thumbOf(design.photos[0]) };
}

function toDocument(row: DocumentRow): DocumentView {
  const thumb = row.thumbKey && row.thumbWidth && row.thumbHeight ? { key: row.thumbKey, width: row.thumbWidth, height: row.thumbHeight } : null;
  return { id: row.id, name: row.name, pages: row.pages, bytes: row.bytes, fileKey: row.storageKey, thumb };
}

/** How photos sent with a message read on one line: "📷 Photo", "📷 3 photos". */
export function photosPreview(count: number): string {
  return count > 1 ? `📷 ${count} photos` : "📷 Photo";
}

/** How a PDF reads on one line: "📄 Price list.pdf". */
export function documentPreview(name: string): string {
  return `📄 ${name}`;
}

/** The one line of a text message with what it carries: "📷 Photo · Pay to this QR". */
export function textPreview(body: string | null, photoCount: number, documentName: string | null): string {
  const carried = documentName !== null ? documentPreview(documentName) : photoCount > 0 ? photosPreview(photoCount) : "";
  return [carried, (body ?? "").replace(/\s+/g, " ").trim()].filter(Boolean).join(" · ");
}

const SNIPPET_LENGTH = 90;

/** How an album reads on one line (the chats list, a quote): "📷 D-0142", or "📷 6 designs". */
export function albumPreview(designCount: number, firstCode: string): string {
  return designCount > 1 ? `📷 ${designCount} designs` : `📷 ${firstCode}`;
}

/** albumPreview's message key, for the chats list in each reader's language. */
export function albumPreviewLine(designCount: number, firstCode: string): SystemLineView {
  return { key: "albumPreview", values: { count: designCount, code: firstCode } };
}

/** "📷 D-0142 · Is this in red?": the album (if any), then the start of the text on one line. */
function snippetOf(body: string | null, designCount: number, firstCode: string | undefined): string {
  const album = firstCode ? albumPreview(designCount, firstCode) : "";
  const characters = Array.from((body ?? "").replace(/\s+/g, " ").trim());
  const text = characters.slice(0, SNIPPET_LENGTH).join("") + (characters.length > SNIPPET_LENGTH ? "…" : "");
  return [album, text].filter(Boolean).join(" · ");
}

function quote(parent: NonNullable<MessageRow["parent"]>): QuotedMessage {
  if (parent.deletedAt) return { id: parent.id, seq: parent.seq, authorName: null, snippet: "This message was deleted", thumb: null };
  const firstDesign = parent.designs[0]?.design;
  const carried = firstDesign ? "" : textPreview(null, parent._count.photos, parent.document?.name ?? null);
  const snippet = [carried, snippetOf(parent.body, parent._count.designs, firstDesign?.code)].filter(Boolean).join(" · ");
  return { id: parent.id, seq: parent.seq, authorName: parent.author?.name ?? null, snippet, thumb: firstDesign ? thumbOf(firstDesign.photos[0]) : null };
}

/** A pick quotes the album it answers with the picked design, not the album's first one. */
function quoteForReply(row: MessageRow): QuotedMessage | null {
  if (!row.parent) return null;
  const quoted = quote(row.parent);
  if (!row.pick || row.parent.deletedAt) return quoted;
  return { ...quoted, snippet: snippetOf(row.parent.body, 1, row.pick.design.code), thumb: thumbOf(row.pick.design.photos[0]) };
}

/** A message as everyone in its conversation sees it: the view before `mine` and `clientId` are
 * settled for one viewer. Live events carry this, built once per message however many tabs get it. */
export interface SharedMessageView extends Omit<MessageView, "mine" | "clientId"> {
  /** The id the author's app gave the message; only the author's own view shows it. */
  authorClientId: string;
}

export function toSharedMessageView(row: MessageRow): SharedMessageView {
  return {
    id: row.id,
    seq: row.seq,
    kind: row.kind,
    body: row.body,
    authorId: row.authorId,
    authorName: row.author?.name ?? null,
    authorClientId: row.clientId,
    createdAt: row.createdAt.toISOString(),
    parent: row.parent ? quoteForReply(row) : null,
    replyCount: row.replyCount,
    designs: row.designs.map(({ design }) => toAlbumDesign(design)),
    pick: row.pick ? { id: row.pick.id, status: row.pick.status } : null,
    order: row.order,
    photos: row.photos.map(({ photo }) => toPhotoView(photo)),
    document: row.document ? toDocument(row.document) : null,
    line: readSystemLine(row.meta),
  };
}

/** The shared view as one viewer sees it (the messages API and the event stream both end here). */
export function viewFor(shared: SharedMessageView, viewerId: string): MessageView {
  const mine = shared.authorId === viewerId;
  // Field by field rather than `{ ...rest }`: it runs for every message of every page and event,
  // and copying through rest and spread was a third of a page's turning rows into views.
  // (A field added to MessageView and not here fails to compile.)
  return {
    id: shared.id,
    seq: shared.seq,
    kind: shared.kind,
    body: shared.body,
    authorId: shared.authorId,
    authorName: shared.authorName,
    createdAt: shared.createdAt,
    parent: shared.parent,
    replyCount: shared.replyCount,
    designs: shared.designs,
    pick: shared.pick,
    order: shared.order,
    photos: shared.photos,
    document: shared.document,
    line: shared.line,
    mine,
    clientId: mine ? shared.authorClientId : null,
  };
}

export function toMessageView(row: MessageRow, viewerId: string): MessageView {
  return viewFor(toSharedMessageView(row), viewerId);
}

/** The quote of a message shown above a reply (and above the composer while replying). */
export function quoteOf(message: MessageView): QuotedMessage {
  const firstDesign = message.designs[0];
  const snippet = snippetOf(message.body, message.designs.length, firstDesign?.code);
  return { id: message.id, seq: message.seq, authorName: message.authorName, snippet, thumb: firstDesign?.photo ?? null };
}
