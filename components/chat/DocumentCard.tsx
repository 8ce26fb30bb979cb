import { useTranslations } from "next-intl";
import type { DocumentView } from "@/lib/messages/message-view";

/** "1.2 MB", "640 KB": the size a person weighs before opening a PDF on mobile data. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The red "PDF" square beside a document's name (decoration: the name says what it is). */
export function PdfBadge() {
  return (
    <span aria-hidden className="inline-flex size-10 shrink-0 items-center justify-center rounded-md bg-red-100 text-xs font-bold text-red-800">
      PDF
    </span>
  );
}

/** A PDF in the chat: its first page (when it could be rendered), name, pages and size. A tap
 * opens it in the browser's own PDF viewer, in a new tab so the chat stays where it was. */
export function DocumentCard({ document }: { document: DocumentView }) {
  const t = useTranslations("chat");
  const pages = t("pages", { count: document.pages });
  return (
    <a
      href={`/photos/${document.fileKey}`}
      target="_blank"
      rel="noopener"
      className="-mx-1 mb-1 block w-64 max-w-full overflow-hidden rounded-lg bg-white ring-1 ring-stone-200 hover:ring-brand-400"
    >
      {document.thumb ? (
        // eslint-disable-next-line @next/next/no-img-element -- an already sized, authorized variant from /photos
        <img
          src={`/photos/${document.thumb.key}`}
          alt=""
          width={document.thumb.width}
          height={document.thumb.height}
          loading="lazy"
          decoding="async"
          className="max-h-40 w-full border-b border-stone-200 bg-white object-cover object-top"
        />
      ) : null}
      <span className="flex items-center gap-2 px-2 py-2">
        <PdfBadge />
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-semibold text-stone-900">{document.name}</span>
          <span className="block text-xs text-stone-600">
            {pages} · {fileSize(document.bytes)}
          </span>
          <span className="sr-only"> {t("pdfNewTab")}</span>
        </span>
      </span>
    </a>
  );
}
