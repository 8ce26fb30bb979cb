import Link from "next/link";
import { useTranslations } from "next-intl";

export type ArchiveFilterValue = "active" | "archived" | "all";

const OPTIONS: ArchiveFilterValue[] = ["active", "archived", "all"];

export function catalogHref(params: { q?: string; show?: ArchiveFilterValue; cursor?: string | null; select?: boolean }): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.show && params.show !== "active") search.set("show", params.show);
  if (params.cursor) search.set("cursor", params.cursor);
  if (params.select) search.set("select", "1");
  const text = search.toString();
  return text ? `/catalog?${text}` : "/catalog";
}

/** Active / Archived / All, as links: the filter is part of the address, so Back works. */
export function ArchiveFilter({ value, query }: { value: ArchiveFilterValue; query: string }) {
  const t = useTranslations("catalog.filter");
  return (
    <nav aria-label={t("label")} className="grid flex-1 grid-cols-3 gap-1 rounded-xl bg-stone-100 p-1">
      {OPTIONS.map((option) => (
        <Link prefetch={false}
          key={option}
          href={catalogHref({ q: query, show: option })}
          aria-current={value === option ? "page" : undefined}
          className={`flex min-h-11 items-center justify-center rounded-lg text-sm font-semibold ${value === option ? "bg-white text-brand-700 shadow-sm" : "text-stone-600"}`}
        >
          {t(option)}
        </Link>
      ))}
    </nav>
  );
}
