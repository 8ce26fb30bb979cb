// `npm run bench:demo-photos`: how long the demo seed's generated garment photos take to render,
// per pattern (a script, not a test: lib/demo/garment-photo.test.ts once asserted a duration and
// failed on a busy machine). The seed renders a few dozen of these on a first `npm start`, so this
// is the time a new install waits for its demo data. Prints the median of a few runs per pattern.
import { renderGarmentPhoto, type GarmentPattern } from "@/lib/demo/garment-photo";
import { percentile, round } from "./percentiles";

const PATTERNS: GarmentPattern[] = ["stripes", "dots", "paisley", "checks", "floral", "plain"];
const RUNS = 5;

await renderGarmentPhoto({ seed: 0, colour: "#d98e73", accent: "#6b2d1f", pattern: "plain" }); // warm-up: sharp and librsvg load
const results: Record<string, number> = {};
for (const [index, pattern] of PATTERNS.entries()) {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await renderGarmentPhoto({ seed: index * RUNS + run, colour: "#d98e73", accent: "#6b2d1f", pattern });
    samples.push(performance.now() - started);
  }
  results[`${pattern}_p50_ms`] = round(percentile(samples.sort((a, b) => a - b), 50), 1) ?? Number.NaN;
}
console.log(JSON.stringify(results, null, 2));
