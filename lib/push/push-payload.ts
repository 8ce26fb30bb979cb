// What a notification says: who (the sender, or the conversation for an order's status line),
// a one-line preview ("📷 6 designs", "Order #1042 dispatched by Rakesh Shah"), the thumbnail of
// a design post or pick where there is one, and where tapping it leads. The service worker
// (public/sw.js) shows it as it is. Push services accept 4 KB of encrypted payload; we stay far
// below by bounding every text field.
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { speakerFor } from "@/lib/i18n/server-messages";
import { textPreview, type SharedMessageView } from "@/lib/messages/message-view";

export interface PushPayload {
  title: string;
  body: string;
  /** Where a tap leads (same origin, a path). */
  url: string;
  /** One notification per conversation: a newer one replaces it (and alerts again). */
  tag: string;
  /** A design's thumbnail (a path under /photos/), when the message shows one. */
  image?: string;
  conversationId: string;
}

/** How the recipient names the conversation's two sides. */
export interface ConversationNames {
  businessName: string;
  buyerName: string;
}

export const MAX_PAYLOAD_BYTES = 3000;
const MAX_TITLE = 80;
const MAX_BODY = 160;

/** Cut by code point, so an emoji is never split in half; one line. */
function clip(text: string, max: number): string {
  const characters = Array.from(text.replace(/\s+/g, " ").trim());
  return characters.length > max ? `${characters.slice(0, max - 1).join("")}…` : characters.join("");
}

/** Only messages a person waits for notify: no join lines and the like. */
export function messageNotifies(message: Pick<SharedMessageView, "kind" | "order">): boolean {
  return message.kind !== "SYSTEM" || message.order !== null;
}

/** The one line, in the recipient's language (English keeps the chat's own previews). */
function previewOf(message: SharedMessageView, locale: Locale): string {
  const speaker = speakerFor(locale);
  if (message.line && speaker.has(`system.${message.line.key}`)) return speaker.say(`system.${message.line.key}`, message.line.values);
  if (message.kind !== "DESIGN_POST") {
    if (locale === "en" || message.document || !message.photos.length) return textPreview(message.body, message.photos.length, message.document?.name ?? null);
    return [speaker.say("pushText.photos", { count: message.photos.length }), (message.body ?? "").trim()].filter(Boolean).join(" · ");
  }
  // The chats list's wording for an album ("📷 D-0142", "📷 6 designs"), in the recipient's language.
  const album = speaker.say("system.albumPreview", { count: message.designs.length, code: message.designs[0]?.code ?? "" });
  return message.body ? `${album} · ${message.body}` : album;
}

function imageOf(message: SharedMessageView): string | undefined {
  // A pick's view carries no design, but its reply quote shows the picked design's thumbnail.
  const photo = message.designs[0]?.photo ?? message.photos[0] ?? (message.kind === "PICK" ? message.parent?.thumb : null);
  const key = photo?.thumbJpeg ?? photo?.thumbWebp ?? message.document?.thumb?.key;
  return key ? `/photos/${key}` : undefined;
}

export function buildPushPayload(message: SharedMessageView, conversationId: string, recipientIsBuyer: boolean, names: ConversationNames, locale: Locale = DEFAULT_LOCALE): PushPayload {
  const conversationName = recipientIsBuyer ? names.businessName : names.buyerName;
  const sender = message.authorName
    ? recipientIsBuyer && message.authorName !== names.businessName
      ? `${message.authorName} · ${names.businessName}`
      : message.authorName
    : conversationName;
  const image = imageOf(message);
  return {
    title: clip(sender, MAX_TITLE),
    body: clip(previewOf(message, locale), MAX_BODY),
    url: message.order ? `/orders/${encodeURIComponent(message.order.id)}` : `/chats/${encodeURIComponent(conversationId)}`,
    tag: `conversation-${conversationId}`,
    ...(image ? { image } : {}),
    conversationId,
  };
}

export function encodePushPayload(payload: PushPayload): string {
  const text = JSON.stringify(payload);
  // Cannot happen with the bounds above (ids and storage keys are short); a guard, not a path.
  if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) return JSON.stringify({ ...payload, image: undefined, body: clip(payload.body, 40) });
  return text;
}
