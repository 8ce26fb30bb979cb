// Sharing a design out of Chatalog (to another chat app, a saved message): the photo on screen
// as a file, with its code, title and price as text; where the browser cannot share files, the
// text and a link; where it cannot share at all, the same copied to the clipboard.
import type { DesignDetails, PhotoView } from "@/lib/designs/design-views";

export type ShareOutcome = "shared" | "copied" | "cancelled" | "failed";

/** "D-0143 · Bandhani Anarkali Kurti · Rs 450 / pc"; `price` in the sharer's language (pricePerPieceText). */
export function designShareText(design: Pick<DesignDetails, "code" | "title">, price: string): string {
  return `${design.code} · ${design.title} · ${price}`;
}

/** The photo as a file another app takes: the JPEG where there is one (every app opens it). */
async function photoFile(design: Pick<DesignDetails, "code">, photo: PhotoView): Promise<File | null> {
  const key = photo.screenJpeg ?? photo.screenWebp ?? photo.thumbJpeg;
  if (!key) return null;
  const response = await fetch(`/photos/${key}`);
  if (!response.ok) return null;
  const blob = await response.blob();
  return new File([blob], `${design.code}.${key.split(".").pop()}`, { type: blob.type });
}

export async function shareDesign(design: DesignDetails, photo: PhotoView, price: string): Promise<ShareOutcome> {
  const text = designShareText(design, price);
  const url = new URL(`/catalog/${design.id}`, window.location.origin).href;
  try {
    if (typeof navigator.share === "function") {
      const file = await photoFile(design, photo).catch(() => null);
      if (file && navigator.canShare?.({ files: [file] })) await navigator.share({ files: [file], title: design.code, text });
      else await navigator.share({ title: design.code, text, url });
      return "shared";
    }
    await navigator.clipboard.writeText(`${text}\n${url}`);
    return "copied";
  } catch (error) {
    // The person closed the share sheet: nothing to say.
    if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
    return "failed";
  }
}
