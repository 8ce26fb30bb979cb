// inspectPdf against real files: the PDFs in tests/fixtures/documents (how each was made:
// tests/fixtures/documents/make-fixtures.md) and a few small PDFs written here, each stating what
// it contains. Every case runs the real pdf.js in the real worker.
import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { inspectPdf, MAX_DOCUMENT_BYTES } from "./inspect-pdf";

// Counts the workers inspectPdf starts, so a test can tell a refusal made before any worker ran.
const workers = vi.hoisted(() => ({ started: 0, running: 0, mostAtOnce: 0 }));
vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      workers.started++;
      workers.mostAtOnce = Math.max(workers.mostAtOnce, ++workers.running);
      this.once("exit", () => workers.running--);
    }
  }
  return { ...real, default: { ...real, Worker: CountedWorker }, Worker: CountedWorker };
});

const NOT_A_PDF = "This file is not a PDF. Send a PDF file (price list, report).";
const PASSWORD = "This PDF is protected with a password. Save it without the password and send it again.";
const UNREADABLE = "This PDF could not be read. It may be damaged; export it again and send it.";
const TOO_LARGE = "This PDF is too large. The limit is 20 MB.";

const fixture = (name: string) => readFileSync(path.join(process.cwd(), "tests/fixtures/documents", name));

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Share of pixels darker than mid-grey, and whether the top-left corner is white paper. */
async function ink(png: Buffer): Promise<{ darkShare: number; cornerWhite: boolean }> {
  const { data, info } = await sharp(png).flatten({ background: "#000000" }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (const value of data) if (value < 128) dark++;
  return { darkShare: dark / (info.width * info.height), cornerWhite: data[0] === 255 };
}

/** A one-page PDF (or none) with the given page content, written with a correct xref table. */
function pdfWith({ content = "", mediaBox = "[0 0 595 842]", pages = 1, title }: { content?: string; mediaBox?: string; pages?: 0 | 1; title?: string }): Buffer {
  const stream = deflateSync(Buffer.from(content, "latin1"));
  const objects: Buffer[] = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from(pages === 0 ? "<< /Type /Pages /Kids [] /Count 0 >>" : "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Contents 4 0 R >>`),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from("\nendstream")]),
    Buffer.from(`<< /Title (${title ?? ""}) >>`),
  ];
  const parts = [Buffer.from("%PDF-1.4\n")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    const object = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`)].join("");
  const info = title === undefined ? "" : " /Info 5 0 R";
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info} >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

beforeEach(() => {
  workers.started = 0;
  workers.mostAtOnce = 0;
});

describe("inspectPdf on real PDFs", () => {
  it("reads a 3-page price list: its pages, its title and page 1 drawn at 480 px", async () => {
    const result = await inspectPdf(fixture("price-list-3-pages.pdf"));
    expect(result.pages).toBe(3);
    // The file's title has spaces around it.
    expect(result.title).toBe("Shree Textiles - Diwali price list 2026");
    expect(result.firstPage).not.toBeNull();
    const { png, width, height } = result.firstPage!;
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const metadata = await sharp(png).metadata();
    expect(metadata).toMatchObject({ format: "png", width: 480, height: 679 });
    expect({ width, height }).toEqual({ width: 480, height: 679 });
    // The table's text is drawn (its fonts are Helvetica, not embedded: they come from pdf.js's
    // standard font data), on white paper.
    const stats = await sharp(png).stats();
    expect(stats.channels[0]!.min).toBeLessThan(40);
    const { darkShare, cornerWhite } = await ink(png);
    expect(cornerWhite).toBe(true);
    expect(darkShare).toBeGreaterThan(0.01);
    expect(darkShare).toBeLessThan(0.3);
  });

  it("draws a price list in Gujarati and Hindi (fonts embedded, as a phone's Save as PDF makes it)", async () => {
    const result = await inspectPdf(fixture("price-list-gujarati.pdf"), { thumbWidth: 240 });
    expect(result.pages).toBe(1);
    expect(result.title).toBe("ભાવ પત્રક – दर सूची");
    expect(result.firstPage).toMatchObject({ width: 240, height: 340 });
    expect((await sharp(result.firstPage!.png).metadata()).width).toBe(240);
    expect((await sharp(result.firstPage!.png).stats()).channels[0]!.min).toBeLessThan(60);
    expect((await ink(result.firstPage!.png)).darkShare).toBeGreaterThan(0.002);
  });

  it("refuses a JPEG renamed to .pdf, a Word file and an empty file as not a PDF, without starting a worker", async () => {
    expect((await refusal(inspectPdf(fixture("photo-renamed.pdf")))).message).toBe(NOT_A_PDF);
    const docx = Buffer.concat([Buffer.from("PK\x03\x04\x14\x00\x06\x00", "latin1"), Buffer.alloc(2000, 0x41), Buffer.from("word/document.xml")]);
    const error = await refusal(inspectPdf(docx));
    expect({ code: error.code, message: error.message }).toEqual({ code: "INVALID", message: NOT_A_PDF });
    expect((await refusal(inspectPdf(Buffer.alloc(0)))).message).toBe(NOT_A_PDF);
    expect(workers.started).toBe(0);
  });

  it("accepts junk before the header within the first 1024 bytes, as readers do", async () => {
    const result = await inspectPdf(Buffer.concat([Buffer.alloc(500, 0x20), fixture("price-list-3-pages.pdf")]));
    expect(result.pages).toBe(3);
  });

  it("refuses a PDF that needs a password to open", async () => {
    const error = await refusal(inspectPdf(fixture("encrypted-user-password.pdf")));
    expect({ code: error.code, message: error.message }).toEqual({ code: "INVALID", message: PASSWORD });
  });

  it("accepts an encrypted PDF that opens without a password (owner password only), as every viewer does", async () => {
    // Decided in inspect-pdf.ts: only a user password is refused. This one only restricts
    // printing and copying; pdf.js opens and draws it in full.
    const result = await inspectPdf(fixture("encrypted-owner-only.pdf"));
    expect(result.pages).toBe(3);
    expect(result.title).toBe("Shree Textiles - Diwali price list 2026");
    expect(result.firstPage).toMatchObject({ width: 480, height: 679 });
    expect((await ink(result.firstPage!.png)).darkShare).toBeGreaterThan(0.01);
  });

  it("refuses a truncated PDF and a header followed by garbage as unreadable", async () => {
    for (const name of ["truncated.pdf", "garbage-after-header.pdf"]) {
      const error = await refusal(inspectPdf(fixture(name)));
      expect({ name, code: error.code, message: error.message }).toEqual({ name, code: "INVALID", message: UNREADABLE });
    }
  });

  it("refuses a PDF with no pages", async () => {
    expect((await refusal(inspectPdf(pdfWith({ pages: 0 })))).message).toBe(UNREADABLE);
  });
});

describe("inspectPdf limits", () => {
  it("refuses over 20 MB before starting a worker, and reads a file of exactly 20 MB", async () => {
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
    const header = Buffer.from("%PDF-1.7\n");
    const over = Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20);
    header.copy(over);
    const error = await refusal(inspectPdf(over));
    expect({ code: error.code, message: error.message, status: error.status }).toEqual({ code: "TOO_LARGE", message: TOO_LARGE, status: 413 });
    expect(workers.started).toBe(0);

    // At the limit it goes to pdf.js (and is then unreadable: spaces are no PDF).
    const atLimit = over.subarray(0, MAX_DOCUMENT_BYTES);
    expect((await refusal(inspectPdf(atLimit))).message).toBe(UNREADABLE);
    expect(workers.started).toBe(1);
    // The caller's bytes are untouched: only a copy went to the worker.
    expect(atLimit.subarray(0, 9).toString("latin1")).toBe("%PDF-1.7\n");
  });

  it("refuses as unreadable when the document does not open before the deadline", async () => {
    const error = await refusal(inspectPdf(fixture("price-list-3-pages.pdf"), { timeoutMs: 1 }));
    expect(error.message).toBe(UNREADABLE);
  });

  it("accepts the document without a picture when drawing page 1 runs past the deadline", async () => {
    // 300,000 strokes: opens in milliseconds, takes many seconds to draw.
    const heavy = pdfWith({ content: "0 0 0 RG 0.1 w " + "10 10 m 580 830 l S ".repeat(300_000), title: "Heavy" });
    expect(heavy.length).toBeLessThan(100_000);
    // Drawn to the end it would have a picture: none means the deadline stopped the drawing.
    const result = await inspectPdf(heavy, { timeoutMs: 3000 });
    expect(result).toEqual({ pages: 1, title: "Heavy", firstPage: null });
  }, 20_000);

  it("stops a worker whose decoded images grow the process past the memory ceiling", async () => {
    // Eight different 36-megapixel images on page 1, compressed to 5 KB: drawn unchecked it takes
    // ~8 s and 2 GB. The memory watch stops it at 1 GB of growth, long before the 60 s deadline.
    const result = await inspectPdf(fixture("image-bomb.pdf"), { timeoutMs: 60_000 });
    expect(result).toEqual({ pages: 1, title: null, firstPage: null });
  }, 60_000);

  it("cuts a very long page to three times its width, and skips drawing a sliver of a page", async () => {
    const tall = await inspectPdf(pdfWith({ mediaBox: "[0 0 100 5000]", content: "0 0 0 rg 0 0 100 5000 re f" }));
    expect(tall.firstPage).toMatchObject({ width: 480, height: 1440 });
    expect((await ink(tall.firstPage!.png)).darkShare).toBeGreaterThan(0.99);

    const sliver = await inspectPdf(pdfWith({ mediaBox: "[0 0 20 800]" }));
    expect(sliver).toEqual({ pages: 1, title: null, firstPage: null });
  });

  it("trims a long title to 200 characters and drops control characters", async () => {
    const result = await inspectPdf(pdfWith({ title: `  Rate\\tcard ${"x".repeat(300)}` }));
    expect(result.title).toBe(`Rate card ${"x".repeat(190)}`);
    const blank = await inspectPdf(pdfWith({ title: "   " }));
    expect(blank.title).toBeNull();
  });

  it("runs at most two workers at once and finishes every queued PDF", async () => {
    const bytes = fixture("price-list-3-pages.pdf");
    const results = await Promise.all(Array.from({ length: 4 }, () => inspectPdf(bytes)));
    expect(results.map((result) => result.pages)).toEqual([3, 3, 3, 3]);
    expect(workers.started).toBe(4);
    expect(workers.mostAtOnce).toBe(2);
  }, 20_000);
});
