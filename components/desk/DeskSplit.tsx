"use client";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useIsDesk } from "./use-desk";

interface DeskSplitProps {
  /** The list's own address (/chats, /orders): there the page is the list. */
  listPath: string;
  /** Addresses in the section shown one at a time as on a phone (the orders dashboard). */
  singlePanePaths?: string[];
  /** The list as it stays beside an open item (a conversation, an order). */
  pane: ReactNode;
  /** What the second pane says while nothing is open. */
  placeholder: ReactNode;
  children: ReactNode;
}

/** Two panes on a desk (1024 px and wider), as the messaging app's desktop version: the list on
 * the left, the open conversation or order on the right. On the list's own address the page is
 * the list and the right pane waits for a choice; on an item's address the `pane` keeps the list.
 * Below 1024 px, the phone layout: one page at a time, exactly as before.
 *
 * The pane stays mounted in the same place while moving between items, so its list, scroll and
 * live state carry over; it reads its rows only on a desk (see useIsDesk). */
export function DeskSplit({ listPath, singlePanePaths = [], pane, placeholder, children }: DeskSplitProps) {
  const pathname = usePathname();
  const onList = pathname === listPath;
  const isDesk = useIsDesk();
  useEscapeToList(listPath, isDesk && !onList);

  if (singlePanePaths.includes(pathname)) return <>{children}</>;
  return (
    // `desk-split` widens the app's column (app/layout.tsx) on a desk.
    <div className="desk-split flex flex-1 flex-col lg:grid lg:grid-cols-[minmax(20rem,26rem)_minmax(0,1fr)]">
      <div className={onList ? "hidden" : "hidden lg:sticky lg:top-0 lg:row-start-1 lg:flex lg:h-dvh lg:flex-col lg:self-start lg:overflow-y-auto lg:border-r lg:border-stone-200"}>{pane}</div>
      <div className={`flex min-w-0 flex-1 flex-col lg:row-start-1 ${onList ? "lg:col-start-1 lg:border-r lg:border-stone-200" : "lg:col-start-2"}`}>{children}</div>
      {onList ? <div className="hidden bg-chat lg:col-start-2 lg:row-start-1 lg:flex lg:items-center lg:justify-center">{placeholder}</div> : null}
    </div>
  );
}

/** Escape closes the open conversation or order on a desk, as in the messaging app, unless a
 * sheet or viewer is open (Escape closes that instead) or the key is editing text. Listens in the
 * capture phase: a sheet's own Escape handler may have closed it by the time a later one runs. */
function useEscapeToList(listPath: string, enabled: boolean) {
  const router = useRouter();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"], dialog[open]')) return;
      const target = event.target;
      if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value) return;
      router.push(listPath);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [enabled, listPath, router]);
}
