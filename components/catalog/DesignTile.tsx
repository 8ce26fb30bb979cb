import Link from "next/link";
import { useTranslations } from "next-intl";
import { DesignPhoto } from "@/components/designs/DesignPhoto";
import { pricePerPieceText, type DesignsT } from "@/components/designs/design-text";
import type { DesignCard } from "@/lib/designs/design-views";
import { TILE_SIZES } from "./tile-sizes";
import { useDesignTitle } from "@/components/designs/use-design-title";
import { isUntitled } from "@/lib/designs/untitled-title";

/** Where a tile sits on the grid's first screen: the first row ("lead": its photo is what the
 * screen's largest paint waits for, fetched first) and the second ("shown"). Their photos load at
 * once, found by the browser in the HTML; the rest wait until scrolled near (lazy), which for the
 * first screen meant waiting for the style sheet and a layout before asking. */
export type FirstScreen = "lead" | "shown";

/** The first-screen place of the tile at `index` in a grid of two columns on a phone. */
export function firstScreenAt(index: number): FirstScreen | undefined {
  return index < 2 ? "lead" : index < 4 ? "shown" : undefined;
}

/** The tile's text in the order of its name (tileLabel): code, price, title, then "No photo" and
 * "Archived", which are drawn over the photo but come last in the page so that what the tile shows
 * reads like its name (axe: label-content-name-mismatch; voice control says what it sees). The
 * spaces between spans keep the words apart in that reading. Its parent is `relative`. */
function TileBody({ design, selected, first }: { design: DesignCard; selected?: boolean; first?: FirstScreen }) {
  const t = useTranslations("catalog.tile");
  const td = useTranslations("designs");
  const titleOf = useDesignTitle();
  return (
    <>
      <span className="relative block overflow-hidden rounded-xl bg-stone-200">
        {design.photo ? <DesignPhoto photo={design.photo} alt="" sizes={TILE_SIZES} loading={first ? "eager" : "lazy"} fetchPriority={first === "lead" ? "high" : undefined} thumbBackground={false} className="aspect-[3/4] w-full object-cover" /> : <span className="block aspect-[3/4] w-full" />}
        {selected !== undefined ? (
          <span
            aria-hidden
            className={`absolute top-2 right-2 flex size-7 items-center justify-center rounded-full border-2 text-sm font-bold ${selected ? "border-white bg-brand-600 text-white" : "border-white bg-black/25 text-transparent"}`}
          >
            ✓
          </span>
        ) : null}
        {selected ? <span aria-hidden className="absolute inset-0 rounded-xl ring-4 ring-brand-600 ring-inset" /> : null}
      </span>
      <span className="mt-1.5 flex items-baseline justify-between gap-1 px-0.5">
        <span className="truncate text-sm font-semibold text-stone-900">{design.code}</span>{" "}
        <span className="shrink-0 text-xs text-stone-600">{pricePerPieceText(td, design.pricePerPiecePaise)}</span>
      </span>{" "}
      <span className="block truncate px-0.5 text-xs text-stone-500">{titleOf(design)}</span>
      {design.photo ? null : <span className="absolute inset-x-1 top-1 flex aspect-[3/4] items-center justify-center text-sm text-stone-500">{t("noPhoto")}</span>}
      {design.archived ? <span className="absolute top-3 left-3 rounded-full bg-stone-900/75 px-2 py-0.5 text-xs font-semibold text-white">{t("archived")}</span> : null}
    </>
  );
}

type TileT = ReturnType<typeof useTranslations<"catalog.tile">>;

function tileLabel(t: TileT, td: DesignsT, design: DesignCard): string {
  const title = isUntitled(design) ? td("untitled", { code: design.code }) : design.title;
  return `${design.code}, ${pricePerPieceText(td, design.pricePerPiecePaise)}, ${title}${design.photo ? "" : `, ${t("noPhotoLabel")}`}${design.archived ? `, ${t("archivedLabel")}` : ""}`;
}

function useTileLabel(design: DesignCard): string {
  return tileLabel(useTranslations("catalog.tile"), useTranslations("designs"), design);
}

/** One design in a grid: opens its page. */
export function DesignTileLink({ design, href, first }: { design: DesignCard; href: string; first?: FirstScreen }) {
  const label = useTileLabel(design);
  return (
    <Link prefetch={false} href={href} aria-label={label} className="relative block rounded-xl p-1 focus-visible:outline-2 focus-visible:outline-brand-600 active:bg-stone-100">
      <TileBody design={design} first={first} />
    </Link>
  );
}

/** One design while choosing designs to send: a tap adds or removes it. */
export function DesignTileToggle({ design, selected, disabled, onToggle, first }: { design: DesignCard; selected: boolean; disabled?: boolean; onToggle: () => void; first?: FirstScreen }) {
  const label = useTileLabel(design);
  return (
    <button
      type="button"
      aria-pressed={selected}
      aria-label={label}
      disabled={disabled}
      onClick={onToggle}
      className="relative block w-full rounded-xl p-1 text-left focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-40"
    >
      <TileBody design={design} selected={selected} first={first} />
    </button>
  );
}
