import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderGarmentPhoto } from "@/lib/demo/garment-photo";

describe("renderGarmentPhoto", () => {
  it("renders a JPEG of the requested size, 1600 × 2000 by default", async () => {
    const photo = await renderGarmentPhoto({ seed: 1, colour: "#7a1f3d", accent: "#e8b04a", pattern: "paisley" });
    const metadata = await sharp(photo).metadata();
    expect(metadata.format).toBe("jpeg");
    expect([metadata.width, metadata.height]).toEqual([1600, 2000]);

    const small = await renderGarmentPhoto({ seed: 1, colour: "navy", accent: "#fff", pattern: "dots", width: 480, height: 600 });
    expect(await sharp(small).metadata()).toMatchObject({ format: "jpeg", width: 480, height: 600 });
  });

  it("is deterministic for a seed and differs between seeds", async () => {
    const options = { colour: "#2f6b5a", accent: "#f7c9d4", pattern: "floral", width: 400, height: 500 } as const;
    const first = await renderGarmentPhoto({ ...options, seed: 7 });
    expect((await renderGarmentPhoto({ ...options, seed: 7 })).equals(first)).toBe(true);
    expect((await renderGarmentPhoto({ ...options, seed: 8 })).equals(first)).toBe(false);
  });

  it("draws a garment in the fabric colour on a light backdrop", async () => {
    const photo = await renderGarmentPhoto({ seed: 3, colour: "#1d3557", accent: "#1d3557", pattern: "plain", width: 400, height: 500 });
    const { data, info } = await sharp(photo).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    const [cornerRed = 0] = at(5, 5);
    const [centreRed = 0, , centreBlue = 0] = at(200, 250);
    expect(cornerRed).toBeGreaterThan(180);
    expect(centreRed).toBeLessThan(90);
    expect(centreBlue).toBeGreaterThan(centreRed);
  });

  it("renders every pattern with photo-like grain", async () => {
    // How long each pattern takes is measured by `npm run bench:demo-photos`, not asserted here.
    const patterns = ["stripes", "dots", "paisley", "checks", "floral", "plain"] as const;
    for (const [index, pattern] of patterns.entries()) {
      const photo = await renderGarmentPhoto({ seed: index, colour: "#d98e73", accent: "#6b2d1f", pattern });
      expect(photo.length).toBeGreaterThan(100_000); // grain: compresses like a photo, not a vector drawing
    }
  });

  it("refuses a colour that could inject markup into the SVG", async () => {
    await expect(renderGarmentPhoto({ seed: 1, colour: '"/><script/>', accent: "#fff", pattern: "plain" })).rejects.toThrow(/Not a colour/);
  });
});
