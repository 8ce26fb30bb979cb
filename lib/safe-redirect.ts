// Only same-site paths may be used as a "next" target, so a crafted link cannot send people
// away after they log in. Parsing against a placeholder origin catches every trick that makes a
// browser read a path as another host ("//evil", "/\\evil", "/%09/evil", ...).
const PLACEHOLDER_ORIGIN = "http://chatalog.invalid";

export function safeNextPath(next: string | null | undefined, fallback = "/chats"): string {
  if (!next || !next.startsWith("/") || /[\u0000-\u001f\\]/.test(next) || /%(0[0-9a-f]|1[0-9a-f]|5c)/i.test(next)) return fallback;
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith("//")) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
