// How the composer's "/" list reads what is typed (components/chat/quick-replies): browser code,
// no server imports.
export interface QuickReply {
  id: string;
  title: string;
  text: string;
  /** Sent with the text (the payment QR); the thumbnails show in the list and above the field. */
  photos?: { id: string; thumbWebp: string | null; thumbJpeg: string | null }[];
}

/** The replies matching what follows the "/": titles starting with it first (any word of the
 * title), then titles or texts containing it; all of them for a bare "/". */
export function matchQuickReplies(replies: readonly QuickReply[], query: string): QuickReply[] {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return [...replies];
  const rank = (reply: QuickReply) => {
    const title = reply.title.toLowerCase();
    if (title.startsWith(wanted) || title.split(/\s+/).some((word) => word.startsWith(wanted))) return 0;
    if (title.includes(wanted) || reply.text.toLowerCase().includes(wanted)) return 1;
    return 2;
  };
  return replies
    .map((reply) => ({ reply, rank: rank(reply) }))
    .filter(({ rank }) => rank < 2)
    .sort((a, b) => a.rank - b.rank)
    .map(({ reply }) => reply);
}

/** The text after a leading "/" while it is still a command (one line, not yet a message). */
export function slashQuery(text: string): string | null {
  if (!text.startsWith("/") || text.includes("\n") || text.length > 41) return null;
  return text.slice(1);
}
