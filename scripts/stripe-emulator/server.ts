import { createHash, timingSafeEqual } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApiHandler, apiRouter } from "./api";
import { catalog, seedCatalog } from "./catalog";
import { API_VERSION, configFromEnv, type EmulatorConfig } from "./config";
import { controlRouter, type ControlContext, parseJsonBody } from "./controls";
import { type Core, createCore } from "./core";
import { ApiError, unrecognizedUrl } from "./errors";
import { parseForm, readBody } from "./form";
import { hostedRouter, type HostedResult } from "./hosted";
import { html } from "./html";
import { randomToken } from "./ids";
import { layout, messagePage } from "./pages";
import { Store } from "./store";
import type { StripeEvent } from "./types";
import { WebhookSender } from "./webhooks";
import { isLoopbackAddress, isLoopbackHost } from "./loopback";

export interface StartEmulatorOptions {
  /** Port to listen on; 0 picks a free one. Default: STRIPE_EMULATOR_PORT (12111). */
  port?: number;
  /** Interface to bind. Default: STRIPE_EMULATOR_HOST (127.0.0.1). */
  host?: string;
  /** Webhook endpoint. Default: STRIPE_EMULATOR_WEBHOOK_URL or APP_URL + /api/stripe/webhook. */
  webhookUrl?: string;
  /** State file; null keeps state in memory. Default: STRIPE_EMULATOR_STATE or $DATA_DIR/stripe-emulator.json. */
  stateFile?: string | null;
  /** Accepted API key. Default: STRIPE_SECRET_KEY (sk_test_emulator). */
  secretKey?: string;
  /** Webhook signing secret. Default: STRIPE_WEBHOOK_SECRET (whsec_emulator_local_only). */
  webhookSecret?: string;
  /** Base URL used in hosted-page links. Default: STRIPE_EMULATOR_PUBLIC_URL or the bound address. */
  publicUrl?: string;
  proPriceCents?: number;
  reportPriceCents?: number;
  /** Delays before webhook retries, in ms. Default 500, 1000, 2000, 4000, 8000 (6 attempts in all). */
  retryDelaysMs?: number[];
  /** Per-attempt webhook timeout, ms. Default 10 000. */
  webhookTimeoutMs?: number;
  /** Log sink, one line per call. Default: console.log with a `[stripe-emulator]` prefix. */
  log?: (line: string) => void;
  /** Environment to read defaults from. Default: process.env. */
  env?: Record<string, string | undefined>;
}

