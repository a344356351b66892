import http from "node:http";

/**
 * The one patch on Node's HTTP server: a hook that sees every incoming request before Next
 * does. Next 16 exposes neither the socket address nor the final response headers to app
 * code, so the client-address stamp (client-ip.ts), `Vary: Cookie` (shared-cache.ts), 503 for an
 * accounts outage (db-busy.ts) and the
 * answers that must not cost a trip through Next (early-routing.ts) hang here. Hooks run in the
 * order added; one that returns true has answered the request, and Next never sees it. The
 * patch is installed once per process.
 */
export type RequestHook = (request: http.IncomingMessage, response: http.ServerResponse) => boolean | void;

const HOOKS = Symbol.for("ai-pressure.request-hooks");
type WithHooks = typeof globalThis & { [HOOKS]?: RequestHook[] };

export function addRequestHook(hook: RequestHook): void {
  const global = globalThis as WithHooks;
  if (global[HOOKS] !== undefined) {
    global[HOOKS].push(hook);
    return;
  }
  const hooks: RequestHook[] = [hook];
  global[HOOKS] = hooks;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      for (const run of hooks) if (run(args[0] as http.IncomingMessage, args[1] as http.ServerResponse) === true) return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/**
 * Runs `before` when the response's head is about to be written (by writeHead, or implicitly
 * by the first write): the last moment to change headers Next has set, or the status. It
 * returns the status to send; a reason phrase given for the old status is replaced.
 */
export function beforeWriteHead(response: http.ServerResponse, before: (response: http.ServerResponse, statusCode: number) => number): void {
  const writeHead = response.writeHead;
  response.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    const status = this.headersSent ? statusCode : before(this, statusCode);
    if (status !== statusCode && typeof rest[0] === "string") rest[0] = http.STATUS_CODES[status] ?? rest[0];
    return writeHead.apply(this, [status, ...rest] as Parameters<typeof writeHead>);
  } as typeof writeHead;
}

const NAMED = Symbol.for("ai-pressure.request-hook-names");

/**
 * Adds `hook` unless one was already added under `name` in this process: instrumentation can
 * run more than once (dev reloads, several server bundles), a hook must still run once per request.
 */
export function addRequestHookOnce(name: string, hook: RequestHook): void {
  const global = globalThis as typeof globalThis & { [NAMED]?: Set<string> };
  const names = (global[NAMED] ??= new Set());
  if (names.has(name)) return;
  names.add(name);
  addRequestHook(hook);
}
