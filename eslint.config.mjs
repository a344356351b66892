import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * One-way layers: app → components → lib/server → db → lib (README "How it fits together").
 * Each block names what its folder may not import; tests/unit/layers.test.ts checks the same
 * rules on resolved paths (including dynamic imports, which this rule does not see).
 */
const PROJECT_ABOVE_DB = "^@/(app|components|scripts|lib/server)(/|$)";
const IO_PACKAGES = "^((node:)?(fs|child_process|net|http|https|worker_threads)|next|drizzle-orm)(/|$)|^(better-sqlite3|stripe|server-only|nodemailer)$";

/** A layer's import ban: no-restricted-imports with one message per pattern it may not import. */
const restrictImports = (files, patterns, ignores = []) => ({ files, ignores, rules: { "no-restricted-imports": ["error", { patterns }] } });

const pureLib = restrictImports(
  ["lib/**/*.{ts,tsx}"],
  [
    { regex: "^@/(db|app|components|scripts|lib/server)(/|$)", message: "lib/ outside lib/server/ is pure: pass the data in, or move the code to lib/server/." },
    { regex: "^\\.{1,2}/(.*/)?(server|db)(/|$)", message: "lib/ outside lib/server/ is pure: no relative import of lib/server/ or db/." },
    { regex: "^@/env$", message: "lib/ outside lib/server/ reads no environment: take the value as an argument." },
    { regex: IO_PACKAGES, message: "lib/ outside lib/server/ does no I/O (no file system, database, Stripe, mail or Next.js)." },
  ],
  ["lib/server/**"],
);

const db = restrictImports(["db/**/*.ts"], [
  { regex: PROJECT_ABOVE_DB, message: "db/ sits below lib/server/, components and app: it may import only lib/ (pure), db/ and env." },
]);

const server = restrictImports(["lib/server/**/*.{ts,tsx}"], [{ regex: "^@/(app|components|scripts)(/|$)", message: "lib/server/ sits below components and app." }]);

const components = restrictImports(["components/**/*.{ts,tsx}"], [
  { regex: "^@/app(/|$)", message: "components sit below app." },
  {
    regex: "^@/db/[^/]+/client$|^(better-sqlite3|stripe)$|^drizzle-orm(/|$)",
    message: "components call query functions (db/queries) or services (lib/server), never the database object or Stripe.",
  },
]);

// The root env.ts is the one reader of process.env (instrumentation.ts reads NEXT_RUNTIME, which Next inlines).
const oneEnvReader = {
  files: ["{app,components,lib,db}/**/*.{ts,tsx}", "proxy.ts"],
  rules: {
    "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration from @/env (env.ts), the one reader of process.env." }],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  pureLib,
  db,
  server,
  components,
  oneEnvReader,
  globalIgnores([".next/**", "out/**", "next-env.d.ts", "db/migrations/**", "test-results/**", "playwright-report/**", "bench/**", ".data/**"]),
]);