export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:12111`. */
  url: string;
  port: number;
  config: EmulatorConfig;
  /** Resolves when no webhook delivery is queued or in flight. */
  idle(): Promise<void>;
  /** Stops listening, stops webhook retries (pending ones resume on next start), saves state. */
  close(): Promise<void>;
}

const HTML_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  "Referrer-Policy": "same-origin",
  "X-Content-Type-Options": "nosniff",
};

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body, null, 2);
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, error: ApiError, headers: Record<string, string> = {}): void {
  sendJson(res, error.status, error.toJSON(), { ...headers, ...error.headers });
}

function internalError(error: unknown, log: (line: string) => void): ApiError {
  log(`internal error: ${(error as Error).stack ?? String(error)}`);
  return new ApiError(500, { type: "api_error", message: "The Stripe emulator hit an internal error; see its log.", code: "internal_error" });
}

/** Only a same-origin browser page (or a non-browser client, which sends no Origin) may POST to pages and controls. */
function isCrossOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function bearerKey(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const bearer = /^Bearer\s+(.+)$/i.exec(header);
  if (bearer?.[1]) return bearer[1].trim();
  const basic = /^Basic\s+(.+)$/i.exec(header);
  if (basic?.[1]) return Buffer.from(basic[1], "base64").toString("utf8").split(":")[0] ?? null;
  return null;
}

function maskKey(key: string): string {
  return key.length <= 8 ? "***" : `${key.slice(0, 8)}${"*".repeat(Math.min(20, key.length - 12))}${key.slice(-4)}`;
}

/** Starts the emulator. Options override the environment; see StartEmulatorOptions. */
export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const base = configFromEnv(options.env ?? process.env);
  const config: EmulatorConfig = {
    host: options.host ?? base.host,
    port: options.port ?? base.port,
    secretKey: options.secretKey ?? base.secretKey,
    webhookSecret: options.webhookSecret ?? base.webhookSecret,
    webhookUrl: options.webhookUrl ?? base.webhookUrl,
    publicUrl: options.publicUrl?.replace(/\/+$/, "") ?? base.publicUrl,
    stateFile: options.stateFile === undefined ? base.stateFile : options.stateFile,
    proPriceCents: options.proPriceCents ?? base.proPriceCents,
    reportPriceCents: options.reportPriceCents ?? base.reportPriceCents,
  };
  // Anyone reaching the emulator can pay, refund and replay webhooks: it is a local tool only.
  if (!isLoopbackAddress(config.host) && config.host !== "localhost") {
    throw new Error(`STRIPE_EMULATOR_HOST=${config.host} is not a loopback address; the emulator binds to 127.0.0.1 or ::1 only`);
  }
  const log = options.log ?? ((line: string) => console.log(`[stripe-emulator] ${line}`));
  if (config.secretKey.startsWith("sk_live_")) log("warning: STRIPE_SECRET_KEY is a live key; the emulator only ever fakes payments");

  let publicUrl = config.publicUrl ?? "";
  const store = new Store(config.stateFile, log);
  store.load();
  const core: Core = createCore(store, () => publicUrl, log);
  const entries = catalog(config);
  seedCatalog(store, entries, core.now());
  store.save();

  const sender = new WebhookSender({
    url: config.webhookUrl,
    secret: config.webhookSecret,
    store,
    log,
    retryDelaysMs: options.retryDelaysMs,
    timeoutMs: options.webhookTimeoutMs,
  });
  const api = apiRouter();
  const hosted = hostedRouter();
  const controls = controlRouter();
  const controlContext = (): ControlContext => ({ core, sender, catalog: entries, url: publicUrl });

  const warnedVersions = new Set<string>();

  /** Saves first, then queues the trigger's events, so a delivered event always refers to persisted state. */
  function commit(events: StripeEvent[] | undefined): void {
    store.save();
    if (events && events.length > 0) void sender.enqueue(events);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, path: string, search: string): Promise<number> {
    const requestId = `req_${randomToken(14)}`;
    const idempotencyKey = typeof req.headers["idempotency-key"] === "string" ? req.headers["idempotency-key"] : null;
    const requestedVersion = typeof req.headers["stripe-version"] === "string" ? req.headers["stripe-version"] : null;
    if (requestedVersion && requestedVersion !== API_VERSION && !warnedVersions.has(requestedVersion)) {
      warnedVersions.add(requestedVersion);
      log(`warning: a client asked for API version ${requestedVersion}; the emulator answers with ${API_VERSION} shapes`);
    }
    const headers: Record<string, string> = {
      "Request-Id": requestId,
      "Stripe-Version": requestedVersion ?? API_VERSION,
      ...(idempotencyKey ? { "Idempotency-Key": idempotencyKey } : {}),
    };
    try {
      const key = bearerKey(req);
      if (!key) {
        throw new ApiError(
          401,
          {
            type: "invalid_request_error",
            message:
              "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
            code: "api_key_missing",
          },
          { "WWW-Authenticate": 'Bearer realm="Stripe"' },
        );
      }
      if (!secretsEqual(key, config.secretKey)) {
        throw new ApiError(
          401,
          { type: "invalid_request_error", message: `Invalid API Key provided: ${maskKey(key)}`, code: "api_key_invalid" },
          { "WWW-Authenticate": 'Bearer realm="Stripe"' },
        );
      }
      const raw = method === "POST" ? await readBody(req) : "";
      const contentType = String(req.headers["content-type"] ?? "");
      if (method === "POST" && raw !== "" && !contentType.startsWith("application/x-www-form-urlencoded")) {
        throw new ApiError(400, {
          type: "invalid_request_error",
          message: "Request bodies must be application/x-www-form-urlencoded, as the Stripe API expects.",
          code: "parameter_invalid",
        });
      }
      const match = api.match(method, path);
      if (!match) throw unrecognizedUrl(method, path);

      const cacheKey = method === "POST" && idempotencyKey ? `${config.secretKey}:${idempotencyKey}` : null;
      const fingerprint = createHash("sha256").update(`${method} ${path}?${search}\n${raw}`).digest("hex");
      if (cacheKey) {
        const cached = store.data.idempotency[cacheKey];
        if (cached) {
          if (cached.fingerprint !== fingerprint) {
            throw new ApiError(400, {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
              code: "idempotency_key_in_use",
            });
          }
          sendJson(res, cached.status, cached.body, { ...headers, "Idempotent-Replayed": "true" });
          return cached.status;
        }
      }

      const input = { ...parseForm(search), ...(raw ? parseForm(raw) : {}) };
      const handler: ApiHandler = match.handler;
      const result = handler(core, { params: match.params, input, request: { id: requestId, idempotency_key: idempotencyKey } });
      const status = result.status ?? 200;
      if (cacheKey) store.data.idempotency[cacheKey] = { fingerprint, status, body: result.body, created: Math.floor(Date.now() / 1000) };
      if (method !== "GET") commit(result.events);
      sendJson(res, status, result.body, headers);
      return status;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : internalError(error, log);
      sendError(res, apiError, headers);
      return apiError.status;
    }
  }

  async function handleHosted(req: IncomingMessage, res: ServerResponse, method: string, path: string, search: string): Promise<number> {
    try {
      const match = hosted.match(method, path);
      if (!match) {
        const status = method === "GET" || method === "POST" ? 404 : 405;
        res.writeHead(status, HTML_HEADERS).end(messagePage({ title: "Not found", message: "There is no page here." }).value);
        return status;
      }
      if (method === "POST" && isCrossOrigin(req)) {
        res.writeHead(403, HTML_HEADERS).end(messagePage({ title: "Forbidden", message: "Cross-site form posts are not accepted." }).value);
        return 403;
      }
      const form = method === "POST" ? parseForm(await readBody(req)) : {};
      const result: HostedResult = match.handler(core, { params: match.params, form, query: new URLSearchParams(search) });
      if (method === "POST" || (result.events && result.events.length > 0)) commit(result.events);
      if (result.kind === "redirect") {
        res.writeHead(303, { Location: result.location, "Cache-Control": "no-store" }).end();
        return 303;
      }
      res.writeHead(result.status, HTML_HEADERS).end(result.html.value);
      return result.status;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : internalError(error, log);
      res.writeHead(apiError.status, HTML_HEADERS).end(messagePage({ title: "Something went wrong", message: apiError.body.message }).value);
      return apiError.status;
    }
  }

  async function handleControl(req: IncomingMessage, res: ServerResponse, method: string, path: string): Promise<number> {
    try {
      if (!isLoopbackAddress(req.socket.remoteAddress)) {
        throw new ApiError(403, { type: "invalid_request_error", message: "Emulator controls answer loopback clients only.", code: "forbidden" });
      }
      // DNS rebinding: a foreign page whose hostname resolves to 127.0.0.1 still sends its own Host.
      if (!isLoopbackHost(req.headers.host)) {
        throw new ApiError(403, { type: "invalid_request_error", message: "Emulator controls answer only Host localhost or 127.0.0.1.", code: "forbidden" });
      }
      if (isCrossOrigin(req)) {
        throw new ApiError(403, { type: "invalid_request_error", message: "Cross-origin requests to emulator controls are refused.", code: "forbidden" });
      }
      const match = controls.match(method, path);
      if (!match) throw unrecognizedUrl(method, path);
      const body = method === "POST" ? parseJsonBody(await readBody(req)) : {};
      const result = await match.handler(controlContext(), body, match.params);
      sendJson(res, result.status ?? 200, result.body);
      return result.status ?? 200;
    } catch (error) {
      const apiError = error instanceof ApiError ? error : internalError(error, log);
      sendError(res, apiError);
      return apiError.status;
    }
  }

  function indexPage(res: ServerResponse): number {
    const body = html`<div class="card">
  <h1>Stripe emulator</h1>
  <p>Serving the Stripe API at <code>${publicUrl}/v1</code> (API version ${API_VERSION}), webhooks to <code>${config.webhookUrl}</code>.</p>
  <p>Controls (loopback, Host localhost or 127.0.0.1 only): <a href="/_emulator/health">/_emulator/health</a>, <a href="/_emulator/state">/_emulator/state</a>, <code>POST /_emulator/advance</code>, <code>POST /_emulator/reset</code>.</p>
