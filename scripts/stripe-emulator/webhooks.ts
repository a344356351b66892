import { createHmac } from "node:crypto";
import { wallClockSeconds } from "./clock";
import { newId } from "./ids";
import type { Store } from "./store";
import type { Delivery, StripeEvent } from "./types";

/** `Stripe-Signature` exactly as Stripe builds it: HMAC-SHA256 over `<t>.<raw body>`, hex. */
export function signatureHeader(payload: string, secret: string, timestamp: number): string {
  const signature = createHmac("sha256", secret).update(`${timestamp}.${payload}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${signature}`;
}

/** Delay before each retry; attempts = 1 + retries. */
export const DEFAULT_RETRY_DELAYS_MS = [500, 1000, 2000, 4000, 8000];

export interface WebhookSenderOptions {
  url: string;
  secret: string;
  store: Store;
  log: (line: string) => void;
  retryDelaysMs?: number[];
  timeoutMs?: number;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Delivers events to the webhook endpoint. Each trigger (one checkout, one clock advance)
 * is a batch sent strictly in order, one event at a time; separate batches run
 * independently, so — as with Stripe — events from different triggers may interleave.
 * Non-2xx answers and network errors are retried with backoff. Every attempt is logged
 * and recorded in the store's `deliveries`; deliveries still pending at shutdown are
 * resumed on the next start.
 */
export class WebhookSender {
  private readonly options: WebhookSenderOptions;
  private readonly retryDelaysMs: number[];
  private readonly timeoutMs: number;
  private readonly batches = new Set<Promise<void>>();
  private controller = new AbortController();

  constructor(options: WebhookSenderOptions) {
    this.options = options;
    this.retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  get url(): string {
    return this.options.url;
  }

  get pending(): number {
    return this.batches.size;
  }

  /** Queues one trigger's events. The returned promise settles when the whole batch is done (delivered or given up). */
  enqueue(events: StripeEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const { store } = this.options;
    const now = wallClockSeconds();
    const deliveries = events.map((event) => {
      const delivery: Delivery = {
        id: newId("whdel"),
        event_id: event.id,
        event_type: event.type,
        url: this.options.url,
        status: "pending",
        attempts: 0,
        last_status_code: null,
        last_error: null,
        created: now,
        updated: now,
      };
      store.data.deliveries[delivery.id] = delivery;
      return delivery;
    });
    store.save();
    return this.run(deliveries);
  }

  /** Re-queues deliveries left pending by a previous run, in their original order. */
  resumePending(): Promise<void> {
    const pending = Object.values(this.options.store.data.deliveries).filter((delivery) => delivery.status === "pending");
    if (pending.length > 0) this.options.log(`resuming ${pending.length} pending webhook deliveries`);
    return pending.length > 0 ? this.run(pending) : Promise.resolve();
  }

  /** Resolves once nothing is queued or in flight (including batches queued meanwhile). */
  async idle(): Promise<void> {
    while (this.batches.size > 0) await Promise.allSettled([...this.batches]);
  }

  /** Stops in-flight and queued deliveries (they stay `pending`), e.g. before a reset or shutdown. */
  async abortAll(): Promise<void> {
    this.controller.abort();
    await this.idle();
    this.controller = new AbortController();
  }

  private run(deliveries: Delivery[]): Promise<void> {
    const signal = this.controller.signal;
    const batch: Promise<void> = (async () => {
      for (const delivery of deliveries) {
        if (signal.aborted) return;
        await this.deliver(delivery, signal);
      }
    })()
      .catch((error: unknown) => this.options.log(`webhook batch failed: ${(error as Error).message}`))
      .finally(() => this.batches.delete(batch));
    this.batches.add(batch);
    return batch;
  }

  private async deliver(delivery: Delivery, signal: AbortSignal): Promise<void> {
    const { store, log } = this.options;
    const event = store.data.events[delivery.event_id];
    const maxAttempts = this.retryDelaysMs.length + 1;
    if (!event) {
      Object.assign(delivery, { status: "failed", last_error: "event no longer stored", updated: wallClockSeconds() });
      store.save();
      return;
    }
    const payload = JSON.stringify(event, null, 2);
    while (!signal.aborted) {
      const attempt = delivery.attempts + 1;
      const outcome = await this.attempt(payload, signal);
      if (signal.aborted) return;
      delivery.attempts = attempt;
      delivery.last_status_code = outcome.status;
      delivery.last_error = outcome.error;
      delivery.updated = wallClockSeconds();
      const result = outcome.status !== null ? String(outcome.status) : `error: ${outcome.error}`;
      if (outcome.ok) {
        delivery.status = "succeeded";
        event.pending_webhooks = 0;
        store.save();
        log(`webhook ${event.type} ${event.id} → ${result} (attempt ${attempt}/${maxAttempts})`);
        return;
      }
      if (attempt >= maxAttempts) {
        delivery.status = "failed";
        store.save();
        log(`webhook ${event.type} ${event.id} → ${result} (attempt ${attempt}/${maxAttempts}); giving up`);
        return;
      }
      store.save();
      const delay = this.retryDelaysMs[attempt - 1] ?? 0;
      log(`webhook ${event.type} ${event.id} → ${result} (attempt ${attempt}/${maxAttempts}); retrying in ${delay} ms`);
      await sleep(delay, signal);
    }
  }

  private async attempt(payload: string, signal: AbortSignal): Promise<{ ok: boolean; status: number | null; error: string | null }> {
    try {
      const response = await fetch(this.options.url, {
        method: "POST",
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          "Stripe-Signature": signatureHeader(payload, this.options.secret, wallClockSeconds()),
        },
        body: payload,
        redirect: "manual",
        signal: AbortSignal.any([signal, AbortSignal.timeout(this.timeoutMs)]),
      });
      await response.body?.cancel();
      const ok = response.status >= 200 && response.status < 300;
      return { ok, status: response.status, error: ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return { ok: false, status: null, error: cause?.code ?? (error as Error).message };
    }
  }
}
