// This browser's side of push notifications: whether it can have them, and turning them on
// (permission prompt, subscription with our VAPID key, stored on the server) or off.
import { sendJson } from "@/components/ui/send-json";

export type DeviceState = "unsupported" | "blocked" | "off" | "on";

export function pushSupported(): boolean {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function registration(): Promise<ServiceWorkerRegistration> {
  // Registered after load by ServiceWorkerRegistration; register here too in case it has not yet.
  await navigator.serviceWorker.register("/sw.js", { scope: "/" });
  return navigator.serviceWorker.ready;
}

export async function deviceState(): Promise<DeviceState> {
  if (!pushSupported()) return "unsupported";
  if (Notification.permission === "denied") return "blocked";
  const existing = await navigator.serviceWorker.getRegistration("/").then((r) => r?.pushManager.getSubscription() ?? null);
  return Notification.permission === "granted" && existing ? "on" : "off";
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Why notifications could not be turned on: the screen says it in the reader's language ("push.failed"). */
export type TurnOnFailure = "unsupported" | "blocked" | "failed";

/** Asks the browser (its permission prompt, if not answered yet), subscribes and tells the server.
 * A refusal is the server's own message (already in the reader's language) or a reason to say. */
export async function turnOnNotifications(): Promise<{ ok: true } | { ok: false; reason: TurnOnFailure } | { ok: false; message: string }> {
  if (!pushSupported()) return { ok: false, reason: "unsupported" };
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return { ok: false, reason: "blocked" };
  try {
    const reg = await registration();
    const { publicKey } = (await fetch("/api/push/key").then((r) => r.json())) as { publicKey: string };
    let subscription = await reg.pushManager.getSubscription();
    const sameKey = subscription?.options.applicationServerKey && new Uint8Array(subscription.options.applicationServerKey).join() === keyBytes(publicKey).join();
    if (subscription && !sameKey) {
      await subscription.unsubscribe(); // subscribed with an older key: it would be refused
      subscription = null;
    }
    subscription ??= await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
    const saved = await sendJson("/api/push/subscriptions", "POST", subscription.toJSON());
    return saved.ok ? { ok: true } : { ok: false, message: saved.message };
  } catch {
    return { ok: false, reason: "failed" };
  }
}

/** Stops this browser's notifications, on the server and in the browser. */
export async function turnOffThisDevice(): Promise<void> {
  const subscription = await navigator.serviceWorker.getRegistration("/").then((r) => r?.pushManager.getSubscription() ?? null);
  if (!subscription) return;
  await sendJson("/api/push/subscriptions", "DELETE", { endpoint: subscription.endpoint });
  await subscription.unsubscribe();
}
