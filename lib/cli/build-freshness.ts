// Is the production build (.next) or the server bundle older than the sources? Used by `npm start`
// and the benchmarks, so neither serves (or measures) yesterday's code.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = ["package.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];

function newestSourceTime(root: string): number {
  let newest = 0;
  const visit = (target: string) => {
    if (!existsSync(target)) return;
    const stat = statSync(target);
    if (stat.isDirectory()) {
      if (target.endsWith(`${path.sep}generated`)) return;
      // The README's screenshots (npm run screens) are not the app's: writing them must not make the build stale.
      if (target.endsWith(path.join("public", "readme"))) return;
      for (const entry of readdirSync(target)) visit(path.join(target, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const target of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(path.join(root, target));
  return newest;
}

/** Whether `artifact` (a path under `root`) exists and is at least as new as every source. */
export function isNewerThanSources(artifact: string, root = "."): boolean {
  const file = path.join(root, artifact);
  return existsSync(file) && statSync(file).mtimeMs >= newestSourceTime(root);
}

export function buildIsFresh(root = "."): boolean {
  return isNewerThanSources(path.join(".next", "BUILD_ID"), root);
}
