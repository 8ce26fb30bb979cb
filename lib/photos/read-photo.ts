// Photo bytes for the authorized photo route. A key is served only to someone who can see a
// design or order it belongs to: members of the photo's business, and buyers whose
// conversation received the design or whose order carries the photo. Anything else is
// not found, exactly like a key that was never stored.
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember, designVisibleTo, orderVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isPhotoKey, type PhotoStorage } from "@/lib/storage/photo-storage";

const contentTypes: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg", avif: "image/avif" };

export async function readPhoto(actor: Actor, key: string, storage: PhotoStorage): Promise<{ bytes: Buffer; contentType: string }> {
  if (!isPhotoKey(key)) throw notFound("That photo");
  const variant = await getDb().photoVariant.findFirst({
    where: {
      storageKey: key,
      photo: {
        OR: [{ business: businessOfMember(actor.id) }, { design: designVisibleTo(actor.id) }, { lrOrders: { some: orderVisibleTo(actor.id) } }],
      },
    },
    select: { id: true },
  });
  if (!variant) throw notFound("That photo");
  const bytes = await storage.get(key);
  if (!bytes) throw notFound("That photo");
  return { bytes, contentType: contentTypes[key.split(".").pop() ?? ""] ?? "application/octet-stream" };
}
