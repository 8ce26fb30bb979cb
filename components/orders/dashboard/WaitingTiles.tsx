import Link from "next/link";
import { useTranslations } from "next-intl";
import type { OrderDashboard } from "@/lib/orders/order-dashboard";

interface Tile {
  label: string;
  count: number;
  /** Where tapping goes; none when the Orders page has no filter for it. */
  href?: string;
  colour: string;
}

/** The orders someone has to act on, as big numbers a thumb can tap. */
export function WaitingTiles({ waiting }: { waiting: OrderDashboard["waiting"] }) {
  const t = useTranslations("dashboard");
  const tiles: Tile[] = [
    { label: t("toAccept"), count: waiting.toAccept, href: "/orders?status=PLACED", colour: "bg-amber-50 text-amber-900 ring-amber-200" },
    { label: t("toPack"), count: waiting.toPack, href: "/orders?status=ACCEPTED", colour: "bg-sky-50 text-sky-900 ring-sky-200" },
    { label: t("toDispatch"), count: waiting.toDispatch, href: "/orders?status=PACKED", colour: "bg-indigo-50 text-indigo-900 ring-indigo-200" },
    // Unpaid spans several statuses: the Dues page shows them by buyer and age.
    { label: t("notFullyPaid"), count: waiting.unpaid, href: "/orders/dues", colour: "bg-stone-50 text-stone-800 ring-stone-200" },
  ];
  return (
    <section aria-label={t("waiting")} className="mx-3 mt-3">
      <h2 className="px-1 pb-2 text-sm font-semibold text-stone-700">{t("waiting")}</h2>
      <ul className="grid grid-cols-2 gap-2">
        {tiles.map((tile) => {
          const body = (
            <>
              <span className="text-3xl font-bold">{tile.count}</span>
              {/* A space between the spans: without it the visible text reads "3To accept", which no
                  longer matches the link's name (axe: label-content-name-mismatch). */}{" "}
              <span className="text-sm font-semibold">{tile.label}</span>
            </>
          );
          const classes = `flex min-h-24 flex-col justify-between rounded-2xl px-4 py-3 ring-1 ${tile.colour}`;
          return (
            <li key={tile.label}>
              {tile.href ? (
                <Link prefetch={false} href={tile.href} aria-label={`${tile.count} ${tile.label.toLowerCase()}`} className={`${classes} active:brightness-95`}>
                  {body}
                </Link>
              ) : (
                <div className={classes}>{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
