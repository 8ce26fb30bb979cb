import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LogoutButton } from "@/components/auth/LogoutButton";
import { ChangePasswordForm } from "@/components/settings/ChangePasswordForm";
import { LogOutOtherDevices } from "@/components/settings/LogOutOtherDevices";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getAccount } from "@/lib/auth/get-account";
import { formatPhone } from "@/lib/auth/phone";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { DEFAULT_LOCALE, isLocale, LOCALE_NAMES } from "@/lib/i18n/locales";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("title") };
}

/** A settings area of its own page: its heading and the way in. */
function SettingsLink({ id, title, href, label }: { id: string; title: string; href: string; label: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <Link prefetch={false} href={href} className="inline-flex min-h-12 items-center rounded-xl border border-brand-600 px-4 text-base font-semibold text-brand-700 hover:bg-brand-50">
        {label}
      </Link>
    </section>
  );
}

export default async function SettingsPage() {
  const actor = await requireActor("/settings");
  const [account, businesses, t, locale] = await Promise.all([getAccount(actor), listMyBusinesses(actor), getTranslations("settings"), getLocale()]);

  return (
    <ClientMessages namespaces={["auth", "settings"]}>
      <>
        <TopBar backHref="/chats" title={t("title")} subtitle={`${account.name} · ${formatPhone(account.phone)}`} actions={<LogoutButton />} />
        <main className="flex flex-1 flex-col gap-8 px-4 py-5">
          <section aria-labelledby="devices">
            <h2 id="devices" className="mb-3 text-lg font-semibold">
              {t("devices")}
            </h2>
            <LogOutOtherDevices otherSessions={account.otherSessions} />
          </section>
          <SettingsLink id="language" title={t("language")} href="/settings/language" label={t("languageLink", { name: LOCALE_NAMES[isLocale(locale) ? locale : DEFAULT_LOCALE] })} />
          <SettingsLink id="notifications" title={t("notifications")} href="/settings/notifications" label={t("notificationsLink")} />
          {businesses.length ? (
            <>
              <SettingsLink id="quick-replies" title={t("quickReplies")} href="/settings/quick-replies" label={t("quickRepliesLink")} />
              <SettingsLink id="payments" title={t("payments")} href="/settings/payments" label={t("paymentsLink")} />
              <SettingsLink id="gst" title={t("gst")} href="/settings/gst" label={t("gstLink")} />
            </>
          ) : null}
          <section aria-labelledby="password">
            <h2 id="password" className="mb-3 text-lg font-semibold">
              {t("password")}
            </h2>
            <ChangePasswordForm />
          </section>
        </main>
      </>
    </ClientMessages>
  );
}
