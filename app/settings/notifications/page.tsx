import { getTranslations } from "next-intl/server";
import { DeviceList } from "@/components/push/DeviceList";
import { ThisDeviceNotifications } from "@/components/push/ThisDeviceNotifications";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listDevices } from "@/lib/push/list-devices";
import { ClientMessages } from "@/components/i18n/ClientMessages";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("notifications") };
}

export default async function NotificationSettingsPage() {
  const actor = await requireActor("/settings/notifications");
  const [devices, t] = await Promise.all([listDevices(actor), getTranslations("settings")]);

  return (
    <ClientMessages namespaces={["push"]}>
      <>
        <TopBar backHref="/chats" title={t("notifications")} subtitle={actor.name} />
        <main className="flex flex-1 flex-col gap-8 px-4 py-5">
          <section aria-labelledby="this-device">
            <h2 id="this-device" className="mb-1 text-lg font-semibold">
              {t("thisDevice")}
            </h2>
            <p className="mb-4 text-sm text-stone-600">
              {t("thisDeviceIntro")}
            </p>
            <ThisDeviceNotifications />
          </section>
          <section aria-labelledby="all-devices">
            <h2 id="all-devices" className="mb-3 text-lg font-semibold">
              {t("devicesWithNotifications")}
            </h2>
            <DeviceList devices={devices} />
          </section>
        </main>
      </>
    </ClientMessages>
  );
}
