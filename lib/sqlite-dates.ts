// Reading Prisma's DateTime columns from SQLite without Prisma (the fast read paths). Prisma
// writes ISO text with "+00:00" by default, or milliseconds since 1970 when configured with
// timestampFormat "unixepoch-ms"; rows written by SQL defaults are "YYYY-MM-DD HH:MM:SS" in UTC.

export function fromSqliteDateTime(value: string | number | bigint): Date {
  if (typeof value !== "string") return new Date(Number(value));
  // SQLite's own CURRENT_TIMESTAMP has no zone and means UTC; JavaScript would read it as local time.
  return new Date(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value) ? `${value.replace(" ", "T")}Z` : value);
}
