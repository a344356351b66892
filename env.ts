import { type Env, parseEnv } from "@/lib/validations/env";

/**
 * The one reader of process.env in the app: parsed once, at import, by the schema in
 * lib/validations/env.ts (which throws one error listing every problem).
 */
// NEXT_RUNTIME is compiled into Next's server bundles ("nodejs"); the tsx CLIs leave it unset.
export const env: Env = parseEnv(process.env, { server: process.env.NEXT_RUNTIME !== undefined });

/**
 * The address `next start` / `next dev` was told to bind (Next records it in
 * __NEXT_PRIVATE_ORIGIN when the server starts), read when asked rather than at import.
 */
export function boundOrigin(): string | undefined {
  return process.env.__NEXT_PRIVATE_ORIGIN;
}
