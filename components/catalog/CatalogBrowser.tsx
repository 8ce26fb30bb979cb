"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { loadMoreDesignsAction } from "@/app/catalog/actions";
import { buttonClasses } from "@/components/ui/Button";
import { BottomNav } from "@/components/ui/BottomNav";
import { FormAlert } from "@/components/ui/FormAlert";
import type { DesignCard } from "@/lib/designs/design-views";
import { BottomBar } from "./BottomBar";
import { ArchiveFilter, catalogHref, type ArchiveFilterValue } from "./ArchiveFilter";
import { DesignGrid } from "./DesignGrid";
import { DesignTileLink, DesignTileToggle, firstScreenAt } from "./DesignTile";

/** send-broadcast.ts refuses more (MAX_BROADCAST_DESIGNS); that module is server-only. */
const MAX_BROADCAST_DESIGNS = 30;

interface Props {
  businessId: string;
  query: string;
  show: ArchiveFilterValue;
  designs: DesignCard[];
  nextCursor: string | null;
  startSelecting: boolean;
}

/** The catalog grid with "Load more" (appending, so choices survive) and a Select mode that
 * chooses designs to send to buyers. */
export function CatalogBrowser({ businessId, query, show, designs: firstPage, nextCursor: firstCursor, startSelecting }: Props) {
  const t = useTranslations("catalog");
  const tc = useTranslations("common");
  const [designs, setDesigns] = useState(firstPage);
  const [nextCursor, setNextCursor] = useState(firstCursor);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selecting, setSelecting] = useState(startSelecting);
  const [selected, setSelected] = useState<string[]>([]);
  const full = selected.length >= MAX_BROADCAST_DESIGNS;

  async function loadMore() {
    if (!nextCursor || loading) return;
    setLoading(true);
    setError(null);
    const result = await loadMoreDesignsAction({ businessId, query: query || undefined, archived: show, cursor: nextCursor });
    setLoading(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const seen = new Set(designs.map((d) => d.id));
    setDesigns([...designs, ...result.data.designs.filter((d) => !seen.has(d.id))]);
    setNextCursor(result.data.nextCursor);
  }

  function toggle(id: string) {
    setSelected((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]));
  }

  return (
    <>
      <div className="flex items-center gap-2 px-3 pb-3">
        <ArchiveFilter value={show} query={query} />
        <button
          type="button"
          onClick={() => {
            setSelecting(!selecting);
            setSelected([]);
          }}
          className="min-h-12 shrink-0 rounded-xl px-4 text-sm font-semibold text-brand-700 ring-1 ring-brand-100 hover:bg-brand-50"
        >
          {selecting ? tc("cancel") : t("select")}
        </button>
      </div>
      {selecting ? (
        <p className="px-4 pb-2 text-sm text-stone-600" aria-live="polite">
          {full ? t("maxDesigns", { max: MAX_BROADCAST_DESIGNS }) : t("selectHint")}
        </p>
      ) : null}
      <DesignGrid label={t("designs")}>
        {designs.map((design, index) => (
          <li key={design.id}>
            {selecting ? (
              <DesignTileToggle
                first={firstScreenAt(index)}
                design={design}
                selected={selected.includes(design.id)}
                disabled={design.archived || (full && !selected.includes(design.id))}
                onToggle={() => toggle(design.id)}
              />
            ) : (
              <DesignTileLink design={design} href={`/catalog/${design.id}`} first={firstScreenAt(index)} />
            )}
          </li>
        ))}
      </DesignGrid>
      <div className="flex flex-col gap-3 px-4 py-5">
        <FormAlert message={error} />
        {nextCursor ? (
          // A link first: without JavaScript it opens the next page; with it, the page grows.
          <Link prefetch={false}
            href={catalogHref({ q: query, show, cursor: nextCursor })}
            onClick={(event) => {
              event.preventDefault();
              void loadMore();
            }}
            aria-disabled={loading || undefined}
            className={buttonClasses("secondary", true)}
          >
            {loading ? tc("loading") : t("loadMore")}
          </Link>
        ) : designs.length > 6 ? (
          <p className="text-center text-sm text-stone-500">{t("allShown")}</p>
        ) : null}
      </div>
      <div className="flex-1" />
      {selecting ? (
        <BottomBar>
          <div className="flex items-center gap-3">
            <p className="flex-1 text-sm font-medium text-stone-700" aria-live="polite">
              {selected.length ? t("chosen", { count: selected.length }) : t("noneChosen")}
            </p>
            {selected.length ? (
              <Link prefetch={false} href={`/broadcasts/new?designs=${selected.join(",")}`} className={buttonClasses("primary")}>
                {t("sendToBuyers")}
              </Link>
            ) : (
              <span aria-disabled className={`${buttonClasses("primary")} opacity-50`}>
                {t("sendToBuyers")}
              </span>
            )}
          </div>
        </BottomBar>
      ) : (
        // While choosing, the selection bar takes the bottom; otherwise the app's sections do.
        <BottomNav current="catalog" />
      )}
    </>
  );
}
