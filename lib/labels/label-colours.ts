// The colours a label can have: a short fixed palette, so every label stays readable on white and
// two labels side by side stay apart. Browser-safe (no server imports): the forms show it too.
export const LABEL_COLOURS = ["green", "blue", "amber", "red", "purple", "pink", "teal", "grey"] as const;
export type LabelColour = (typeof LABEL_COLOURS)[number];

/** Tailwind classes for a label's chip: a tinted background and text dark enough for AA contrast. */
export const LABEL_CHIP: Record<LabelColour, string> = {
  green: "bg-emerald-100 text-emerald-900",
  blue: "bg-sky-100 text-sky-900",
  amber: "bg-amber-100 text-amber-900",
  red: "bg-red-100 text-red-900",
  purple: "bg-violet-100 text-violet-900",
  pink: "bg-pink-100 text-pink-900",
  teal: "bg-teal-100 text-teal-900",
  grey: "bg-stone-200 text-stone-900",
};

/** The colour's dot in a chip or a choice. */
export const LABEL_DOT: Record<LabelColour, string> = {
  green: "bg-emerald-600",
  blue: "bg-sky-600",
  amber: "bg-amber-500",
  red: "bg-red-600",
  purple: "bg-violet-600",
  pink: "bg-pink-600",
  teal: "bg-teal-600",
  grey: "bg-stone-500",
};

export function labelColourOf(value: string): LabelColour {
  return (LABEL_COLOURS as readonly string[]).includes(value) ? (value as LabelColour) : "grey";
}
