import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ServiceWorkerRegistration } from "@/components/push/ServiceWorkerRegistration";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: "Chatalog", template: "%s · Chatalog" },
    description: t("description"),
    manifest: "/manifest.webmanifest",
    icons: { icon: "/icon.svg", apple: "/icons/icon-192.png" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: "#0b7a59",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        {/* The language and time zone for every browser component; no messages: each page sends the
            ones its browser components use (components/i18n/ClientMessages.tsx). */}
        <NextIntlClientProvider messages={{}}>
          {/* A phone-wide column; the two-pane sections (components/desk/DeskSplit.tsx) take the whole width of a desk. */}
          <div className="mx-auto flex min-h-dvh max-w-md flex-col bg-white shadow-sm lg:has-[.desk-split]:max-w-none">{children}</div>
          <ServiceWorkerRegistration />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
