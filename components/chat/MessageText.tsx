// Message text as text: never HTML. Web addresses become links that open in a new tab and pass
// no referrer; a `upi://pay` link (a payment reminder's) opens the phone's UPI app; anything else
// is shown exactly as typed.
import { useTranslations } from "next-intl";
import { readUpiLink } from "@/lib/ledger/upi-link";
import { formatRupees } from "@/lib/money";

const LINK_PATTERN = /(https?:\/\/[^\s<>"]+|upi:\/\/pay\?[^\s<>"]+)/g;
// Punctuation that ends a sentence is not part of the address ("see https://x.in/a.").
const TRAILING = /[.,;:!?)\]'"]+$/;

export function MessageText({ text }: { text: string }) {
  const parts = text.split(LINK_PATTERN);
  return (
    <p className="text-[15px] leading-snug break-words whitespace-pre-wrap text-stone-900">
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const trailing = part.match(TRAILING)?.[0] ?? "";
        const href = part.slice(0, part.length - trailing.length);
        return (
          <span key={index}>
            {href.startsWith("upi:") ? (
              <UpiLink href={href} />
            ) : (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-sky-700 underline break-all">
                {href}
              </a>
            )}
            {trailing}
          </span>
        );
      })}
    </p>
  );
}

/** Anyone in a chat can type a UPI link, so the button says whom it pays and how much, read from
 * the link itself (a link to someone else's UPI ID shows that ID); a link that could say one thing
 * and pay another (readUpiLink) stays plain text. */
function UpiLink({ href }: { href: string }) {
  const t = useTranslations("chat");
  const link = readUpiLink(href);
  if (!link) return <span className="break-all">{href}</span>;
  return (
    <a href={href} className="my-1 inline-flex min-h-12 items-center rounded-2xl bg-brand-600 px-4 py-2 font-semibold text-white no-underline active:bg-brand-700">
      {link.amountPaise ? t("payAmountTo", { amount: formatRupees(link.amountPaise), payee: link.payee }) : t("payTo", { payee: link.payee })}
    </a>
  );
}
