import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/Button";
import type { ArchiveFilterValue } from "./ArchiveFilter";

function PhotosIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" width="40" height="40" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
      <rect x="3" y="3" width="18" height="18" rx="2" />
      <circle cx="9" cy="9" r="2" />
      <path d="M21 15l-5-5L5 21" />
    </svg>
  );
}

/** Why the grid is empty, and what to do about it. */
export function EmptyCatalog({ query, show }: { query: string; show: ArchiveFilterValue }) {
  const t = useTranslations("catalog");
  if (query) {
    return <p className="px-6 py-12 text-center text-stone-600">{t("empty.noMatch", { query })}</p>;
  }
  if (show === "archived") {
    return <p className="px-6 py-12 text-center text-stone-600">{t("empty.noArchived")}</p>;
  }
  return (
    <div className="flex flex-col items-center px-8 py-16 text-center">
      <span className="mb-4 text-brand-600">
        <PhotosIcon />
      </span>
      <h2 className="text-lg font-semibold">{t("noDesigns")}</h2>
      <p className="mt-1 text-stone-600">{t("empty.hint")}</p>
      <Link prefetch={false} href="/chats" className={`${buttonClasses("primary")} mt-6`}>
        {t("empty.openChats")}
      </Link>
    </div>
  );
}
