// Server-sent events: each signed-in user's domain events, as they happen. The browser's
// EventSource reconnects by itself and sends the id of the last event it got; we then replay
// from the database what happened meanwhile (lib/realtime/missed-events.ts).
import { getActor } from "@/lib/auth/current-actor";
import { subscribe, type ChatEvent } from "@/lib/realtime/event-bus";
import { missedEvents, parseLastEventId } from "@/lib/realtime/missed-events";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 25_000;

function frame(at: number, id: number, event: ChatEvent): string {
  return `id: ${at}.${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response("Not signed in", { status: 401 });
  const replayFrom = parseLastEventId(request.headers.get("last-event-id"));

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup(); // the client went away between two writes
        }
      };
      write(`retry: 3000\n: connected\n\n`);
      // Subscribe before reading the database, so nothing falls between the two.
      const unsubscribe = subscribe(actor.id, ({ id, at, event }) => write(frame(at, id, event)));
      // Keeps proxies and phones from closing an idle connection.
      const heartbeat = setInterval(() => write(`: ping\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        open = false;
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
      if (replayFrom !== null) {
        const now = Date.now();
        const missed = await missedEvents(actor.id, replayFrom).catch((error: unknown) => {
          console.error(error);
          return [];
        });
        missed.forEach((event, index) => write(frame(now, index, event)));
      }
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
