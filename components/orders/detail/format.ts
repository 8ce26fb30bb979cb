// Dates on the order page, in India time on the server so the HTML matches on every phone.
// hourCycle h23, not hour12: false: with the latter en-IN writes midnight as "24:00".
import type { useTranslations } from "next-intl";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { groupIndian } from "@/lib/indian-number";

const TIME_ZONE = "Asia/Kolkata";
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withYear}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "short", ...(withYear ? { year: "numeric" } : {}), hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
    formatters.set(key, format);
  }
  return format;
}
const yearOf = new Intl.DateTimeFormat("en-IN", { year: "numeric", timeZone: TIME_ZONE });

/** "12 Nov, 14:05"; the year only when it is not this year. */
export function formatDateTime(date: Date, locale: Locale, now = new Date()): string {
  return formatter(locale, yearOf.format(date) !== yearOf.format(now)).format(date);
}

/** The order screens' words (useTranslations("orders") or getTranslations("orders")). */
export type OrdersT = ReturnType<typeof useTranslations<"orders">>;

/** "1 pc", "1,200 pcs": Indian grouping in every language. */
export const pieces = (t: OrdersT, n: number) => t("count.pieces", { count: n, n: groupIndian(n) });

/** "3 sets = 18 pcs", or the loose sizes: "S:2 M:3 = 5 pcs". */
export function quantityText(t: OrdersT, line: { sets: number | null; sizePieces: Record<string, number> | null; pieces: number }): string {
  if (line.sets !== null) return `${t("count.sets", { count: line.sets })} = ${pieces(t, line.pieces)}`;
  const sizes = Object.entries(line.sizePieces ?? {})
    .filter(([, n]) => n > 0)
    .map(([size, n]) => `${size}:${n}`)
    .join(" ");
  return sizes ? `${sizes} = ${pieces(t, line.pieces)}` : pieces(t, line.pieces);
}
