import { createRequire } from "node:module";

/**
 * Server modules start with `import "server-only"`, which throws outside Next's server bundle.
 * A script that runs server code (bench, alerts) is a server context, so it stands in an empty
 * module for it. Call before importing those modules (dynamic `import()`).
 */
export function allowServerOnlyModules(): void {
  const require = createRequire(import.meta.url);
  const id = require.resolve("server-only");
  require.cache[id] ??= { id, filename: id, loaded: true, exports: {} } as NodeJS.Module;
}
