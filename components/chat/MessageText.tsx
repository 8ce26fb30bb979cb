// Message text as text: never HTML. Web addresses become links that open in a new tab and pass
// no referrer; anything else is shown exactly as typed.
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;
// Punctuation that ends a sentence is not part of the address ("see https://x.in/a.").
const TRAILING = /[.,;:!?)\]'"]+$/;

export function MessageText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <p className="text-[15px] leading-snug break-words whitespace-pre-wrap text-stone-900">
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const trailing = part.match(TRAILING)?.[0] ?? "";
        const href = part.slice(0, part.length - trailing.length);
        return (
          <span key={index}>
            <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-sky-700 underline break-all">
              {href}
            </a>
            {trailing}
          </span>
        );
      })}
    </p>
  );
}
