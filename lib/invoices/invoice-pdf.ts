// An issued invoice as an A4 PDF, to send in the chat as a document. Drawn with Skia's PDF
// backend (@napi-rs/canvas, already here for document thumbnails), whose text goes through
// HarfBuzz: Devanagari and Gujarati names and addresses come out shaped (conjuncts, matras, reph),
// which fontkit-based PDF libraries (pdfkit, pdf-lib) do not do. The fonts are Noto Sans
// Devanagari and Noto Sans Gujarati from npm (@expo-google-fonts: plain TTF files); both carry
// Latin letters and digits, so English needs no third font. Text stays text (selectable, small).
import path from "node:path";
import { GlobalFonts, PDFDocument } from "@napi-rs/canvas";
import { formatRupees } from "@/lib/money";
import type { InvoiceView } from "./get-invoice";
import type { InvoiceParty } from "./invoice-snapshot";

export interface InvoiceTransport {
  transporter: string | null;
  lrNumber: string | null;
  ewayBillNumber: string | null;
}

/** A4 in points. */
const PAGE = { width: 595, height: 842, margin: 40 };
const FAMILIES = '"Noto Sans Devanagari", "Noto Sans Gujarati"';
const INK = "#1c1917";
const MUTED = "#57534e";
const RULE = "#d6d3d1";

const FONT_FILES = [
  "noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
  "noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf",
  "noto-sans-gujarati/400Regular/NotoSansGujarati_400Regular.ttf",
  "noto-sans-gujarati/700Bold/NotoSansGujarati_700Bold.ttf",
];

let fontsReady = false;
/** Registered once per process. Found from the working directory at run time: the server runs
 * from the project (a path through import.meta.url would point into the build output). */
function registerFonts(): void {
  if (fontsReady) return;
  for (const file of FONT_FILES) {
    const full = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules/@expo-google-fonts", file);
    if (!GlobalFonts.registerFromPath(full)) throw new Error(`Could not load the invoice font ${full}`);
  }
  fontsReady = true;
}

interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: string;
  align?: "left" | "right";
}

/** A page being drawn top to bottom: `y` is the next baseline's top. */
class Pages {
  private readonly doc = new PDFDocument({ title: "Tax invoice", creator: "Chatalog" });
  ctx!: ReturnType<PDFDocument["beginPage"]>;
  y = 0;

  constructor() {
    this.newPage();
  }

  newPage(): void {
    if (this.ctx) this.doc.endPage();
    this.ctx = this.doc.beginPage(PAGE.width, PAGE.height);
    this.y = PAGE.margin;
  }

  /** Room for `height` more points on this page, or a new page. */
  ensure(height: number): void {
    if (this.y + height > PAGE.height - PAGE.margin) this.newPage();
  }

  style({ size = 9, bold = false, colour = INK, align = "left" }: TextStyle): number {
    this.ctx.font = `${bold ? "bold" : "normal"} ${size}px ${FAMILIES}`;
    this.ctx.fillStyle = colour;
    this.ctx.textAlign = align;
    this.ctx.textBaseline = "top";
    return size * 1.45;
  }

  /** Words wrapped to `width`; a word longer than the line is cut by characters. */
  wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.ctx.measureText(candidate).width <= width) line = candidate;
        else {
          if (line) lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Draws wrapped text at x from the current y; returns the height used (y is not moved). */
  text(text: string, x: number, width: number, style: TextStyle = {}, at = this.y): number {
    const lineHeight = this.style(style);
    const lines = this.wrap(text, width);
    lines.forEach((line, index) => this.ctx.fillText(line, style.align === "right" ? x + width : x, at + index * lineHeight));
    return lines.length * lineHeight;
  }

  rule(at = this.y): void {
    this.ctx.fillStyle = RULE;
    this.ctx.fillRect(PAGE.margin, at, PAGE.width - 2 * PAGE.margin, 0.75);
  }

  finish(): Buffer {
    this.doc.endPage();
    return this.doc.close();
  }
}

const rupees = (paise: number) => formatRupees(paise).replace(/^Rs /, "");
const percent = (basisPoints: number) => `${basisPoints / 100}%`;
const issuedDate = (date: Date) => new Intl.DateTimeFormat("en-IN", { day: "2-digit", month: "short", year: "numeric", timeZone: "Asia/Kolkata" }).format(date);

function partyLines(party: InvoiceParty): string[] {
  return [party.tradeName ? `Trading as ${party.tradeName}` : null, party.address, `State: ${party.stateName} (${party.stateCode})`, `GSTIN: ${party.gstin ?? "Unregistered"}`].filter(
    (line): line is string => line !== null,
  );
}

function drawParty(pages: Pages, title: string, party: InvoiceParty, x: number, width: number): number {
  let used = pages.text(title.toUpperCase(), x, width, { size: 7.5, bold: true, colour: MUTED });
  used += pages.text(party.legalName, x, width, { size: 10, bold: true }, pages.y + used);
  for (const line of partyLines(party)) used += pages.text(line, x, width, {}, pages.y + used);
  return used;
}

/** Columns of the lines table: left edge and width, in points. */
const COLUMNS = { item: [40, 205], qty: [245, 55], rate: [300, 65], taxable: [365, 75], tax: [440, 115] } as const;

