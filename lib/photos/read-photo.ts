// Files for the authorized /photos route: photo variants, and the PDFs sent in chats with their
// first-page thumbnails. A key is served only to someone who can see something it belongs to:
// members of the photo's business; buyers whose conversation received the design, the photo in a
// message or the document, or whose order carries the photo. Anything else is not found, exactly
// like a key that was never stored.
import type { Actor } from "@/lib/auth/actor";
import { businessOfMember, conversationVisibleTo, designVisibleTo, orderVisibleTo } from "@/lib/auth/access";
import { getDb } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { isStoredFileKey, type PhotoStorage } from "@/lib/storage/photo-storage";

const contentTypes: Record<string, string> = { webp: "image/webp", jpg: "image/jpeg", avif: "image/avif", pdf: "application/pdf" };

export interface StoredFile {
  bytes: Buffer;
  contentType: string;
  /** A document's name, for the browser's viewer and for saving it. */
  fileName: string | null;
}

/** A live message in a conversation the actor may see. */
function messageVisibleTo(actorId: string): Prisma.MessageWhereInput {
  return { deletedAt: null, conversation: conversationVisibleTo(actorId) };
}

async function documentNamed(actor: Actor, where: Prisma.DocumentWhereInput): Promise<{ name: string } | null> {
  return getDb().document.findFirst({ where: { ...where, message: messageVisibleTo(actor.id) }, select: { name: true } });
}

async function photoVariantVisible(actor: Actor, key: string): Promise<boolean> {
  const variant = await getDb().photoVariant.findFirst({
    where: {
      storageKey: key,
      photo: {
        OR: [
          { business: businessOfMember(actor.id) },
          { design: designVisibleTo(actor.id) },
          { lrOrders: { some: orderVisibleTo(actor.id) } },
          { messages: { some: { message: messageVisibleTo(actor.id) } } },
        ],
      },
    },
    select: { id: true },
  });
  return variant !== null;
}

export async function readPhoto(actor: Actor, key: string, storage: PhotoStorage): Promise<StoredFile> {
  if (!isStoredFileKey(key)) throw notFound("That photo");
  const extension = key.split(".").pop() ?? "";
  let fileName: string | null = null;
  if (extension === "pdf") {
    const document = await documentNamed(actor, { storageKey: key });
    if (!document) throw notFound("That document");
    fileName = document.name;
  } else if (!(await photoVariantVisible(actor, key)) && !(await documentNamed(actor, { thumbKey: key }))) {
    throw notFound("That photo");
  }
  const bytes = await storage.get(key);
  if (!bytes) throw notFound("That photo");
  return { bytes, contentType: contentTypes[extension] ?? "application/octet-stream", fileName };
}
