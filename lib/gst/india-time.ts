// Wall-clock dates in India (UTC+5:30, no daylight saving): GST periods and financial years turn
// at midnight in India, while the server keeps UTC.
const INDIA_OFFSET_MS = (5 * 60 + 30) * 60 * 1000;

/** A Date whose UTC fields read as the wall clock in India at `date`. */
export function indiaWallClock(date: Date): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new Error("Invalid date");
  return new Date(time + INDIA_OFFSET_MS);
}

/** The calendar date in India as YYYY-MM-DD. */
export function indiaDate(date: Date): string {
  return indiaWallClock(date).toISOString().slice(0, 10);
}
