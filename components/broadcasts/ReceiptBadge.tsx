import { useTranslations } from "next-intl";

/** A buyer's state for one album, in the chat's tick language: ✓ sent, ✓✓ delivered, blue ✓✓ read. */
export function ReceiptBadge({ delivered, read }: { delivered: boolean; read: boolean }) {
  const t = useTranslations("broadcasts.receipt");
  const state = read ? t("read") : delivered ? t("delivered") : t("sent");
  const colours = read ? "bg-sky-50 text-sky-700 ring-sky-200" : delivered ? "bg-stone-100 text-stone-700 ring-stone-200" : "bg-white text-stone-500 ring-stone-200";
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ${colours}`}>
      <span aria-hidden className="tracking-[-0.3em]">
        {delivered || read ? "✓✓" : "✓"}
      </span>
      <span className="ml-1">{state}</span>
    </span>
  );
}
