// Turns notifications on for the browser the request comes from: stores its push subscription for
// the signed-in person. A browser has one subscription per site, so when someone else signs in on
// it and turns notifications on, the subscription moves to them (the previous person's
// notifications must not reach a phone they no longer use).
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { deviceLabel } from "./device-label";
import { isPushServiceEndpoint } from "./push-endpoint";

const base64url = (bytes: string) => z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, `Not a base64url ${bytes}.`);

export const subscribeDeviceSchema = z.object({
  endpoint: z.string().min(10).max(2048),
  keys: z.object({
    // An uncompressed P-256 point (65 bytes) and a 16-byte auth secret, base64url.
    p256dh: base64url("key").min(86).max(90),
    auth: base64url("secret").min(22).max(24),
  }),
  userAgent: z.string().max(512).optional(),
});

export interface DeviceView {
  id: string;
  label: string;
  createdAt: string;
  lastSuccessAt: string | null;
}

export async function subscribeDevice(actor: Actor, input: unknown): Promise<DeviceView> {
  const data = parseInput(subscribeDeviceSchema, input);
  if (!isPushServiceEndpoint(data.endpoint, getEnv().PUSH_EXTRA_ORIGINS)) {
    throw new AppError("INVALID", "This browser's push service is not supported.");
  }
  const fields = { userId: actor.id, p256dh: data.keys.p256dh, auth: data.keys.auth, label: deviceLabel(data.userAgent) };
  const device = await getDb().pushSubscription.upsert({
    where: { endpoint: data.endpoint },
    create: { endpoint: data.endpoint, ...fields },
    update: fields,
    select: { id: true, label: true, createdAt: true, lastSuccessAt: true },
  });
  return toDeviceView(device);
}

export function toDeviceView(device: { id: string; label: string; createdAt: Date; lastSuccessAt: Date | null }): DeviceView {
  return { id: device.id, label: device.label, createdAt: device.createdAt.toISOString(), lastSuccessAt: device.lastSuccessAt?.toISOString() ?? null };
}
