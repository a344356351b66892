import http from "node:http";

/**
 * The one patch on Node's HTTP server: a hook that sees every incoming request before Next
 * does. Next 16 exposes neither the socket address nor the final response headers to app
 * code, so the client-address stamp (client-ip.ts), `Vary: Cookie` (shared-cache.ts) and the
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
