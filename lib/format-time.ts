// Times as a chat app shows them: "14:05" today, "Yesterday", a weekday this week, else a date,
// in the reader's language (English, Hindi, Gujarati: lib/i18n/locales.ts).
// Always in India's zone (IST, lib/i18n/time-zone.ts), so the server's HTML and the browser agree.
// Worked out by hand rather than with Intl.DateTimeFormat: IST is UTC+05:30 all year (no daylight
// saving since 1945), and the browser's first Intl formatter costs 25-50 ms on this machine while
// ICU loads (lib/i18n/calendar-names.ts). format-time.test.ts holds every function equal to Intl.
import { CALENDAR_NAMES } from "@/lib/i18n/calendar-names";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;

/** The date as a clock on a wall in India reads it, in the UTC fields of the result. */
function inIndia(date: Date): Date {
  return new Date(date.getTime() + IST_OFFSET_MS);
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

/** Days since 1970-01-01 in India: equal for two times on the same Indian calendar day. */
function dayNumber(date: Date): number {
  return indianDayNumber(date.getTime());
}

const MINUTE_MS = 60_000;

/** "14:05", 24-hour: the same in every language Chatalog speaks. A chat's messages pass their time
 * as milliseconds (Date.parse of the ISO text): on the server Next wraps the Date constructor, and
 * a page of messages made ~100 Dates for their clocks and day separators. */
export function formatClock(at: Date | number): string {
  const minuteOfDay = Math.floor(mod((typeof at === "number" ? at : at.getTime()) + IST_OFFSET_MS, DAY_MS) / MINUTE_MS);
  return `${twoDigits(Math.floor(minuteOfDay / 60))}:${twoDigits(minuteOfDay % 60)}`;
}

/** Days since 1970-01-01 in India, from milliseconds: equal for two times on the same Indian
 * calendar day, without making a Date (which messages share a day separator). */
export function indianDayNumber(ms: number): number {
  return Math.floor((ms + IST_OFFSET_MS) / DAY_MS);
}

const mod = (value: number, by: number) => ((value % by) + by) % by;

export function formatListTime(date: Date, now = new Date(), locale: Locale = DEFAULT_LOCALE): string {
  const names = CALENDAR_NAMES[locale];
  const days = dayNumber(now) - dayNumber(date);
  if (days <= 0) return formatClock(date);
  if (days === 1) return names.yesterday;
  const wall = inIndia(date);
  if (days < 7) return names.weekdayShort[wall.getUTCDay()]!;
  return `${wall.getUTCDate()} ${names.monthShort[wall.getUTCMonth()]}`;
}

export function formatDayLabel(date: Date, now = new Date(), locale: Locale = DEFAULT_LOCALE): string {
  const names = CALENDAR_NAMES[locale];
  const days = dayNumber(now) - dayNumber(date);
  if (days <= 0) return names.today;
  if (days === 1) return names.yesterday;
  const wall = inIndia(date);
  return `${names.weekdayLong[wall.getUTCDay()]}, ${wall.getUTCDate()} ${names.monthLong[wall.getUTCMonth()]}`;
}
