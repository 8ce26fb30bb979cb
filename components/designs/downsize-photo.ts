// The browser's half of the photo pipeline: a 12 MP camera photo (3-8 MB) becomes a 2048 px
// JPEG of a few hundred KB before it leaves the phone (17 real phone photos: median 379 KB,
// npm run bench:upload-photos), upright (the decoder applies the EXIF
// orientation) and without metadata (a canvas keeps only pixels, so the location never travels).
// The server still checks and re-encodes everything: this is about the user's data plan.
export const UPLOAD_MAX_SIDE = 2048;
/** Chosen on real phone photos (bench:upload-photos): against 0.82, 24% fewer bytes (median 498 ->
 * 379 KB) while the copy a buyer zooms into (the server's re-encode) loses 0.001 SSIM (worst photo
 * 0.002). WebP from the canvas lost more detail after the server's re-encode at every quality, and
 * Safari cannot make it (toBlob quietly returns a PNG). */
export const UPLOAD_QUALITY = 0.75;

export async function downsizeForUpload(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file; // a format this browser cannot decode (some HEIC): the server decides
  }
  const scale = Math.min(1, UPLOAD_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.round(bitmap.width * scale);
  const height = Math.round(bitmap.height * scale);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) return file;
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", UPLOAD_QUALITY));
  // A small photo can come out bigger after re-encoding: then the original is the better upload.
  return blob && (blob.size < file.size || scale < 1) ? blob : file;
}
