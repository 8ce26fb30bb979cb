"use client";
// The messages of a page's browser components (see lib/i18n/document-messages.ts for why they do
// not come as props on a document request). Where they come from:
//   - a navigation inside the app: the `messages` prop;
//   - rendering the document's HTML on the server: the registry, and the provider writes them into
//     the HTML as a JSON <script>;
//   - hydrating that document in the browser: that <script>, parsed once.
// Whatever was found is kept per key, so a later render without props (a server action's answer)
// still has them. A page's provider adds to its layout's (a layout sends what its own parts and all
// its pages use, such as the chats layout's "chat"), so no namespace travels twice.
import { NextIntlClientProvider, useMessages, type AbstractIntlMessages, type Locale } from "next-intl";
import { useMemo, type ReactNode } from "react";
import { documentMessages, MESSAGES_ATTRIBUTE } from "@/lib/i18n/document-messages";

const seen = new Map<string, { messages: AbstractIntlMessages; json: string | null }>();

function fromDocument(key: string): { messages: AbstractIntlMessages; json: string | null } {
  const known = seen.get(key);
  if (known) return known;
  if (typeof window === "undefined") {
    const registered = documentMessages(key);
    if (!registered) throw new Error(`Messages ${key} were not registered by ClientMessages`);
    return registered; // not kept in `seen`: the registry already holds them on the server
  }
  const script = document.querySelector(`script[${MESSAGES_ATTRIBUTE}="${key}"]`);
  const json = script?.textContent ?? null;
  const found = { messages: json ? (JSON.parse(json) as AbstractIntlMessages) : {}, json };
  seen.set(key, found);
  return found;
}

export function MessagesProvider({ messagesKey, locale, timeZone, messages, children }: { messagesKey: string; locale: Locale; timeZone: string; messages?: AbstractIntlMessages; children: ReactNode }) {
  const inherited = useMessages();
  let own = messages;
  let json: string | null = null;
  if (own) {
    if (typeof window !== "undefined" && !seen.has(messagesKey)) seen.set(messagesKey, { messages: own, json: null });
  } else {
    ({ messages: own, json } = fromDocument(messagesKey));
  }
  const merged = useMemo(() => ({ ...inherited, ...own }), [inherited, own]);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={merged}>
      {/* The same element on the server and at hydration: the browser renders the text it read. */}
      {json !== null ? <script type="application/json" {...{ [MESSAGES_ATTRIBUTE]: messagesKey }} dangerouslySetInnerHTML={{ __html: json }} /> : null}
      {children}
    </NextIntlClientProvider>
  );
}
