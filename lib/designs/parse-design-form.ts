// What a supplier types on a phone, turned into design details: "450" or "Rs 1,250.50" as a price,
// "S:1 M:2 L:2 XL:1" as a set, "Red, Mustard" as colours. Blank fields stay unset (the server fills
// defaults). Each problem comes back as a message for the field, never as a thrown error.
import { readRupees, type InputProblem } from "@/lib/money-input";

export interface DesignFormText {
  code?: string;
  title?: string;
  price?: string;
  sizes?: string;
  colours?: string;
  minimumSets?: string;
  /** The edit form's only (posting takes the business's default): read by the edit action. */
  hsnCode?: string;
}

export interface DesignDetails {
  code?: string;
  title?: string;
  pricePerPiecePaise?: number;
  setComposition?: { size: string; ratio: number }[];
  colours?: string[];
  minimumSets?: number;
}

export type ParsedDesignForm = { ok: true; details: DesignDetails } | ({ ok: false; field: keyof DesignFormText } & InputProblem);

/** The paise of a typed amount, or null (readRupees says why). */
export function parseRupeesToPaise(text: string): number | null {
  const reading = readRupees(text);
  return reading.ok ? reading.paise : null;
}

/** "S:1 M:2 L:2 XL:1" (also "S-1, M-2" or "S 1 M 2"); a bare list "S M L" means one of each. */
export function parseSetComposition(text: string): { size: string; ratio: number }[] | null {
  const tokens = text.trim().split(/[\s,;]+/).filter(Boolean);
  const sizes: { size: string; ratio: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const paired = /^([A-Za-z0-9]+)[:=x×-](\d+)$/.exec(token);
    if (paired) {
      sizes.push({ size: paired[1]!.toUpperCase(), ratio: Number(paired[2]) });
    } else if (/^[A-Za-z0-9]+$/.test(token) && !/^\d+$/.test(token) && /^\d+$/.test(tokens[i + 1] ?? "")) {
      sizes.push({ size: token.toUpperCase(), ratio: Number(tokens[i + 1]) });
      i++;
    } else if (/^[A-Za-z0-9]+$/.test(token)) {
      sizes.push({ size: token.toUpperCase(), ratio: 1 });
    } else {
      return null;
    }
  }
  return sizes;
}

export function parseDesignForm(form: DesignFormText): ParsedDesignForm {
  const details: DesignDetails = {};
  const blank = (value: string | undefined) => !value || !value.trim();
  if (!blank(form.code)) details.code = form.code!.trim().toUpperCase();
  if (!blank(form.title)) details.title = form.title!.trim();
  if (!blank(form.price)) {
    const price = readRupees(form.price!);
    if (!price.ok) {
      const problem = price.key === "rupeesHint" ? { key: "pricePerPiece" as const, message: "Enter the price per piece in rupees, like 450 or 450.50." } : { key: price.key, values: price.values, message: price.message };
      return { ok: false, field: "price", ...problem };
    }
    details.pricePerPiecePaise = price.paise;
  }
  if (!blank(form.sizes)) {
    const sizes = parseSetComposition(form.sizes!);
    if (!sizes || !sizes.length) return { ok: false, field: "sizes", key: "setFormat", message: "Write the set like S:1 M:2 L:2 XL:1." };
    if (sizes.some((s) => s.ratio < 1 || s.ratio > 99)) return { ok: false, field: "sizes", key: "setPieces", message: "Each size needs 1 to 99 pieces in a set." };
    details.setComposition = sizes;
  }
  if (!blank(form.colours)) {
    details.colours = form.colours!.split(/[,;\n]+/).map((c) => c.trim()).filter(Boolean);
  }
  if (!blank(form.minimumSets)) {
    const minimum = Number(form.minimumSets!.trim());
    if (!Number.isInteger(minimum) || minimum < 1) return { ok: false, field: "minimumSets", key: "minimumSets", message: "The minimum is a whole number of sets, 1 or more." };
    details.minimumSets = minimum;
  }
  return { ok: true, details };
}
