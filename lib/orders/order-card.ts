// Text of the order card and system lines, shared by confirmation and the lifecycle services.
import { designPrice } from "@/lib/designs/design-price";
import type { SystemLineView } from "@/lib/i18n/system-line-view";
import { formatRupees } from "@/lib/money";
import { piecesLabel } from "./quantities";
import { groupIndian } from "@/lib/indian-number";

/** "Order #1001 placed: 3 designs, 42 pcs, Rs 18,900" */
export function orderPlacedText(order: { number: number; designs: number; totalPieces: number; totalPaise: number }): string {
  const designs = `${order.designs} design${order.designs === 1 ? "" : "s"}`;
  return `Order #${order.number} placed: ${designs}, ${piecesLabel(order.totalPieces)}, ${designPrice(order.totalPaise)}`;
}

/** orderPlacedText as a message key, for each reader's language (its English reads the same). */
export function orderPlacedLine(order: { number: number; designs: number; totalPieces: number; totalPaise: number }): SystemLineView {
  return {
    key: "orderPlaced",
    values: {
      number: order.number,
      designCount: order.designs,
      pieceCount: order.totalPieces,
      pieces: groupIndian(order.totalPieces),
      priced: order.totalPaise > 0 ? "yes" : "no",
      price: formatRupees(order.totalPaise),
    },
  };
}
