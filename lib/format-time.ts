// Times as a chat app shows them: "14:05" today, "Yesterday", a weekday this week, else a date,
// in the reader's language (English, Hindi, Gujarati: lib/i18n/locales.ts).
// Rendered on the server in the business's zone (IST) so server and client HTML agree.
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { TIME_ZONE } from "@/lib/i18n/time-zone";

const dayKeyFormat = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE });

interface Formats {
  time: Intl.DateTimeFormat;
  weekday: Intl.DateTimeFormat;
  date: Intl.DateTimeFormat;
  longDay: Intl.DateTimeFormat;
  relative: Intl.RelativeTimeFormat;
}

// Building an Intl formatter costs far more than using one: one set per language, made when first asked.
const formatsByLocale = new Map<Locale, Formats>();
function formats(locale: Locale): Formats {
  let found = formatsByLocale.get(locale);
  if (!found) {
    const tag = INTL_LOCALE[locale];
    found = {
      time: new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }),
      weekday: new Intl.DateTimeFormat(tag, { weekday: "short", timeZone: TIME_ZONE }),
      date: new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", timeZone: TIME_ZONE }),
      longDay: new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long", timeZone: TIME_ZONE }),
      relative: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
    };
    formatsByLocale.set(locale, found);
  }
  return found;
}

/** "today", "yesterday" in the language, starting with a capital where the script has one. */
function relativeDay(days: 0 | -1, locale: Locale): string {
  const word = formats(locale).relative.format(days, "day");
  return word.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + word.slice(1);
}

export function formatClock(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return formats(locale).time.format(date);
}

function dayNumber(date: Date): number {
  return Date.parse(dayKeyFormat.format(date)) / 86_400_000;
}

export function formatListTime(date: Date, now = new Date(), locale: Locale = DEFAULT_LOCALE): string {
  const days = dayNumber(now) - dayNumber(date);
  if (days <= 0) return formatClock(date, locale);
  if (days === 1) return relativeDay(-1, locale);
  if (days < 7) return formats(locale).weekday.format(date);
  return formats(locale).date.format(date);
}

export function formatDayLabel(date: Date, now = new Date(), locale: Locale = DEFAULT_LOCALE): string {
  const days = dayNumber(now) - dayNumber(date);
  if (days <= 0) return relativeDay(0, locale);
  if (days === 1) return relativeDay(-1, locale);
  return formats(locale).longDay.format(date);
}

export function dayKey(date: Date): string {
  return dayKeyFormat.format(date);
}
