import { useTranslations } from "next-intl";
import { SearchIcon } from "@/components/ui/icons";

/** A plain GET form: works before any JavaScript has loaded on a slow phone. */
export function CatalogSearch({ action, value, show }: { action: string; value: string; show?: string }) {
  const t = useTranslations("catalog");
  return (
    <form role="search" action={action} className="px-3 pt-3 pb-2">
      {show && show !== "active" ? <input type="hidden" name="show" value={show} /> : null}
      <label className="flex min-h-12 items-center gap-2 rounded-full bg-stone-100 px-4 text-stone-500 focus-within:ring-2 focus-within:ring-brand-500">
        <SearchIcon />
        <span className="sr-only">{t("searchLabel")}</span>
        <input
          name="q"
          type="search"
          enterKeyHint="search"
          defaultValue={value}
          maxLength={80}
          placeholder={t("searchPlaceholder")}
          className="min-h-12 w-full bg-transparent text-base text-stone-900 placeholder:text-stone-500 focus:outline-none"
        />
      </label>
    </form>
  );
}
