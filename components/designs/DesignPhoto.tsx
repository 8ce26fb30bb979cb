import type { PhotoView } from "@/lib/designs/design-views";

const THUMB_SIDE = 320;

/** Width of a variant whose longest side is `side`, for srcset's w descriptors. */
function widthAt(photo: PhotoView, side: number): number {
  return Math.round((photo.width * Math.min(side, Math.max(photo.width, photo.height))) / Math.max(photo.width, photo.height));
}

/** A photo at screen size: the placeholder paints at once, then the browser picks the smallest
 * variant that fills `sizes` on this screen (a phone never downloads more pixels than it shows). */
export function DesignPhoto({ photo, alt, sizes = "100vw", className = "" }: { photo: PhotoView; alt: string; sizes?: string; className?: string }) {
  const url = (key: string | null) => (key ? `/photos/${key}` : null);
  const set = (thumb: string | null, screen: string | null) =>
    [url(thumb) && `${url(thumb)} ${widthAt(photo, THUMB_SIDE)}w`, url(screen) && `${url(screen)} ${photo.width}w`].filter(Boolean).join(", ");
  return (
    <picture>
      {photo.screenWebp ? <source type="image/webp" srcSet={set(photo.thumbWebp, photo.screenWebp)} sizes={sizes} /> : null}
      <img
        src={url(photo.screenJpeg) ?? url(photo.thumbJpeg) ?? undefined}
        srcSet={set(photo.thumbJpeg, photo.screenJpeg)}
        sizes={sizes}
        alt={alt}
        width={photo.width}
        height={photo.height}
        decoding="async"
        draggable={false}
        className={className}
        style={{ backgroundImage: `url(${photo.placeholder})`, backgroundSize: "cover" }}
      />
    </picture>
  );
}
