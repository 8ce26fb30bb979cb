const palette = ["bg-rose-600", "bg-amber-700", "bg-emerald-700", "bg-sky-700", "bg-violet-700", "bg-fuchsia-700", "bg-teal-700", "bg-orange-700"];

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "?") + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "")).toUpperCase();
}

function colourFor(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return palette[hash % palette.length] ?? "bg-stone-600";
}

export function Avatar({ name, size = "md" }: { name: string; size?: "sm" | "md" }) {
  const box = size === "sm" ? "size-9 text-sm" : "size-12 text-base";
  return (
    <span aria-hidden className={`${box} ${colourFor(name)} inline-flex shrink-0 items-center justify-center rounded-full font-semibold text-white`}>
      {initials(name)}
    </span>
  );
}
