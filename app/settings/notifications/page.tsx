import { DeviceList } from "@/components/push/DeviceList";
import { ThisDeviceNotifications } from "@/components/push/ThisDeviceNotifications";
import { TopBar } from "@/components/ui/TopBar";
import { requireActor } from "@/lib/auth/current-actor";
import { listDevices } from "@/lib/push/list-devices";

export const metadata = { title: "Notifications" };

export default async function NotificationSettingsPage() {
  const actor = await requireActor("/settings/notifications");
  const devices = await listDevices(actor);

  return (
    <>
      <TopBar backHref="/chats" title="Notifications" subtitle={actor.name} />
      <main className="flex flex-1 flex-col gap-8 px-4 py-5">
        <section aria-labelledby="this-device">
          <h2 id="this-device" className="mb-1 text-lg font-semibold">
            This device
          </h2>
          <p className="mb-4 text-sm text-stone-600">
            A notification for each new message, design post, pick and order change in your chats, unless you are looking at that chat. Mute a chat with the bell at its top.
          </p>
          <ThisDeviceNotifications />
        </section>
        <section aria-labelledby="all-devices">
          <h2 id="all-devices" className="mb-3 text-lg font-semibold">
            Devices with notifications on
          </h2>
          <DeviceList devices={devices} />
        </section>
      </main>
    </>
  );
}
