// Recognises database errors that services turn into clear answers.

interface UniqueViolationMeta {
  modelName?: string;
  target?: string[] | string;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } };
}

/** A unique constraint said no (P2002). With `model` and `field`, only that one (e.g. User.phone). */
export function isUniqueViolation(error: unknown, model?: string, field?: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  if (!model || !field) return true;
  const meta = ((error as { meta?: UniqueViolationMeta }).meta ?? {}) as UniqueViolationMeta;
  // Driver adapters report the columns under driverAdapterError; the classic engine used `target`.
  const fields = meta.driverAdapterError?.cause?.constraint?.fields ?? [meta.target ?? []].flat();
  return meta.modelName === model && fields.includes(field);
}
