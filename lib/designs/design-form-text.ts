// A design's details as the catalog pages write them, and back into the words of the edit form
// (the inverse of parse-design-form.ts).
import type { DesignDetails } from "@/lib/designs/design-views";
import type { DesignFormText } from "@/lib/designs/parse-design-form";

/** 45000 → "450", 45050 → "450.50": what readRupees reads back to the same paise. */
function rupeesText(paise: number): string {
  if (paise <= 0) return "";
  const rupees = Math.floor(paise / 100);
  const rest = paise % 100;
  return rest ? `${rupees}.${String(rest).padStart(2, "0")}` : String(rupees);
}

/** The current details as the edit form's text, so saving untouched fields changes nothing. */
export function designFormText(design: Pick<DesignDetails, "code" | "title" | "pricePerPiecePaise" | "setComposition" | "colours" | "minimumSets" | "hsnCode">): DesignFormText {
  return {
    code: design.code,
    title: design.title,
    price: rupeesText(design.pricePerPiecePaise),
    sizes: design.setComposition.map((s) => `${s.size}:${s.ratio}`).join(" "),
    colours: design.colours.join(", "),
    minimumSets: String(design.minimumSets),
    hsnCode: design.hsnCode ?? "",
  };
}
