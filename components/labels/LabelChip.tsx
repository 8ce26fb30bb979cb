import { LABEL_CHIP, LABEL_DOT, type LabelColour } from "@/lib/labels/label-colours";

/** A label as a small coloured chip: the colour's dot and the name (the name carries the meaning;
 * the colour only helps the eye). */
export function LabelChip({ name, colour, count }: { name: string; colour: LabelColour; count?: number }) {
  return (
    <span className={`inline-flex max-w-full items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium ${LABEL_CHIP[colour]}`}>
      <span aria-hidden className={`size-2.5 shrink-0 rounded-full ${LABEL_DOT[colour]}`} />
      <span className="truncate">{name}</span>
      {count !== undefined ? <span className="opacity-80">{count}</span> : null}
    </span>
  );
}
