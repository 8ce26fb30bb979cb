import type { KeyboardEvent } from "react";

/** ArrowDown/ArrowUp move the focus from one row's link to the next or previous (a desk with a
 * keyboard); Tab still walks the page as usual. Put on the list (`<ul>` of `<li><a>`). */
export function moveFocusByArrow(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>(":scope > li > a")];
  const at = links.findIndex((link) => link === document.activeElement);
  if (at < 0) return;
  const next = links[at + (event.key === "ArrowDown" ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
