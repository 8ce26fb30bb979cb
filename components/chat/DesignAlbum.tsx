import { useTranslations } from "next-intl";
import type { AlbumDesign } from "@/lib/messages/message-view";
import { formatRupees } from "@/lib/money";
import { useDesignTitle } from "@/components/designs/use-design-title";

const SHOWN = 4;

function photoUrl(key: string): string {
  return `/photos/${key}`;
}

/** How soon an album's photos load: "lazy" (scrolled near), "eager" (on the first screen: the
 * browser fetches them with the page instead of after layout), "high" (the newest album, most
 * likely the largest thing on the first screen: fetched before other images). */
export type AlbumPriority = "lazy" | "eager" | "high";

/** A design post as the chat shows it: a grid of up to four thumbnails, "+N" on the last. */
export function DesignAlbum({ designs, onOpen, priority = "lazy" }: { designs: AlbumDesign[]; onOpen?: (index: number) => void; priority?: AlbumPriority }) {
  const shown = designs.slice(0, SHOWN);
  const hidden = designs.length - shown.length;
  const single = shown.length === 1;
  const t = useTranslations("chat");
  const titleOf = useDesignTitle();
  return (
    <ul className={`grid gap-1 ${single ? "grid-cols-1" : "grid-cols-2"}`} aria-label={t("designs", { count: designs.length })}>
      {shown.map((design, index) => (
        <li key={design.id} className="relative overflow-hidden rounded-lg bg-stone-200" style={design.photo ? { backgroundImage: `url(${design.photo.placeholder})`, backgroundSize: "cover" } : undefined}>
          {onOpen ? (
            <button type="button" onClick={() => onOpen(index)} className="absolute inset-0 z-10" aria-label={hidden > 0 && index === shown.length - 1 ? t("openDesignAndMore", { code: design.code, count: hidden }) : t("openDesign", { code: design.code })} />
          ) : null}
          {design.photo?.thumbJpeg ? (
            // A plain <picture>, not next/image: the variants are already sized and authorized.
            <picture>
              {design.photo.thumbWebp ? <source srcSet={photoUrl(design.photo.thumbWebp)} type="image/webp" /> : null}
              <img
                src={photoUrl(design.photo.thumbJpeg)}
                alt={`${design.code} ${titleOf(design)}`}
                width={240}
                height={320}
                loading={priority === "lazy" ? "lazy" : "eager"}
                fetchPriority={priority === "high" && index === 0 ? "high" : undefined}
                decoding="async"
                className="aspect-[3/4] w-full object-cover"
              />
            </picture>
          ) : (
            <div className="aspect-[3/4] w-full" />
          )}
          <span className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/70 to-transparent px-2 pt-4 pb-1 text-[11px] leading-tight font-semibold text-white">
            {design.code} · {design.pricePerPiecePaise > 0 ? formatRupees(design.pricePerPiecePaise) : t("priceOnRequest")}
          </span>
          {hidden > 0 && index === shown.length - 1 ? (
            <span className="absolute inset-0 flex items-center justify-center bg-black/50 text-2xl font-bold text-white">+{hidden}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
