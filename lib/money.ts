// Money is integer paise. Shown the Indian way: Rs 1,23,456 (lakh grouping), with paise only
// when there are some.
const wholeRupees = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 0 });
const rupeesAndPaise = new Intl.NumberFormat("en-IN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatRupees(paise: number): string {
  if (!Number.isInteger(paise)) throw new Error(`Money must be integer paise, got ${paise}`);
  const amount = Math.abs(paise);
  const text = (amount % 100 === 0 ? wholeRupees : rupeesAndPaise).format(amount / 100);
  return `${paise < 0 ? "-" : ""}Rs ${text}`;
}
