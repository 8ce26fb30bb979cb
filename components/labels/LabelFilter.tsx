import Link from "next/link";
import { useTranslations } from "next-intl";
import { LABEL_CHIP, LABEL_DOT, type LabelColour } from "@/lib/labels/label-colours";

interface Props {
  labels: { id: string; name: string; colour: LabelColour }[];
  /** The label the list shows now, if any. */
  activeId?: string;
}

const chip = "inline-flex min-h-11 shrink-0 items-center gap-1.5 rounded-full px-3.5 text-sm font-medium";

/** A business's chats list by label: All, then each label; the last chip manages them. A row that
 * scrolls sideways, as the messaging apps' filter chips do. */
export function LabelFilter({ labels, activeId }: Props) {
  const t = useTranslations("labels");
  return (
    <nav aria-label={t("byLabel")} className="flex gap-2 overflow-x-auto px-3 pb-2">
      <Link prefetch={false} href="/chats" aria-current={activeId ? undefined : "page"} className={`${chip} ${activeId ? "bg-stone-100 text-stone-800" : "bg-brand-700 text-white"}`}>
        {t("all")}
      </Link>
      {labels.map((label) => {
        const active = label.id === activeId;
        return (
          <Link prefetch={false} key={label.id} href={`/chats?label=${label.id}`} aria-current={active ? "page" : undefined} className={`${chip} ${LABEL_CHIP[label.colour]} ${active ? "ring-2 ring-brand-700" : ""}`}>
            <span aria-hidden className={`size-2.5 rounded-full ${LABEL_DOT[label.colour]}`} />
            {label.name}
          </Link>
        );
      })}
      <Link prefetch={false} href="/business/labels" className={`${chip} border border-dashed border-stone-300 text-stone-700`}>
        {labels.length ? t("title") : t("labelBuyers")}
      </Link>
    </nav>
  );
}
