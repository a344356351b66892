import fs from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The emulator is a development tool beside the app: it may use Node, the Stripe SDK (for
// types and the version it models), qs and zod, and its own files, nothing else.
const ROOT = path.resolve(import.meta.dirname, "..");
const PACKAGES = new Set(["stripe", "qs", "zod", "vitest"]);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every import specifier in a file that leaves the emulator's folder or names a package it does not use. */
export function foreignImports(file: string, text: string): string[] {
  return [...text.matchAll(SPECIFIER)]
    .map((match) => match[1]!)
    .filter((specifier) => {
      if (specifier.startsWith(".")) return path.relative(ROOT, path.resolve(path.dirname(file), specifier)).startsWith("..");
      if (specifier.startsWith("node:") || builtinModules.includes(specifier)) return false;
      return !PACKAGES.has(specifier);
    });
}

describe("the emulator is self-contained", () => {
  it("imports only its own files, Node, stripe, qs and zod", () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => foreignImports(file, fs.readFileSync(file, "utf8")).map((specifier) => `${path.relative(ROOT, file)}: ${specifier}`));
    expect(found).toEqual([]);
  });

  it("flags an app import, a relative path out of the folder and an unlisted package", () => {
    const file = path.join(ROOT, "server.ts");
    // Quotes spliced in so this file's own scan does not read these lines as imports.
    const lines = ["{ env } from @/lib/env", "{ x } from ../../lib/loopback", "Big from big.js", "{ y } from ./ids", "net from node:net"];
    const text = lines.map((line) => `import ${line.replace(/from (.+)$/, (_all, specifier: string) => `from ${'"'}${specifier}${'"'}`)};`).join("\n");
    expect(foreignImports(file, text)).toEqual(["@/lib/env", "../../lib/loopback", "big.js"]);
  });
});
