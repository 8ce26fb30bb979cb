// A pick card's text and its list preview as message keys (see lib/i18n/system-line.ts), so each
// reader sees "D-0142 Red, 3 sets = 18 pcs, Rs 8,100" in their language. The English of these
// keys reads exactly as pickSummary and pickPreview (lib/orders/quantities.ts; a unit test holds
// them together), which stay the stored body and preview.
import type { SystemLineView } from "@/lib/i18n/system-line-view";
import { formatRupees } from "@/lib/money";
import { isFreeSize } from "@/lib/orders/quantity-labels";
import { groupIndian } from "@/lib/indian-number";

interface PickLine {
  code: string;
  colour: string | null;
  sets: number | null;
  sizePieces: Record<string, number> | null;
  pieces: number;
  totalPaise: number;
}

const grouped = (n: number) => groupIndian(n);
const itemOf = (line: Pick<PickLine, "code" | "colour">) => (line.colour ? `${line.code} ${line.colour}` : line.code);

export function pickCardLine(line: PickLine): SystemLineView {
  const base = { item: itemOf(line), pieceCount: line.pieces, pieces: grouped(line.pieces), priced: line.totalPaise > 0 ? "yes" : "no", price: formatRupees(line.totalPaise) };
  if (line.sets !== null) return { key: "pickCardSets", values: { ...base, setCount: line.sets, sets: grouped(line.sets) } };
  const sizes = Object.entries(line.sizePieces ?? {});
  if (isFreeSize(sizes.map(([size]) => size))) return { key: "pickCardLoose", values: base };
  return { key: "pickCardSizes", values: { ...base, sizes: sizes.map(([size, n]) => `${size}:${n}`).join(" ") } };
}

export function pickPreviewLine(line: Pick<PickLine, "code" | "colour" | "sets" | "pieces">): SystemLineView {
  if (line.sets !== null) return { key: "pickPreviewSets", values: { item: itemOf(line), setCount: line.sets, sets: grouped(line.sets) } };
  return { key: "pickPreviewPieces", values: { item: itemOf(line), pieceCount: line.pieces, pieces: grouped(line.pieces) } };
}
