import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/components/auth/AuthShell";
import { SupplierSignupForm } from "@/components/auth/SupplierSignupForm";
import { getActor } from "@/lib/auth/current-actor";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("signup"))("pageTitle") };
}

export default async function SignupPage() {
  if (await getActor()) redirect("/chats");
  const [t, tAuth] = await Promise.all([getTranslations("signup"), getTranslations("auth")]);
  return (
    <ClientMessages namespaces={["auth", "signup"]}>
      <AuthShell
        title={t("title")}
        intro={t("intro")}
        footer={
          <>
            {t("haveAccount")}{" "}
            <Link prefetch={false} href="/login" className="inline-block min-h-11 py-2 font-semibold text-brand-700 underline-offset-4 hover:underline">
              {tAuth("logIn")}
            </Link>
          </>
        }
      >
        <SupplierSignupForm />
      </AuthShell>
    </ClientMessages>
  );
}
