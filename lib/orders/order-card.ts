// Text of the order card and system lines, shared by confirmation and the lifecycle services.
import { designPrice } from "@/lib/designs/design-price";
import { piecesLabel } from "./quantities";

/** "Order #1001 placed: 3 designs, 42 pcs, Rs 18,900" */
export function orderPlacedText(order: { number: number; designs: number; totalPieces: number; totalPaise: number }): string {
  const designs = `${order.designs} design${order.designs === 1 ? "" : "s"}`;
  return `Order #${order.number} placed: ${designs}, ${piecesLabel(order.totalPieces)}, ${designPrice(order.totalPaise)}`;
}
