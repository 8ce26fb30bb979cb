import { getTranslations } from "next-intl/server";
import { LanguagePicker } from "@/components/settings/LanguagePicker";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("language"))("title") };
}

export default async function LanguagePage() {
  await requireActor("/settings/language");
  const t = await getTranslations("language");
  return (
    <ClientMessages namespaces={["language"]}>
      <>
        <TopBar backHref="/settings" title={t("title")} />
        <main className="flex flex-1 flex-col gap-4 px-4 py-5">
          <p className="text-base text-stone-700">{t("intro")}</p>
          <LanguagePicker signedIn />
        </main>
      </>
    </ClientMessages>
  );
}
