// The project's own source files, for tests that read them (which refusals have messages, which
// message namespaces a page's browser components use). Paths are relative to the repository root
// (the tests' working directory); tests, type declarations and generated clients are left out.
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function sourceFiles(dir: string, options: { skipDirs?: readonly string[]; tsx?: boolean } = {}): string[] {
  const skipDirs = ["generated", "node_modules", ...(options.skipDirs ?? [])];
  const source = options.tsx ? /\.tsx?$/ : /\.ts$/;
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skipDirs.includes(entry.name) ? [] : sourceFiles(path, options);
    return source.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}
