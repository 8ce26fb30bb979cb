import type { PhotoView } from "@/lib/designs/design-views";

const THUMB_SIDE = 320;
const MEDIUM_SIDE = 500;
const LARGE_SIDE = 800;

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
  /** Paint the thumbnail under the photo while it loads (false in grids: there the thumbnail is
   * rarely cached yet, and on a 2x screen it would be a second download beside the 500 px). */
  thumbBackground?: boolean;
  /** "high" for the photo that is likely the largest thing on the first screen. */
  fetchPriority?: "high";
}

/** A photo that paints in steps: the inline placeholder at once, then the thumbnail (usually
 * cached already: the album or grid showed it), then the variant the browser picks as the
 * smallest that fills `sizes` on this screen (a phone never downloads more pixels than it shows):
 * 320, 500 or 800 (WebP) or 1280 px on the long side, so a 2x phone's grid tile takes the 500 and
 * a 3x phone's the 800. */
export function DesignPhoto({ photo, alt, sizes = "100vw", className = "", loading, thumbBackground = true, fetchPriority }: DesignPhotoProps) {
  const url = (key: string | null) => (key ? `/photos/${key}` : null);
  const thumb = url(photo.thumbWebp) ?? url(photo.thumbJpeg);
  // Backgrounds stack first-on-top under the image's own pixels: thumbnail over placeholder.
  const backgroundImage = [thumbBackground && thumb && `url(${thumb})`, `url(${photo.placeholder})`].filter(Boolean).join(", ");
  const set = (thumb: string | null, medium: string | null, large: string | null, screen: string | null) =>
    [
      url(thumb) && `${url(thumb)} ${widthAt(photo, THUMB_SIDE)}w`,
      url(medium) && `${url(medium)} ${widthAt(photo, MEDIUM_SIDE)}w`,
      url(large) && `${url(large)} ${widthAt(photo, LARGE_SIDE)}w`,
      url(screen) && `${url(screen)} ${photo.width}w`,
    ]
      .filter(Boolean)
      .join(", ");
  return (
    <picture>
      {photo.screenWebp ? <source type="image/webp" srcSet={set(photo.thumbWebp, photo.mediumWebp, photo.largeWebp, photo.screenWebp)} sizes={sizes} /> : null}
      <img
        src={url(photo.screenJpeg) ?? url(photo.thumbJpeg) ?? undefined}
        srcSet={set(photo.thumbJpeg, null, null, photo.screenJpeg)}
        sizes={sizes}
        alt={alt}
        width={photo.width}
        height={photo.height}
        decoding="async"
        loading={loading}
        fetchPriority={fetchPriority}
        draggable={false}
        className={className}
        style={{ backgroundImage, backgroundSize: "cover", backgroundPosition: "center" }}
      />
    </picture>
  );
}
