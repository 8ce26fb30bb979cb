// How a design's price reads, everywhere it shows. A price of zero is not free: the supplier
// posted the design without a price and quotes it in the chat, so it reads "Price on request".
import { formatRupees } from "@/lib/money";

export const PRICE_ON_REQUEST = "Price on request";

/** "Rs 450", or "Price on request" for zero (a price, or a total of unpriced pieces). */
export function designPrice(paise: number): string {
  return paise > 0 ? formatRupees(paise) : PRICE_ON_REQUEST;
}

/** "Rs 450 / pc", or "Price on request". */
export function designPricePerPiece(paise: number): string {
  return paise > 0 ? `${formatRupees(paise)} / pc` : PRICE_ON_REQUEST;
}
