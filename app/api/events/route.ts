// Server-sent events: each signed-in user's domain events, as they happen. The browser's
// EventSource reconnects by itself; on (re)connect the client reloads its view from the
// database, so nothing published while a phone slept is lost.
import { getActor } from "@/lib/auth/current-actor";
import { subscribe } from "@/lib/realtime/event-bus";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Not signed in", { status: 401 });

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the client went away between two writes
        }
      };
      write(`retry: 3000\n: connected\n\n`);
      const unsubscribe = subscribe(actor.id, ({ id, event }) => write(`id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
      // Keeps proxies and phones from closing an idle connection.
      const heartbeat = setInterval(() => write(`: ping\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
