// No next/link prefetches (README, Decisions): every page is dynamic and has no loading screen,
// so a prefetch brings only the layouts already on screen, at the price of a server request per
// link in view. An opened chat made four of them and the chats list three, each a pass through
// Next on the server and a request on a slow phone network. This finds any <Link> without
// `prefetch={false}` (a new one would prefetch by default); tests/e2e/no-prefetch.spec.ts checks
// the pages in a browser.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "@/tests/support/source-files";

/** The opening tags of every <Link ...> in a file (braces followed, so `=>` inside props is fine). */
function linkTags(text: string): string[] {
  return [...text.matchAll(/<Link(?=[\s>])/g)].map((match) => {
    let end = match.index + match[0].length;
    for (let depth = 0; end < text.length; end++) {
      const c = text[end];
      if (c === "{") depth++;
      else if (c === "}") depth--;
      else if (c === ">" && depth === 0 && text[end - 1] !== "=") break;
    }
    return text.slice(match.index, end + 1);
  });
}

describe("links", () => {
  it("finds the opening tags it checks, props and arrows included", () => {
    expect(linkTags(`<Link href="/a" onClick={() => go()} prefetch={false}>x</Link> <Link\n href="/b">y</Link>`)).toEqual([
      `<Link href="/a" onClick={() => go()} prefetch={false}>`,
      `<Link\n href="/b">`,
    ]);
  });

  it("never prefetch", () => {
    const files = [...sourceFiles("app", { tsx: true }), ...sourceFiles("components", { tsx: true })];
    const tags = files.flatMap((file) => linkTags(readFileSync(file, "utf8")).map((tag) => ({ file, tag })));
    expect(tags.length).toBeGreaterThan(40);
    expect(tags.filter(({ tag }) => !/\sprefetch=\{false\}/.test(tag)).map(({ file, tag }) => `${file}: ${tag.slice(0, 80)}`)).toEqual([]);
  });
});
