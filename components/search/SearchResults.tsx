import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { DesignPhoto } from "@/components/designs/DesignPhoto";
import { OrderStatusChip } from "@/components/orders/OrderStatusChip";
import { formatListTime } from "@/lib/format-time";
import type { SearchResults as Results } from "@/lib/search/search";
import { useDesignTitle } from "@/components/designs/use-design-title";

/** What the search box found besides chat names: messages, designs and orders, each group newest
 * first, each row opening where it lives. Nothing is shown for a group with no results. */
export function SearchResults({ results, query }: { results: Results; query: string }) {
  const t = useTranslations("search");
  const titleOf = useDesignTitle();
  const locale = useLocale();
  const { messages, designs, orders } = results;
  if (!messages.length && !designs.length && !orders.length) {
    return <p className="px-4 py-6 text-center text-sm text-stone-600">{t("noResults", { query })}</p>;
  }
  return (
    <div className="pb-4">
      {orders.length ? (
        <Group id="orders" title={t("orders")}>
          {orders.map((order) => (
            <li key={order.id}>
              <Link prefetch={false} href={`/orders/${order.id}`} className="flex min-h-14 items-center gap-3 px-4 py-2 active:bg-stone-100">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-semibold">
                    #{order.number} · {order.party}
                  </span>
                  <span className="block truncate text-sm text-stone-600">
                    {formatListTime(new Date(order.createdAt), undefined, locale)}
                    {order.lrNumber ? ` · LR ${order.lrNumber}` : ""}
                  </span>
                </span>
                <OrderStatusChip status={order.status} />
              </Link>
            </li>
          ))}
        </Group>
      ) : null}
      {designs.length ? (
        <Group id="designs" title={t("designs")}>
          {designs.map((design) => (
            <li key={design.id}>
              <Link prefetch={false} href={`/catalog/${design.id}`} className="flex min-h-14 items-center gap-3 px-4 py-2 active:bg-stone-100">
                <span className="block size-12 shrink-0 overflow-hidden rounded-lg bg-stone-200">
                  {design.photo ? <DesignPhoto photo={design.photo} alt="" sizes="48px" className="size-12 object-cover" /> : null}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block font-semibold">{design.code}</span>
                  <span className="block truncate text-sm text-stone-600">
                    {titleOf(design)}
                    {design.archived ? ` · ${t("archived")}` : ""}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </Group>
      ) : null}
      {messages.length ? (
        <Group id="messages" title={t("messages")}>
          {messages.map((message) => (
            <li key={message.id}>
              <Link prefetch={false} href={`/chats/${message.conversationId}?m=${message.id}`} className="flex min-h-14 flex-col justify-center px-4 py-2 active:bg-stone-100">
                <span className="flex items-baseline justify-between gap-2">
                  <span className="truncate font-semibold">{message.conversationTitle}</span>
                  <span className="shrink-0 text-xs text-stone-500">{formatListTime(new Date(message.createdAt), undefined, locale)}</span>
                </span>
                <span className="line-clamp-2 text-sm text-stone-700">
                  {message.authorName ? <span className="text-stone-500">{message.authorName}: </span> : null}
                  {message.body}
                </span>
              </Link>
            </li>
          ))}
        </Group>
      ) : null}
    </div>
  );
}

/** `id`: the group's own name (ids stay the same in every language). */
function Group({ id: name, title, children }: { id: string; title: string; children: ReactNode }) {
  const id = `search-${name}`;
  return (
    <section aria-labelledby={id} className="pt-3">
      <h2 id={id} className="px-4 pb-1 text-sm font-semibold text-stone-500">
        {title}
      </h2>
      <ul aria-label={title} className="divide-y divide-stone-100 border-y border-stone-100">
        {children}
      </ul>
    </section>
  );
}
