import http from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * Helpers for tests that drive the emulator: a webhook receiver that verifies signatures
 * with the official SDK, and a reader for the hosted pages' HTML forms, so tests submit
 * exactly the fields a browser would.
 */

export interface WebhookReceiver {
  url: string;
  /** Events whose signature verified, in arrival order. */
  events: Stripe.Event[];
  /** Requests rejected because `constructEvent` threw. */
  rejected: number;
  /** All requests, including the ones answered with a forced error. */
  requests: number;
  /** Answer the next `count` requests with HTTP 500 (before verifying). */
  failNext(count: number): void;
  /** Resolves with the first verified event matching the predicate (already received or arriving later). */
  waitFor(predicate: (event: Stripe.Event) => boolean, timeoutMs?: number): Promise<Stripe.Event>;
  types(): string[];
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  let failures = 0;
  const waiters: Array<{ predicate: (event: Stripe.Event) => boolean; resolve: (event: Stripe.Event) => void }> = [];
  const receiver = {
    events: [] as Stripe.Event[],
    rejected: 0,
    requests: 0,
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      receiver.requests += 1;
      if (failures > 0) {
        failures -= 1;
        res.writeHead(500).end("forced failure");
        return;
      }
      const raw = Buffer.concat(chunks).toString("utf8");
      try {
        const event = Stripe.webhooks.constructEvent(raw, String(req.headers["stripe-signature"] ?? ""), secret);
        receiver.events.push(event);
        for (const waiter of [...waiters]) {
          if (waiter.predicate(event)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(event);
          }
        }
        res.writeHead(200, { "Content-Type": "application/json" }).end('{"received":true}');
      } catch {
        receiver.rejected += 1;
        res.writeHead(400).end("bad signature");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/stripe/webhook`,
    get events() {
      return receiver.events;
    },
    get rejected() {
      return receiver.rejected;
    },
    get requests() {
      return receiver.requests;
    },
    failNext(count: number) {
      failures = count;
    },
    waitFor(predicate, timeoutMs = 5000) {
      const found = receiver.events.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("timed out waiting for a webhook event")), timeoutMs);
        waiters.push({
          predicate,
          resolve: (event) => {
            clearTimeout(timer);
            resolve(event);
          },
        });
      });
    },
    types() {
      return receiver.events.map((event) => event.type);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export interface HtmlForm {
  action: string;
  method: string;
  /** Input name → value (hidden and visible inputs, as rendered). */
  fields: Record<string, string>;
  /** Submit buttons: name, value and visible label. */
  buttons: Array<{ name: string; value: string; label: string }>;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of source.matchAll(/([a-zA-Z][\w-]*)(?:="([^"]*)")?/g)) {
    if (match[1]) out[match[1]] = decodeEntities(match[2] ?? "");
  }
  return out;
}

/** Every `<form>` on the page with its inputs and submit buttons. */
export function readForms(html: string): HtmlForm[] {
  return [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)].map((match) => {
    const formAttributes = attributes(match[1] ?? "");
    const body = match[2] ?? "";
    const fields: Record<string, string> = {};
    for (const input of body.matchAll(/<input\b([^>]*)>/g)) {
      const attrs = attributes(input[1] ?? "");
      if (attrs.name) fields[attrs.name] = attrs.value ?? "";
    }
    const buttons = [...body.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].map((button) => {
      const attrs = attributes(button[1] ?? "");
      return { name: attrs.name ?? "", value: attrs.value ?? "", label: decodeEntities((button[2] ?? "").replace(/<[^>]+>/g, "").trim()) };
    });
    return { action: formAttributes.action ?? "", method: (formAttributes.method ?? "get").toLowerCase(), fields, buttons };
  });
}

/**
 * Submits a form the way a browser would: its fields (with `overrides` typed in) plus the
 * chosen button's name=value. Redirects are not followed, so callers can inspect them.
 */
export async function submitForm(pageUrl: string, form: HtmlForm, buttonValue: string, overrides: Record<string, string> = {}): Promise<Response> {
  const button = form.buttons.find((candidate) => candidate.value === buttonValue);
  if (!button) throw new Error(`no submit button with value ${buttonValue}; have ${form.buttons.map((b) => b.value).join(", ")}`);
  const body = new URLSearchParams({ ...form.fields, ...overrides, [button.name]: button.value });
  return fetch(new URL(form.action, pageUrl), {
    method: form.method.toUpperCase(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
    redirect: "manual",
  });
}
