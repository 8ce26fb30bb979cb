// The messages a page's browser components use, and only those: each page or layout names its
// own here, and the root layout sends none. lib/i18n/client-namespaces.test.ts follows each page's
// imports into its browser components and fails when one of them uses a namespace its page does
// not name.
//
// A document gets them as one plain JSON <script> (MessagesProvider writes it while rendering the
// HTML), not inside React's payload: see lib/i18n/document-messages.ts. A navigation inside the
// app (an RSC request) or a server action's answer has no HTML to carry them, so there they are
// props.
import { headers } from "next/headers";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { MessagesProvider } from "@/components/i18n/MessagesProvider";
import { pickMessages, type ClientNamespace } from "@/lib/i18n/client-messages";
import { messagesKey, registerDocumentMessages } from "@/lib/i18n/document-messages";
import { TIME_ZONE } from "@/lib/i18n/time-zone";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const [locale, all, request] = await Promise.all([getLocale(), getMessages(), headers()]);
  const key = messagesKey(locale, namespaces);
  const messages = pickMessages(all, namespaces);
  // Next hides its RSC header from headers(); what the browser accepts tells a page load (text/html)
  // from the router's fetches (*/*) and a server action's (text/x-component).
  const isDocument = (request.get("accept") ?? "").includes("text/html");
  if (isDocument) registerDocumentMessages(key, messages);
  return (
    <MessagesProvider messagesKey={key} locale={locale} timeZone={TIME_ZONE} messages={isDocument ? undefined : messages}>
      {children}
    </MessagesProvider>
  );
}
