import Link from "next/link";

export type ArchiveFilterValue = "active" | "archived" | "all";

const OPTIONS: { value: ArchiveFilterValue; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
  { value: "all", label: "All" },
];

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
  return (
    <nav aria-label="Show designs" className="grid flex-1 grid-cols-3 gap-1 rounded-xl bg-stone-100 p-1">
      {OPTIONS.map((option) => (
        <Link
          key={option.value}
          href={catalogHref({ q: query, show: option.value })}
          aria-current={value === option.value ? "page" : undefined}
          className={`flex min-h-11 items-center justify-center rounded-lg text-sm font-semibold ${value === option.value ? "bg-white text-brand-700 shadow-sm" : "text-stone-600"}`}
        >
          {option.label}
        </Link>
      ))}
    </nav>
  );
}
