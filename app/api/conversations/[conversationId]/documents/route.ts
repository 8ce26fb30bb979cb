// POST a PDF into the conversation as the raw request body (application/pdf or
// application/octet-stream): /api/conversations/<id>/documents?clientId=...&name=... →
// 201 { id, seq }. The type header is only a routing hint: the content decides. Repeating a
// clientId returns the message already sent.
import { asActor } from "@/lib/api-route";
import { documentTooLarge } from "@/lib/documents/inspect-pdf";
import { postDocument } from "@/lib/documents/post-document";
import { AppError } from "@/lib/errors";
import { MAX_DOCUMENT_BYTES } from "@/lib/limits";

type Context = { params: Promise<{ conversationId: string }> };

export function POST(request: Request, context: Context) {
  return asActor({ requires: "conversation", params: context.params, signedOut: "Log in to send documents." }, async (actor, { conversationId }) => {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/pdf" && type !== "application/octet-stream") throw new AppError("INVALID", "Send a PDF file (price list, report).");
    // A declared size over the limit is refused before reading; a false one while reading.
    if (Number(request.headers.get("content-length") ?? "0") > MAX_DOCUMENT_BYTES) throw documentTooLarge();
    const url = new URL(request.url);
    const message = await postDocument(actor, {
      conversationId,
      clientId: url.searchParams.get("clientId") ?? "",
      name: url.searchParams.get("name") ?? undefined,
      bytes: request.body ?? Buffer.alloc(0),
    });
    return Response.json({ id: message.id, seq: message.seq }, { status: 201 });
  });
}
