// The message namespaces that components running in the browser use. Only these travel to the
// page (inside NextIntlClientProvider), so a screen does not carry every text of the app.
import type { AbstractIntlMessages } from "next-intl";

export const CLIENT_NAMESPACES = ["common", "nav", "errors", "time", "chat", "composer", "designs", "picks", "orders", "system", "auth", "invite", "settings", "language", "status", "desk", "signup", "push", "ui", "gst", "ledger", "teams", "labels", "business", "catalog", "share", "broadcasts"] as const;

export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const ns of CLIENT_NAMESPACES) {
    const part = messages[ns];
    if (part !== undefined) picked[ns] = part;
  }
  return picked;
}
