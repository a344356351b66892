import fs from "node:fs";
import path from "node:path";

import ts from "typescript";

/**
 * The layer rules of eslint.config.mjs, checked on resolved import targets (static, type-only,
 * re-exports and dynamic `import()`), so a relative path or a lazy import cannot slip past.
 */
export type ImportTarget = { kind: "project"; path: string } | { kind: "package"; name: string };

type LayerRule = { layer: string; applies: (file: string) => boolean; forbids: (target: ImportTarget) => boolean; why: string };

const within = (target: ImportTarget, ...folders: string[]) =>
  target.kind === "project" && folders.some((folder) => target.path === folder || target.path.startsWith(`${folder}/`));
const isPackage = (target: ImportTarget, pattern: RegExp) => target.kind === "package" && pattern.test(target.name);
const isRootEnv = (target: ImportTarget) => target.kind === "project" && target.path === "env";

const IO_PACKAGES = /^((node:)?(fs|child_process|net|http|https|worker_threads)|next|drizzle-orm)(\/|$)|^(better-sqlite3|stripe|server-only|nodemailer)$/;

export const LAYER_RULES: readonly LayerRule[] = [
  {
    layer: "lib (pure)",
    applies: (file) => file.startsWith("lib/") && !file.startsWith("lib/server/"),
    forbids: (target) => within(target, "db", "app", "components", "scripts", "lib/server") || isRootEnv(target) || isPackage(target, IO_PACKAGES),
    why: "lib/ outside lib/server/ is pure: no database, services, env, file system, Stripe or Next.js",
  },
  {
    layer: "db",
    applies: (file) => file.startsWith("db/"),
    forbids: (target) => within(target, "app", "components", "scripts", "lib/server"),
    why: "db/ may import only lib/ (pure), db/ and env",
  },
  {
    layer: "lib/server",
    applies: (file) => file.startsWith("lib/server/"),
    forbids: (target) => within(target, "app", "components", "scripts"),
    why: "lib/server/ sits below components and app",
  },
  {
    layer: "components",
    applies: (file) => file.startsWith("components/"),
    forbids: (target) =>
      within(target, "app") ||
      (target.kind === "project" && /^db\/[^/]+\/client$/.test(target.path)) ||
      isPackage(target, /^(better-sqlite3|stripe)$|^drizzle-orm(\/|$)/),
    why: "components call query functions and services, never the database object or Stripe",
  },
];

/** An import specifier as seen from `file` (a repo-relative posix path). */
export function resolveImport(file: string, specifier: string): ImportTarget {
  const strip = (p: string) => p.replace(/\.(tsx?|mjs|js)$/, "").replace(/\/index$/, "");
  if (specifier.startsWith("@/")) return { kind: "project", path: strip(path.posix.normalize(specifier.slice(2))) };
  if (specifier.startsWith(".")) return { kind: "project", path: strip(path.posix.join(path.posix.dirname(file), specifier)) };
  return { kind: "package", name: specifier };
}

export type LayerViolation = { file: string; specifier: string; why: string };

/** Every import of `source` (the text of `file`) that its layer forbids. */
export function layerViolations(file: string, source: string): LayerViolation[] {
  const rules = LAYER_RULES.filter((rule) => rule.applies(file));
  if (rules.length === 0) return [];
  const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((imported) => imported.fileName);
  return specifiers.flatMap((specifier) => {
    const target = resolveImport(file, specifier);
    return rules.filter((rule) => rule.forbids(target)).map((rule) => ({ file, specifier, why: rule.why }));
  });
}

/** The TypeScript files under `folders` (repo-relative posix paths). */
export function sourceFiles(root: string, folders: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) found.push(rel);
    }
  };
  for (const folder of folders) walk(folder);
  return found.sort();
}
