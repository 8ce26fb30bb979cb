// The signed-in person's devices with notifications on, newest first (the settings page).
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { toDeviceView, type DeviceView } from "./subscribe-device";

export async function listDevices(actor: Actor): Promise<DeviceView[]> {
  const devices = await getDb().pushSubscription.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdAt: true, lastSuccessAt: true },
  });
  return devices.map(toDeviceView);
}
