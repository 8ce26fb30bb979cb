"use client";
// A client component: its rows answer the arrow keys, and the share page renders it from the server.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Avatar } from "@/components/ui/Avatar";
import type { ConversationRow } from "@/lib/conversations/list-conversations";
import { formatListTime } from "@/lib/format-time";
import { moveFocusByArrow } from "@/components/ui/list-arrow-keys";
import { openInApp } from "@/components/ui/in-app-links";
import { SystemLineText } from "./SystemLineText";

/** `activeId`: the conversation open beside the list (desk layout), marked as the current page.
 * `hrefSuffix`: added to each row's link, e.g. `?share=<batch>` when sharing photos into a chat. */
export function ConversationList({ rows, activeId, hrefSuffix = "" }: { rows: ConversationRow[]; activeId?: string; hrefSuffix?: string }) {
  const t = useTranslations("chat");
  const locale = useLocale();
  const router = useRouter();
  return (
    // Plain links with one handler for the list (openInApp): a Link per row cost more than the row.
    <ul className="divide-y divide-stone-100" aria-label={t("conversations")} onKeyDown={moveFocusByArrow} onClick={(event) => openInApp(event, router)}>
      {rows.map((row) => (
        <li key={row.id}>
          <a
            href={`/chats/${row.id}${hrefSuffix}`}
            aria-current={row.id === activeId ? "page" : undefined}
            className="flex min-h-18 items-center gap-3 px-4 py-3 hover:bg-stone-50 active:bg-stone-100 aria-[current=page]:bg-brand-50"
          >
            <Avatar name={row.title} />
            <div className="min-w-0 flex-1">
              <div className="flex items-baseline justify-between gap-2">
                <span className="truncate text-base font-semibold text-stone-900">{row.title}</span>
                <time dateTime={row.lastMessageAt.toISOString()} className={`shrink-0 text-xs ${row.unread ? "font-semibold text-brand-600" : "text-stone-500"}`}>
                  {formatListTime(row.lastMessageAt, undefined, locale)}
                </time>
              </div>
              <div className="mt-0.5 flex items-center justify-between gap-2">
                <span className="truncate text-sm text-stone-600">{row.preview === null ? t("noMessagesYet") : <SystemLineText line={row.previewLine} body={row.preview} />}</span>
                {row.unread > 0 ? (
                  <span className="inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded-full bg-brand-500 px-1.5 text-xs font-bold text-white" aria-label={t("unreadCount", { count: row.unread })}>
                    {row.unread > 99 ? "99+" : row.unread}
                  </span>
                ) : null}
              </div>
            </div>
          </a>
        </li>
      ))}
    </ul>
  );
}
