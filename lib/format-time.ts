// Times as a chat app shows them: "14:05" today, "Yesterday", a weekday this week, else a date.
// Rendered on the server in the business's zone (IST) so server and client HTML agree.
const TIME_ZONE = "Asia/Kolkata";

const timeFormat = new Intl.DateTimeFormat("en-IN", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
const weekdayFormat = new Intl.DateTimeFormat("en-IN", { weekday: "short", timeZone: TIME_ZONE });
const dateFormat = new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", timeZone: TIME_ZONE });
const dayKeyFormat = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: TIME_ZONE });

export function formatClock(date: Date): string {
  return timeFormat.format(date);
}

function dayNumber(date: Date): number {
  return Date.parse(dayKeyFormat.format(date)) / 86_400_000;
}

export function formatListTime(date: Date, now = new Date()): string {
  const days = dayNumber(now) - dayNumber(date);
  if (days <= 0) return formatClock(date);
  if (days === 1) return "Yesterday";
  if (days < 7) return weekdayFormat.format(date);
  return dateFormat.format(date);
}

export function formatDayLabel(date: Date, now = new Date()): string {
  const days = dayNumber(now) - dayNumber(date);
  if (days <= 0) return "Today";
  if (days === 1) return "Yesterday";
  return new Intl.DateTimeFormat("en-IN", { weekday: "long", day: "numeric", month: "long", timeZone: TIME_ZONE }).format(date);
}

export function dayKey(date: Date): string {
  return dayKeyFormat.format(date);
}
