// GET /orders/export?kind=orders|lines&businessId=...&<the Orders page's filters>: the filtered
// orders as a CSV file, streamed. Each chunk is pulled from the service's generator only when the
// browser is ready for more, so memory stays flat however many orders match; a closed download
// stops the reading.
import { asActor } from "@/lib/api-route";
import { listMyBusinesses } from "@/lib/businesses/list-my-businesses";
import { exportOrdersCsv } from "@/lib/orders/export-orders-csv";

export const dynamic = "force-dynamic";

/** The query as the service's input: `status` may repeat, everything else is one value. */
function inputOf(search: URLSearchParams): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(search.keys())) input[key] = key === "status" ? search.getAll(key) : search.get(key);
  return input;
}

export function GET(request: Request) {
  return asActor({ requires: "member", signedOut: "Log in to export orders." }, async (actor) => {
    const input = inputOf(new URL(request.url).searchParams);
    // The Orders page always names its business; a hand-typed link gets the member's first one.
    if (!input.businessId) input.businessId = (await listMyBusinesses(actor))[0]?.id ?? "none";
    const { filename, chunks } = await exportOrdersCsv(actor, input);
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          console.error(error);
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
