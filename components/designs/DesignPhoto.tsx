import type { PhotoView } from "@/lib/designs/design-views";

const THUMB_SIDE = 320;

/** Width of a variant whose longest side is `side`, for srcset's w descriptors. */
function widthAt(photo: PhotoView, side: number): number {
  return Math.round((photo.width * Math.min(side, Math.max(photo.width, photo.height))) / Math.max(photo.width, photo.height));
}

interface DesignPhotoProps {
  photo: PhotoView;
  alt: string;
  sizes?: string;
  className?: string;
  /** "lazy" for grids: photos below the fold wait until they are scrolled near. */
  loading?: "lazy" | "eager";
}

/** A photo that paints in steps: the inline placeholder at once, then the thumbnail (usually
 * cached already: the album or grid showed it), then the variant the browser picks as the
 * smallest that fills `sizes` on this screen (a phone never downloads more pixels than it shows). */
export function DesignPhoto({ photo, alt, sizes = "100vw", className = "", loading }: DesignPhotoProps) {
  const url = (key: string | null) => (key ? `/photos/${key}` : null);
  const thumb = url(photo.thumbWebp) ?? url(photo.thumbJpeg);
  // Backgrounds stack first-on-top under the image's own pixels: thumbnail over placeholder.
  const backgroundImage = [thumb && `url(${thumb})`, `url(${photo.placeholder})`].filter(Boolean).join(", ");
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
        loading={loading}
        draggable={false}
        className={className}
        style={{ backgroundImage, backgroundSize: "cover", backgroundPosition: "center" }}
      />
    </picture>
  );
}
