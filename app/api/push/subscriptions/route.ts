// POST this browser's push subscription ({ endpoint, keys: { p256dh, auth } }) → 201 the device;
// DELETE { id } or { endpoint } → 204. Only the signed-in person's own devices.
import { asActor } from "@/lib/api-route";
import { readJson } from "@/lib/http";
import { subscribeDevice } from "@/lib/push/subscribe-device";
import { unsubscribeDevice } from "@/lib/push/unsubscribe-device";

export function POST(request: Request) {
  return asActor({ requires: "signed-in", signedOut: "Log in to turn notifications on." }, async (actor) => {
    const body = await readJson(request);
    const input = typeof body === "object" && body ? { ...body, userAgent: request.headers.get("user-agent") ?? undefined } : body;
    return Response.json(await subscribeDevice(actor, input), { status: 201 });
  });
}

export function DELETE(request: Request) {
  return asActor({ requires: "signed-in", signedOut: "Log in to turn notifications off." }, async (actor) => {
    await unsubscribeDevice(actor, await readJson(request));
    return new Response(null, { status: 204 });
  });
}