</div>`;
    res.writeHead(200, HTML_HEADERS).end(layout("Stripe emulator", body).value);
    return 200;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? "GET").toUpperCase();
    const target = new URL(req.url ?? "/", "http://emulator.invalid");
    const path = target.pathname;
    const search = target.search.replace(/^\?/, "");
    let status: number;
    if (path.startsWith("/v1/") || path === "/v1") status = await handleApi(req, res, method, path, search);
    else if (path.startsWith("/_emulator/")) status = await handleControl(req, res, method, path);
    else if (path.startsWith("/checkout/") || path.startsWith("/portal/") || path.startsWith("/invoice/")) status = await handleHosted(req, res, method, path, search);
    else if (path === "/" && method === "GET") status = indexPage(res);
    else {
      const error = unrecognizedUrl(method, path);
      sendError(res, error);
      status = error.status;
    }
    // Drain anything left unread (e.g. after a 413) so the connection can be reused or closed cleanly.
    if (!req.complete) req.resume();
    log(`${method} ${path} → ${status} (${Date.now() - started} ms)`);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`request failed: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) sendError(res, internalError(error, log));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === "EADDRINUSE" ? new Error(`Stripe emulator: port ${config.port} on ${config.host} is already in use`) : error);
    };
    server.once("error", onError);
    server.listen(config.port, config.host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hostForUrl = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${hostForUrl}:${port}`;
  publicUrl = config.publicUrl ?? url;
  log(`listening on ${url} (API ${API_VERSION}); webhooks → ${config.webhookUrl}; state → ${config.stateFile ?? "memory only"}`);
  void sender.resumePending();

  let closing: Promise<void> | null = null;
  return {
    url,
    port,
    config: { ...config, port, publicUrl },
    idle: () => sender.idle(),
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        await sender.abortAll();
        server.closeAllConnections();
        await stopped;
        store.save();
      })();
      return closing;
    },
  };
}
