// Reading Prisma's DateTime columns without Prisma (the fast read paths). On SQLite Prisma writes
// ISO text with "+00:00" by default, or milliseconds since 1970 when configured with
// timestampFormat "unixepoch-ms"; rows written by SQL defaults are "YYYY-MM-DD HH:MM:SS" in UTC.
// PostgreSQL's TIMESTAMP(3) (UTC, no zone) comes out of to_json as "YYYY-MM-DDTHH:MM:SS.fff".

export function fromDbDateTime(value: string | number | bigint | Date): Date {
  if (value instanceof Date) return value;
  if (typeof value !== "string") return new Date(Number(value));
  // Text without a zone means UTC here; JavaScript would read it as local time.
  return new Date(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value.replace(" ", "T")}Z` : value);
}

/** Prisma's text form of a DateTime on SQLite, for the fast write paths. */
export function toSqliteDateTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
