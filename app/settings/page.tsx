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
        <section aria-labelledby="notifications">
          <h2 id="notifications" className="mb-3 text-lg font-semibold">
            Notifications
          </h2>
          <Link href="/settings/notifications" className="inline-flex min-h-12 items-center rounded-xl border border-brand-600 px-4 text-base font-semibold text-brand-700 hover:bg-brand-50">
            Notifications on this phone
          </Link>
        </section>
        {businesses.length ? (
          <section aria-labelledby="quick-replies">
            <h2 id="quick-replies" className="mb-3 text-lg font-semibold">
              Quick replies
            </h2>
            <Link href="/settings/quick-replies" className="inline-flex min-h-12 items-center rounded-xl border border-brand-600 px-4 text-base font-semibold text-brand-700 hover:bg-brand-50">
              Answers you send often
            </Link>
          </section>
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
