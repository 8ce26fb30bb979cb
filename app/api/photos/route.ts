// POST one photo as the raw request body (image/* or application/octet-stream) to
// /api/photos?businessId=...&clientId=... → 201 { photoId, width, height, placeholder, thumb keys }.
// One photo per request, so each has its own progress bar and retry; repeating an upload
// returns the same photo. The type header is only a routing hint: the content decides.
import { asActor } from "@/lib/api-route";
import { AppError } from "@/lib/errors";
import { DEFAULT_MAX_PHOTO_BYTES } from "@/lib/photos/process-photo";
import { photoTooLarge, uploadPhoto } from "@/lib/photos/upload-photo";

export function POST(request: Request) {
  return asActor({ requires: "member", signedOut: "Log in to send photos." }, async (actor) => {
    const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (!type.startsWith("image/") && type !== "application/octet-stream") {
      throw new AppError("INVALID", "Send the photo itself as the request body.");
    }
    // A declared size over the limit is refused before reading; an undeclared or false one is
    // caught while reading (uploadPhoto stops at the limit).
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > DEFAULT_MAX_PHOTO_BYTES) throw photoTooLarge(DEFAULT_MAX_PHOTO_BYTES);
    const url = new URL(request.url);
    const photo = await uploadPhoto(actor, {
      businessId: url.searchParams.get("businessId") ?? "",
      clientId: url.searchParams.get("clientId") ?? undefined,
      bytes: request.body ?? Buffer.alloc(0),
    });
    return Response.json(photo, { status: 201 });
  });
}
