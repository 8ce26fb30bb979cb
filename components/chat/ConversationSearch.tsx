import { useTranslations } from "next-intl";
import { SearchIcon } from "@/components/ui/icons";

/** A plain GET form: works before any JavaScript has loaded on a slow phone. It finds chats by
 * name, and messages, designs and orders (lib/search); within a label's chats (`label`), it
 * searches those chats' names. */
export function ConversationSearch({ value, label }: { value: string; label?: string }) {
  const t = useTranslations("search");
  return (
    <form role="search" action="/chats" className="px-3 py-2">
      {label ? <input type="hidden" name="label" value={label} /> : null}
      <label className="flex min-h-11 items-center gap-2 rounded-full bg-stone-100 px-4 text-stone-500 focus-within:ring-2 focus-within:ring-brand-500">
        <SearchIcon />
        <span className="sr-only">{label ? t("byName") : t("everything")}</span>
        <input name="q" type="search" enterKeyHint="search" maxLength={80} defaultValue={value} placeholder={label ? t("byName") : t("placeholder")} className="min-h-11 w-full bg-transparent text-base text-stone-900 placeholder:text-stone-500 focus:outline-none" />
      </label>
    </form>
  );
}
