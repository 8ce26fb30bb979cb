"use client";
import { useTranslations } from "next-intl";
import type { QuotedMessage } from "@/lib/messages/message-view";
import type { OutboxItem } from "@/lib/messages/outbox";
import { MessageText } from "./MessageText";
import { Quote } from "./MessageBubble";

/** The viewer's messages the server has not shown yet: a clock while sending, a retry when failed. */
export function PendingMessages({ items, onRetry, quoteOf }: { items: OutboxItem[]; onRetry: (clientId: string) => void; quoteOf?: (parentId: string) => QuotedMessage | null }) {
  const t = useTranslations("composer");
  const chat = useTranslations("chat");
  if (!items.length) return null;
  return (
    <ol className="flex flex-col gap-1.5 px-3 pb-3" aria-label={t("sendingList")}>
      {items.map((item) => (
        <li key={item.clientId} className="flex flex-col items-end" data-status={item.status}>
          <div className={`max-w-[80%] rounded-2xl rounded-br-md px-3 py-2 shadow-sm ${item.status === "failed" ? "bg-red-50 ring-1 ring-red-200" : "bg-bubble-own"}`}>
            {item.parentId && quoteOf?.(item.parentId) ? <Quote quoted={quoteOf(item.parentId)!} t={chat} /> : null}
            {item.photos?.length ? (
              <ul className="-mx-1 mb-1 flex w-64 max-w-full flex-wrap gap-1" aria-label={t("photos", { count: item.photos.length })}>
                {item.photos.map((photo) => (
                  <li key={photo.id}>
                    {/* eslint-disable-next-line @next/next/no-img-element -- an already sized, authorized variant from /photos */}
                    {photo.thumb ? <img src={`/photos/${photo.thumb}`} alt="" width={120} height={120} className="size-[7.5rem] rounded-lg object-cover" /> : null}
                  </li>
                ))}
              </ul>
            ) : null}
            {item.body ? <MessageText text={item.body} /> : null}
            <p className="mt-0.5 text-right text-[11px] text-stone-500">
              {item.status === "failed" ? null : item.status === "sent" ? t("sent") : <span aria-label={t("pending")}>🕓 {item.status === "waiting" ? t("waitingForNetwork") : t("sending")}</span>}
            </p>
          </div>
          {item.status === "failed" ? (
            <button type="button" onClick={() => onRetry(item.clientId)} className="mt-1 min-h-11 rounded-lg px-3 text-sm font-semibold text-red-700 hover:bg-red-50">
              {item.error ?? t("notSent")} {t("tapToRetry")}
            </button>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
