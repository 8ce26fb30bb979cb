import Link from "next/link";
import { useTranslations } from "next-intl";
import { DesignPhoto } from "@/components/designs/DesignPhoto";
import type { DesignCard } from "@/lib/designs/design-views";

/** The designs of a broadcast, small, in a row that scrolls sideways when there are many. */
export function ChosenDesigns({ designs, linked = false }: { designs: DesignCard[]; linked?: boolean }) {
  const t = useTranslations("broadcasts");
  return (
    <ul aria-label={t("designs")} className="flex gap-2 overflow-x-auto px-4 pb-1 [scrollbar-width:none]">
      {designs.map((design) => {
        const body = (
          <>
            <span className="block size-16 overflow-hidden rounded-lg bg-stone-200">
              {design.photo ? <DesignPhoto photo={design.photo} alt="" sizes="64px" className="size-16 object-cover" /> : null}
            </span>
            <span className="mt-1 block text-center text-xs font-semibold text-stone-700">{design.code}</span>
          </>
        );
        return (
          <li key={design.id} className="shrink-0">
            {linked ? (
              <Link prefetch={false} href={`/catalog/${design.id}`} aria-label={`${design.code}, ${design.title}`} className="block rounded-lg">
                {body}
              </Link>
            ) : (
              <span aria-label={`${design.code}, ${design.title}`} className="block">
                {body}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
