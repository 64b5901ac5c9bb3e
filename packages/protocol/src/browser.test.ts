// The browser entry stays loadable in a web page: every module reached from browser.ts, followed
// through its relative imports, imports packages that run in a browser and nothing from Node.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));

/** Every module specifier `file` imports or re-exports (type-only imports left out: they vanish). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms))
    if (!match[1]) specifiers.push(match[2]!);
  for (const match of source.matchAll(/^import\s+"([^"]+)";/gm)) specifiers.push(match[1]!);
  return specifiers;
}

/** The packages (non-relative specifiers) reached from `entry`, and the local files visited. */
function reach(entry: string): { packages: Set<string>; files: Set<string> } {
  const packages = new Set<string>();
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (file.endsWith(".js")) return; // generated code: it imports protobufjs/minimal or nothing
    for (const specifier of importsOf(file)) {
      if (!specifier.startsWith(".")) packages.add(specifier);
      else
        visit(
          resolve(dirname(file), specifier.replace(/\.js$/, ".ts")).replace(/(\/gen\/[\w-]+)\.ts$/, "$1.js"),
        );
    }
  };
  visit(entry);
  return { packages, files };
}

describe("the browser entry", () => {
  it("reaches no Node module, only packages that run in a browser", () => {
    const { packages, files } = reach(join(here, "browser.ts"));
    expect(files.size).toBeGreaterThan(10);
    expect([...files].map((f) => f.slice(here.length + 1))).not.toContain("client.ts");
    // Not unhomoglyph: its look-alike tables are most of a bundle that reaches them.
    expect([...packages].sort()).toEqual(["protobufjs/minimal.js"]);
  });
});
