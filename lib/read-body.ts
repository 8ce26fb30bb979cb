// Reading an upload's body with a ceiling: stops (and cancels the stream) as soon as the bytes
// pass the limit, so a body that lies about its length never sits whole in memory.
import type { AppError } from "@/lib/errors";

export async function readWithinLimit(stream: ReadableStream<Uint8Array>, maxBytes: number, tooLarge: () => AppError): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Duck-typed: a request body may come from another copy of the web streams classes. */
export function isByteStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === "object" && value !== null && typeof (value as { getReader?: unknown }).getReader === "function";
}
