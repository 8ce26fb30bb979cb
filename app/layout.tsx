import type { Metadata, Viewport } from "next";
import { ServiceWorkerRegistration } from "@/components/push/ServiceWorkerRegistration";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chatalog", template: "%s · Chatalog" },
  description: "Post your designs in chat. Get orders you can find again.",
  manifest: "/manifest.webmanifest",
  icons: { icon: "/icon.svg", apple: "/icons/icon-192.png" },
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: "#0b7a59",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* A phone-wide column; the two-pane sections (components/desk/DeskSplit.tsx) take the whole width of a desk. */}
        <div className="mx-auto flex min-h-dvh max-w-md flex-col bg-white shadow-sm lg:has-[.desk-split]:max-w-none">{children}</div>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
