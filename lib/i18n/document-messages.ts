// How a page's browser messages reach the browser without riding in React's payload.
//
// Messages passed as props to a browser component travel in the page's RSC payload: React
// serializes them, the server's HTML renderer parses them back, and the page's HTML carries them
// again as an escaped JS string. For a conversation that was 19 KB of a 68 KB page and about a fifth
// of the server's time per page (bench:read). So on a document request the messages go as one
// plain JSON <script> written by the provider itself while the HTML is rendered: React never sees
// them as data, the server writes a string it made once per language and set of namespaces, and
// the browser parses it with JSON.parse. A navigation inside the app (an RSC request, with no HTML)
// still gets them as props: components/i18n/ClientMessages.tsx decides which.
//
// The server components (which know the messages) and the HTML renderer (which runs the browser
// components on the server) are two module graphs in one process; they meet in this registry on
// globalThis, keyed by language and namespaces (a few dozen entries at most).
import type { AbstractIntlMessages } from "next-intl";

export interface DocumentMessages {
  messages: AbstractIntlMessages;
  /** The messages as JSON safe inside a <script> element (no "<", so no "</script>"). */
  json: string;
}

const REGISTRY = Symbol.for("chatalog.documentMessages");
type Registry = Map<string, DocumentMessages>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= new Map());
}

export function messagesKey(locale: string, namespaces: readonly string[]): string {
  return `${locale}:${namespaces.join(",")}`;
}

/** Server side: remember a set of messages (once per key; messages do not change while running). */
export function registerDocumentMessages(key: string, messages: AbstractIntlMessages): void {
  const known = registry();
  if (!known.has(key)) known.set(key, { messages, json: JSON.stringify(messages).replace(/</g, "\\u003c") });
}

/** Server side, while rendering HTML: the set registered under `key`. */
export function documentMessages(key: string): DocumentMessages | undefined {
  return registry().get(key);
}

/** The attribute that names the <script type="application/json"> holding a set in the HTML. */
export const MESSAGES_ATTRIBUTE = "data-messages";