export function renderInvoicePdf(invoice: InvoiceView, transport: InvoiceTransport): Buffer {
  registerFonts();
  const { snapshot } = invoice;
  const intra = !invoice.interState;
  const pages = new Pages();
  const contentWidth = PAGE.width - 2 * PAGE.margin;

  // Heading: title left, number, date and order right.
  pages.text("Tax invoice", PAGE.margin, 200, { size: 18, bold: true });
  const facts = [`Invoice no. ${invoice.number}`, `Date ${issuedDate(invoice.issuedAt)}`, `Order #${snapshot.orderNumber}`];
  facts.forEach((fact, index) => pages.text(fact, PAGE.width - PAGE.margin - 220, 220, { size: 9.5, bold: index === 0, align: "right" }, pages.y + index * 14));
  pages.y += 50;
  pages.rule();
  pages.y += 10;

  // Supplier and recipient side by side.
  const half = (contentWidth - 20) / 2;
  const left = drawParty(pages, "Supplier", snapshot.supplier, PAGE.margin, half);
  const right = drawParty(pages, "Billed to", snapshot.recipient, PAGE.margin + half + 20, half);
  pages.y += Math.max(left, right) + 8;
  pages.y += pages.text(`Place of supply: ${snapshot.placeOfSupply.stateName} (${snapshot.placeOfSupply.stateCode})  ·  Reverse charge: No`, PAGE.margin, contentWidth);
  pages.y += 8;

  const header = () => {
    pages.rule();
    pages.y += 4;
    const style = { size: 8, bold: true, colour: MUTED } as const;
    pages.text("Item", COLUMNS.item[0], COLUMNS.item[1], style);
    pages.text("Qty", COLUMNS.qty[0], COLUMNS.qty[1], { ...style, align: "right" });
    pages.text("Rate", COLUMNS.rate[0], COLUMNS.rate[1], { ...style, align: "right" });
    pages.text("Taxable", COLUMNS.taxable[0], COLUMNS.taxable[1], { ...style, align: "right" });
    pages.text(intra ? "CGST + SGST" : "IGST", COLUMNS.tax[0], COLUMNS.tax[1], { ...style, align: "right" });
    pages.y += 14;
    pages.rule();
    pages.y += 4;
  };
  header();
  snapshot.lines.forEach((line, index) => {
    const tax = intra ? [`${percent(line.rateBasisPoints / 2)}: ${rupees(line.cgstPaise)}`, `${percent(line.rateBasisPoints / 2)}: ${rupees(line.sgstPaise)}`] : [`${percent(line.rateBasisPoints)}: ${rupees(line.igstPaise)}`];
    pages.style({});
    const itemLines = pages.wrap(`${index + 1}. ${line.description}`, COLUMNS.item[1] - 8).length + 1;
    const height = Math.max(itemLines, tax.length) * 13 + 6;
    if (pages.y + height > PAGE.height - PAGE.margin) {
      pages.newPage();
      header();
    }
    const used = pages.text(`${index + 1}. ${line.description}`, COLUMNS.item[0], COLUMNS.item[1] - 8);
    pages.text(`HSN ${line.hsnCode}`, COLUMNS.item[0], COLUMNS.item[1], { size: 7.5, colour: MUTED }, pages.y + used);
    pages.text(`${line.pieces} PCS`, COLUMNS.qty[0], COLUMNS.qty[1], { align: "right" });
    pages.text(rupees(line.pricePerPiecePaise), COLUMNS.rate[0], COLUMNS.rate[1], { align: "right" });
    pages.text(rupees(line.taxablePaise), COLUMNS.taxable[0], COLUMNS.taxable[1], { align: "right" });
    tax.forEach((text, row) => pages.text(text, COLUMNS.tax[0], COLUMNS.tax[1], { align: "right" }, pages.y + row * 13));
    pages.y += height;
    pages.rule(pages.y - 3);
  });

  // Totals, right-aligned under the table.
  const totals: Array<[string, number, boolean]> = [
    ["Taxable value", invoice.taxablePaise, false],
    ...(intra
      ? ([
          ["CGST", invoice.cgstPaise, false],
          ["SGST", invoice.sgstPaise, false],
        ] as Array<[string, number, boolean]>)
      : ([["IGST", invoice.igstPaise, false]] as Array<[string, number, boolean]>)),
    ["Round off", invoice.roundOffPaise, false],
    ["Total", invoice.totalPaise, true],
  ];
  pages.ensure(totals.length * 15 + 60);
  pages.y += 6;
  for (const [label, paise, strong] of totals) {
    pages.text(label, 330, 110, { size: strong ? 11 : 9.5, bold: strong });
    pages.text(formatRupees(paise), 440, 115, { size: strong ? 11 : 9.5, bold: strong, align: "right" });
    pages.y += strong ? 17 : 14;
  }
  pages.y += 6;
  pages.y += pages.text(snapshot.totalInWords, PAGE.margin, contentWidth, { bold: true });

  const transportRows = [
    ["Transporter", transport.transporter],
    ["LR number", transport.lrNumber],
    ["E-way bill", transport.ewayBillNumber],
  ].filter((row): row is [string, string] => Boolean(row[1]));
  if (transportRows.length) {
    pages.ensure(transportRows.length * 14 + 16);
    pages.y += 10;
    for (const [label, value] of transportRows) {
      pages.text(label, PAGE.margin, 90, { colour: MUTED });
      pages.text(value, PAGE.margin + 90, contentWidth - 90, { bold: true });
      pages.y += 14;
    }
  }

  pages.ensure(70);
  pages.y += 24;
  pages.text(`For ${snapshot.supplier.legalName}`, PAGE.margin, contentWidth, { align: "right" });
  pages.y += 36;
  pages.text("Authorised signatory", PAGE.margin, contentWidth, { colour: MUTED, align: "right" });
  pages.y += 16;
  pages.text("This is a computer-generated invoice.", PAGE.margin, contentWidth, { size: 7.5, colour: MUTED });
  return pages.finish();
}
