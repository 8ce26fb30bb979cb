// Money is integer paise. Shown the Indian way: Rs 1,23,456 (lakh grouping), with paise only
// when there are some.
import { groupIndian } from "@/lib/indian-number";

export function formatRupees(paise: number): string {
  if (!Number.isInteger(paise)) throw new Error(`Money must be integer paise, got ${paise}`);
  const amount = Math.abs(paise);
  const rupees = groupIndian(Math.floor(amount / 100));
  const rest = amount % 100;
  const text = rest === 0 ? rupees : `${rupees}.${String(rest).padStart(2, "0")}`;
  return `${paise < 0 ? "-" : ""}Rs ${text}`;
}
