import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { readPhoto } from "@/lib/photos/read-photo";
import { getPhotoStorage } from "@/lib/storage/get-photo-storage";

const NOT_FOUND = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

/** Requires "signed-in" (lib/auth/requirement.ts), checked by hand: a signed-out caller gets the
 * same 404 as a photo that is not theirs, so a key says nothing to a stranger. */
export async function GET(_request: Request, context: { params: Promise<{ key: string }> }) {
  const actor = await getActor();
  if (!actor) return NOT_FOUND();
  const { key } = await context.params;
  try {
    const photo = await readPhoto(actor, key, getPhotoStorage());
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "Content-Type": photo.contentType,
        "Content-Length": String(photo.bytes.length),
        // Content-addressed keys never change meaning. "private": shared caches must not keep
        // a photo that only some people may see.
        "Cache-Control": "private, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
        // A document opens in the browser's own PDF viewer, under its name when saved (its policy:
        // DOCUMENT_POLICY in lib/security/security-headers.ts, set by the front door).
        ...(photo.fileName ? { "Content-Disposition": `inline; filename*=UTF-8''${encodeURIComponent(photo.fileName)}` } : {}),
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return NOT_FOUND();
    throw error;
  }
}
