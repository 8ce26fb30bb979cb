import Link from "next/link";
import { LogoutButton } from "@/components/auth/LogoutButton";
import { ChangePasswordForm } from "@/components/settings/ChangePasswordForm";
import { LogOutOtherDevices } from "@/components/settings/LogOutOtherDevices";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { getAccount } from "@/lib/auth/get-account";
import { formatPhone } from "@/lib/auth/phone";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";

export const metadata = { title: "Account" };

/** A settings area of its own page: its heading and the way in. */
function SettingsLink({ id, title, href, label }: { id: string; title: string; href: string; label: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      <Link href={href} className="inline-flex min-h-12 items-center rounded-xl border border-brand-600 px-4 text-base font-semibold text-brand-700 hover:bg-brand-50">
        {label}
      </Link>
    </section>
  );
}

export default async function SettingsPage() {
  const actor = await requireActor("/settings");
  const [account, businesses] = await Promise.all([getAccount(actor), listMyBusinesses(actor)]);

  return (
    <>
      <TopBar backHref="/chats" title="Account" subtitle={`${account.name} · ${formatPhone(account.phone)}`} actions={<LogoutButton />} />
      <main className="flex flex-1 flex-col gap-8 px-4 py-5">
        <section aria-labelledby="devices">
          <h2 id="devices" className="mb-3 text-lg font-semibold">
            Devices
          </h2>
          <LogOutOtherDevices otherSessions={account.otherSessions} />
        </section>
        <SettingsLink id="notifications" title="Notifications" href="/settings/notifications" label="Notifications on this phone" />
        {businesses.length ? (
          <>
            <SettingsLink id="quick-replies" title="Quick replies" href="/settings/quick-replies" label="Answers you send often" />
            <SettingsLink id="payments" title="Payments" href="/settings/payments" label="UPI ID for payment reminders" />
            <SettingsLink id="gst" title="GST details" href="/settings/gst" label="GSTIN, address, invoice numbers" />
          </>
        ) : null}
        <section aria-labelledby="password">
          <h2 id="password" className="mb-3 text-lg font-semibold">
            Password
          </h2>
          <ChangePasswordForm />
        </section>
      </main>
    </>
  );
}
