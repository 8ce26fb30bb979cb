"use client";
import { useTranslations } from "next-intl";
import type { DocumentSend } from "./use-document-sends";
import { fileSize, PdfBadge } from "./DocumentCard";

/** The viewer's PDFs on their way: name, size and progress; a refusal in the server's words. */
export function PendingDocuments({ sends, onRetry, onDismiss }: { sends: DocumentSend[]; onRetry: (clientId: string) => void; onDismiss: (clientId: string) => void }) {
  const t = useTranslations("composer");
  const tc = useTranslations("common");
  if (!sends.length) return null;
  return (
    <ol className="flex flex-col gap-1.5 px-3 pb-3" aria-label={t("documentsSending")}>
      {sends.map((send) => (
        <li key={send.clientId} className="flex flex-col items-end" data-status={send.status}>
          <div className={`w-64 max-w-[80%] rounded-2xl rounded-br-md px-3 py-2 shadow-sm ${send.status === "failed" ? "bg-red-50 ring-1 ring-red-200" : "bg-bubble-own"}`}>
            <p className="flex items-center gap-2">
              <PdfBadge />
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-semibold text-stone-900">{send.name}</span>
                <span className="block text-xs text-stone-600">{fileSize(send.bytes)}</span>
              </span>
            </p>
            {send.status === "failed" ? (
              <p role="alert" className="mt-1 text-sm text-red-800">
                {send.error}
              </p>
            ) : (
              <div className="mt-1.5 h-1.5 overflow-hidden rounded-full bg-black/10" role="progressbar" aria-label={t("sendingName", { name: send.name })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(send.progress * 100)}>
                <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${Math.round(send.progress * 100)}%` }} />
              </div>
            )}
          </div>
          {send.status === "failed" ? (
            <div className="mt-1 flex gap-1">
              {send.retryable ? (
                <button type="button" onClick={() => onRetry(send.clientId)} className="min-h-11 rounded-lg px-3 text-sm font-semibold text-red-700 hover:bg-red-50">
                  {tc("retry")}
                </button>
              ) : null}
              <button type="button" onClick={() => onDismiss(send.clientId)} className="min-h-11 rounded-lg px-3 text-sm font-semibold text-stone-700 hover:bg-stone-100">
                {t("dismiss")}
              </button>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
