/** Only same-site paths may be used as a "next" target, so a crafted link cannot send people away. */
export function safeNextPath(next: string | null | undefined, fallback = "/chats"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  return next;
}
