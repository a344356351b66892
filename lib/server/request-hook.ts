import http from "node:http";

/**
 * The one patch on Node's HTTP server: a hook that sees every incoming request before Next
 * does. Next 16 exposes neither the socket address nor the final response headers to app
 * code, so the client-address stamp (client-ip.ts), `Vary: Cookie` (shared-cache.ts), 503 for an
 * accounts outage (db-busy.ts) and the
 * answers that must not cost a trip through Next (early-routing.ts) hang here. Hooks run in the
 * order added; one that returns true has answered the request, and Next never sees it. A hook
 * may also answer later (it needs the accounts database): it returns a promise, and the request
 * waits for it; false (or a failure, which is logged) lets the remaining hooks and Next have it.
 * The patch is installed once per process.
 */
export type RequestHook = (request: http.IncomingMessage, response: http.ServerResponse) => boolean | void | Promise<boolean>;

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
    if (event !== "request") return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    const toNext = () => emit.apply(this, [event, ...args] as unknown as Parameters<typeof emit>);
    return runHooks(hooks, 0, args[0] as http.IncomingMessage, args[1] as http.ServerResponse, toNext);
  } as typeof emit;
}

/** Runs hooks[from…] in order, then `toNext` unless one answered; a promise suspends the chain until it settles. */
function runHooks(hooks: readonly RequestHook[], from: number, request: http.IncomingMessage, response: http.ServerResponse, toNext: () => boolean): boolean {
  for (let index = from; index < hooks.length; index += 1) {
    const result = hooks[index]!(request, response);
    if (result === true) return true;
    if (result instanceof Promise) {
      result.then(
        (answered) => {
          if (!answered) runHooks(hooks, index + 1, request, response, toNext);
        },
        (error: unknown) => {
          console.warn(`[request-hook] a hook failed, the request goes on to Next: ${error instanceof Error ? error.message : String(error)}`);
          runHooks(hooks, index + 1, request, response, toNext);
        },
      );
      return true;
    }
  }
  return toNext();
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
