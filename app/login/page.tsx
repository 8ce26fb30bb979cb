import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/components/auth/AuthShell";
import { LoginForm } from "@/components/auth/LoginForm";
import { LanguagePicker } from "@/components/settings/LanguagePicker";
import { getActor } from "@/lib/auth/current-actor";
import { safeNextPath } from "@/lib/safe-redirect";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("loginTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath((await searchParams).next);
  if (await getActor()) redirect(next);
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "language"]}>
      <AuthShell
        title={t("welcomeBack")}
        intro={t("loginIntro")}
        footer={
          <>
            {t("newSupplier")}{" "}
            <Link prefetch={false} href="/signup" className="inline-block min-h-11 py-2 font-semibold text-brand-700 underline-offset-4 hover:underline">
              {t("createBusiness")}
            </Link>
            <div className="mt-6">
              <LanguagePicker signedIn={false} compact />
            </div>
          </>
        }
      >
        <LoginForm next={next} />
      </AuthShell>
    </ClientMessages>
  );
}
