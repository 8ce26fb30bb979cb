// A `upi://pay` link, as NPCI's UPI linking specification writes it: every UPI app on the phone
// opens it with the payee, amount and note filled in, and a QR code of the same text is what
// shops print at the counter. Pure: no I/O.

/** UPI apps cut the note ("tn") beyond about 50 characters; some refuse the payment instead. */
export const UPI_NOTE_MAX = 50;

export interface UpiPayment {
  /** The payee's UPI ID (name@bank). */
  upiId: string;
  /** The payee's name as the app shows it before paying. */
  payeeName: string;
  amountPaise: number;
  note: string;
}

/** encodeURIComponent, which leaves ! ' ( ) * alone: some UPI apps stop reading at them. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function upiPayLink({ upiId, payeeName, amountPaise, note }: UpiPayment): string {
  if (!Number.isInteger(amountPaise) || amountPaise <= 0) throw new Error(`A UPI amount must be positive integer paise, got ${amountPaise}`);
  // am is rupees with two decimals ("1234.50"), never grouped.
  const amount = `${Math.floor(amountPaise / 100)}.${String(amountPaise % 100).padStart(2, "0")}`;
  const params: [string, string][] = [
    ["pa", upiId],
    // By code points: cutting an emoji's surrogate pair in half would make encodeURIComponent throw.
    ["pn", Array.from(payeeName).slice(0, 50).join("")],
    ["am", amount],
    ["cu", "INR"],
    ["tn", Array.from(note).slice(0, UPI_NOTE_MAX).join("")],
  ];
  return `upi://pay?${params.map(([key, value]) => `${key}=${encode(value)}`).join("&")}`;
}

/** "Orders 1042 1043 1051": as many order numbers as fit the note, then "+3 more". No "#": it is
 * what the buyer's bank statement shows, and some banks drop symbols. */
export function ordersNote(orderNumbers: readonly number[]): string {
  const sorted = [...orderNumbers].sort((a, b) => a - b);
  const head = sorted.length === 1 ? "Order" : "Orders";
  let note = head;
  for (let i = 0; i < sorted.length; i++) {
    const next = `${note} ${sorted[i]}`;
    const rest = sorted.length - i - 1;
    // Keep room for " +N more" while numbers remain.
    const reserve = rest > 0 ? ` +${rest} more`.length : 0;
    if (next.length + reserve > UPI_NOTE_MAX) return `${note} +${sorted.length - i} more`;
    note = next;
  }
  return note;
}

/** The UPI ID shape UPI apps accept: name@bank. */
export const UPI_ID_PATTERN = /^[A-Za-z0-9._-]{2,64}@[A-Za-z][A-Za-z0-9]{1,30}$/;

const UPI_KEYS = new Set(["pa", "pn", "am", "cu", "tn", "mc", "tr", "tid", "mode", "purpose", "orgid", "sign"]);

/** Whom a `upi://pay` link pays and how much, for a chat to show on its button; null when the link
 * is not one a person can trust at a glance: a key twice (apps differ on which one they use), an
 * unknown key, a payee that is not a UPI ID, an amount that is not plain rupees. */
export function readUpiLink(href: string): { payee: string; amountPaise: number | null } | null {
  const match = /^upi:\/\/pay\?([^#]*)$/.exec(href);
  if (!match) return null;
  const seen = new Map<string, string>();
  for (const pair of match[1]!.split("&")) {
    const [rawKey = "", ...rest] = pair.split("=");
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey).toLowerCase();
      value = decodeURIComponent(rest.join("=").replace(/\+/g, " "));
    } catch {
      return null;
    }
    if (!UPI_KEYS.has(key) || seen.has(key)) return null;
    seen.set(key, value);
  }
  const payee = seen.get("pa");
  if (!payee || !UPI_ID_PATTERN.test(payee)) return null;
  const amount = seen.get("am");
  if (amount !== undefined && !/^\d{1,9}(\.\d{1,2})?$/.test(amount)) return null;
  if (seen.has("cu") && seen.get("cu") !== "INR") return null;
  return { payee, amountPaise: amount === undefined ? null : Math.round(Number(amount) * 100) };
}
