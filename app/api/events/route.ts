// Server-sent events: each signed-in user's domain events, as they happen (lib/realtime/
// event-stream.ts). In production the chat gateway (lib/server) answers this path before Next
// does; this route serves `next dev` and any deployment without the gateway.
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getActor } from "@/lib/auth/current-actor";
import { anonymousStreamWait, countAnonymousStream } from "@/lib/realtime/anonymous-stream-limit";
import { openEventStream } from "@/lib/realtime/event-stream";

export const dynamic = "force-dynamic";

/** Requires "signed-in" (lib/auth/requirement.ts), checked by hand: a signed-out handshake is
 * counted per address first (the stream's own limit), and its 401 is plain text. */
export async function GET(request: Request) {
  const address = clientAddressFrom(request.headers.get("x-forwarded-for"));
  const wait = await anonymousStreamWait(address);
  if (wait !== null) return new Response("Too many requests", { status: 429, headers: { "Retry-After": String(wait) } });
  const actor = await getActor();
  if (!actor) {
    await countAnonymousStream(address);
    return new Response("Not signed in", { status: 401 });
  }
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const lastEventId = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId");
      stop = openEventStream(actor.id, lastEventId, {
        write: (text) => {
          try {
            controller.enqueue(encoder.encode(text));
            return true;
          } catch {
            stop(); // the client went away between two writes
            return false;
          }
        },
        // desiredSize goes negative by what is queued beyond the high-water mark.
        backlog: () => Math.max(0, -(controller.desiredSize ?? 0)),
        close: () => {
          try {
            controller.close();
          } catch {
            // already closed
          }
        },
      });
      request.signal.addEventListener("abort", () => stop());
    },
    cancel() {
      stop();
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 16 * 1024 }));
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
