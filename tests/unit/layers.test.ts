import fs from "node:fs";
import path from "node:path";

import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

import { layerViolations, sourceFiles } from "./support/layers";

const root = path.resolve(import.meta.dirname, "../..");

describe("one-way layers (app → components → lib/server → db → lib)", () => {
  it("no file imports a layer above it or I/O it may not do", () => {
    const files = sourceFiles(root, ["lib", "db", "components"]);
    expect(files.length).toBeGreaterThan(100);
    const violations = files.flatMap((file) => layerViolations(file, fs.readFileSync(path.join(root, file), "utf8")));
    expect(violations).toEqual([]);
  });

  it("flags a violating source: static, type-only, relative, re-exported and dynamic imports", () => {
    const probe = [
      'import { contentDb } from "@/db/content/client";',
      'import type { Viewer } from "../server/auth/viewer";',
      'import fs from "node:fs";',
      'import { env } from "@/env";',
      'export { plans } from "@/lib/server/billing/plans";',
      'const lazy = await import("next/headers");',
      'import { normalizeSoc } from "@/lib/soc";',
      'import { z } from "zod";',
    ].join("\n");
    const flagged = layerViolations("lib/pro/probe.ts", probe).map((violation) => violation.specifier);
    expect(flagged).toEqual(["@/db/content/client", "../server/auth/viewer", "node:fs", "@/env", "@/lib/server/billing/plans", "next/headers"]);
    expect(layerViolations("db/queries/probe.ts", 'import { plans } from "../../lib/server/billing/plans";\nimport { env } from "@/env";')).toHaveLength(1);
    expect(layerViolations("components/probe.tsx", 'import { accountsDb } from "@/db/accounts/client";\nimport { getCategory } from "@/db/queries/categories";')).toHaveLength(1);
    expect(layerViolations("lib/server/probe.ts", 'import { contentDb } from "@/db/content/client";')).toEqual([]);
  });

  it("the lint rule flags the same imports in lib/ and db/", async () => {
    const eslint = new ESLint({ cwd: root });
    const lint = async (file: string, source: string) => {
      const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
      return (result?.messages ?? []).filter((message) => message.ruleId === "no-restricted-imports").map((message) => message.line);
    };
    const pure = 'import { contentDb } from "@/db/content/client";\nimport fs from "node:fs";\nimport { env } from "@/env";\nimport { normalizeSoc } from "@/lib/soc";\nexport const all = [contentDb, fs, env, normalizeSoc];\n';
    expect(await lint("lib/probe.ts", pure)).toEqual([1, 2, 3]);
    expect(await lint("db/probe.ts", 'import { plans } from "@/lib/server/billing/plans";\nexport const all = [plans];\n')).toEqual([1]);
    expect(await lint("lib/server/probe.ts", pure)).toEqual([]);
  });
});
