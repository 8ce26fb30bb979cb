// Dates on the order page, in India time on the server so the HTML matches on every phone.
// hourCycle h23, not hour12: false: with the latter en-IN writes midnight as "24:00".
const TIME_ZONE = "Asia/Kolkata";
const sameYear = new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
const otherYear = new Intl.DateTimeFormat("en-IN", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });
const yearOf = new Intl.DateTimeFormat("en-IN", { year: "numeric", timeZone: TIME_ZONE });

/** "12 Nov, 14:05"; the year only when it is not this year. */
export function formatDateTime(date: Date, now = new Date()): string {
  return (yearOf.format(date) === yearOf.format(now) ? sameYear : otherYear).format(date);
}

export const pieces = (n: number) => `${n.toLocaleString("en-IN")} ${n === 1 ? "pc" : "pcs"}`;

/** "3 sets = 18 pcs", or the loose sizes: "S:2 M:3 = 5 pcs". */
export function quantityText(line: { sets: number | null; sizePieces: Record<string, number> | null; pieces: number }): string {
  if (line.sets !== null) return `${line.sets} ${line.sets === 1 ? "set" : "sets"} = ${pieces(line.pieces)}`;
  const sizes = Object.entries(line.sizePieces ?? {})
    .filter(([, n]) => n > 0)
    .map(([size, n]) => `${size}:${n}`)
    .join(" ");
  return sizes ? `${sizes} = ${pieces(line.pieces)}` : pieces(line.pieces);
}
