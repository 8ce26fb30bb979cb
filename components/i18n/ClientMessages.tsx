// The messages a page's browser components use, and only those: every namespace travels inside the
// page's HTML, so the root layout sends none and each page or layout names its own here.
// lib/i18n/client-namespaces.test.ts follows each page's imports into its browser components and
// fails when one of them uses a namespace its page does not name.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, type ClientNamespace } from "@/lib/i18n/client-messages";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientNamespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
