import { z } from "zod";
import { advanceClock } from "./billing";
import { seedCatalog, type CatalogEntry } from "./catalog";
import { API_VERSION } from "./config";
import type { Core } from "./core";
import { ApiError, invalidRequest, noSuchObject } from "./errors";
import { Router } from "./router";
import type { StateData } from "./store";
import type { WebhookSender } from "./webhooks";

/**
 * Test controls under `/_emulator/` (loopback only, JSON): health, state dump, clock
 * advance with renewal outcomes, reset, event resend.
 */

export interface ControlContext {
  core: Core;
  sender: WebhookSender;
  catalog: CatalogEntry[];
  url: string;
}

export interface ControlResult {
  status?: number;
  body: unknown;
}

export type ControlHandler = (ctx: ControlContext, body: unknown, params: Record<string, string>) => Promise<ControlResult>;

const advanceBody = z
  .object({
    days: z.number().positive().max(3660),
    failRenewal: z.boolean().optional(),
    /** Respond only after this advance's webhooks were delivered (or given up on). */
    wait: z.boolean().optional(),
  })
  .strict();

function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const param = issue?.path.join(".") || (issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : undefined);
  throw invalidRequest(`Invalid body${param ? ` (${param})` : ""}: ${issue?.message ?? "invalid"}`, param || undefined);
}

export function controlRouter(): Router<ControlHandler> {
  const router = new Router<ControlHandler>();

  router.add("GET", "/_emulator/health", async (ctx) => {
    const { core } = ctx;
    return {
      body: {
        ok: true,
        api_version: API_VERSION,
        url: ctx.url,
        webhook_url: ctx.sender.url,
        now: core.now(),
        clock_offset_seconds: core.store.data.clock_offset_seconds,
        pending_webhook_batches: ctx.sender.pending,
      },
    };
  });

  router.add("GET", "/_emulator/state", async (ctx) => {
    const { core } = ctx;
    // The idempotency cache is left out: it repeats response bodies and is of no use when debugging.
    const data: Partial<StateData> = { ...core.store.data };
    delete data.idempotency;
    return { body: { now: core.now(), webhook_url: ctx.sender.url, ...data } };
  });

  router.add("POST", "/_emulator/advance", async (ctx, body) => {
    const params = parseBody(advanceBody, body);
    const { core } = ctx;
    const events = advanceClock(core, params.days * 86_400, params.failRenewal ?? false);
    core.store.save();
    const delivered = ctx.sender.enqueue(events);
    if (params.wait) await delivered;
    return {
      body: {
        now: core.now(),
        clock_offset_seconds: core.store.data.clock_offset_seconds,
        events: events.map((event) => ({
          id: event.id,
          type: event.type,
          object: (event.data.object as { id: string }).id,
          created: event.created,
        })),
      },
    };
  });

  router.add("POST", "/_emulator/reset", async (ctx) => {
    const { core } = ctx;
    await ctx.sender.abortAll();
    core.store.reset();
    seedCatalog(core.store, ctx.catalog, core.now());
    core.store.save();
    core.log("state reset");
    return { body: { ok: true, now: core.now() } };
  });

  router.add("POST", "/_emulator/events/:id/resend", async (ctx, _body, params) => {
    const event = ctx.core.store.data.events[params.id ?? ""];
    if (!event) throw noSuchObject("event", params.id ?? "");
    void ctx.sender.enqueue([event]);
    return { status: 202, body: { ok: true, event: event.id, type: event.type } };
  });

  return router;
}

export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, { type: "invalid_request_error", message: "The request body must be JSON.", code: "parameter_invalid" });
  }
}
