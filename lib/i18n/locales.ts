// The languages Chatalog speaks, and how a request's language is chosen. Free of Next so the
// chat gateway, services and tests can use it.

export const LOCALES = ["en", "hi", "gu"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Set when a person picks a language, so the login page after logging out keeps it too. */
export const LOCALE_COOKIE = "chatalog-locale";

/** Each language's name in itself: what the language picker shows. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", hi: "हिन्दी", gu: "ગુજરાતી" };

/** The Intl locale for numbers and dates: Indian grouping (1,00,000) in every language. */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-IN", hi: "hi-IN", gu: "gu-IN" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's languages we speak ("gu-IN,gu;q=0.9,en;q=0.8" → gu), by weight. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const wanted = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { language: (tag ?? "").trim().toLowerCase().split("-")[0], weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return wanted.map((entry) => entry.language).find(isLocale) ?? null;
}

/** A person's language: their choice, else this device's last choice, else the browser's. */
export function chooseLocale(input: { chosen?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.chosen)) return input.chosen;
  if (isLocale(input.cookie)) return input.cookie;
  return localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
