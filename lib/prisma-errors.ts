// Recognises database errors that services turn into clear answers.

/** A unique constraint said no (P2002), e.g. a mobile number that already has an account. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
