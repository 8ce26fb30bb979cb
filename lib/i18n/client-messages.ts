// The message namespaces that components running in the browser use. A page sends only the ones
// its browser components use (components/i18n/ClientMessages.tsx), so a screen does not carry
// every text of the app in its HTML.
import type { AbstractIntlMessages } from "next-intl";

export const CLIENT_NAMESPACES = ["common", "nav", "errors", "chat", "composer", "designs", "picks", "orders", "system", "auth", "invite", "settings", "language", "status", "desk", "signup", "push", "ui", "gst", "ledger", "teams", "labels", "business", "catalog", "share", "broadcasts"] as const;
export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly ClientNamespace[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const ns of namespaces) {
    const part = messages[ns];
    if (part !== undefined) picked[ns] = part;
  }
  return picked;
}
