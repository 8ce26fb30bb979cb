// The server POSTs to whatever endpoint a browser subscribed with, so an endpoint is accepted only
// when it belongs to a browser's push service: otherwise anyone signed in could make the server
// send requests into its own network. PUSH_EXTRA_ORIGINS adds origins (the tests' local service).
const PUSH_SERVICE_HOSTS = [
  "fcm.googleapis.com", // Chrome, Samsung Internet, Opera
  "android.googleapis.com",
  "updates.push.services.mozilla.com", // Firefox
  ".push.apple.com", // Safari
  ".notify.windows.com", // Edge
];

export function isPushServiceEndpoint(endpoint: string, extraOrigins: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const extras = (extraOrigins ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
  if (extras.includes(url.origin)) return true;
  if (url.protocol !== "https:" || url.port) return false;
  return PUSH_SERVICE_HOSTS.some((host) => (host.startsWith(".") ? url.hostname.endsWith(host) : url.hostname === host));
}
