import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { buttonClasses } from "@/components/ui/Button";

export default async function NotFound() {
  // Rendered per request, not prerendered: a prerendered page's scripts carry no CSP nonce
  // (lib/security/security-headers.ts) and the browser would refuse them.
  await connection();
  const t = await getTranslations("notFound");
  return (
    <main className="flex flex-1 flex-col items-center justify-center gap-4 px-8 text-center">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-600">{t("text")}</p>
      <Link prefetch={false} href="/chats" className={buttonClasses("primary")}>
        {t("backToChats")}
      </Link>
    </main>
  );
}
