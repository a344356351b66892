import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type {
  CheckoutExtras,
  CheckoutSession,
  Customer,
  Delivery,
  IdempotentResponse,
  Invoice,
  PaymentIntent,
  PortalSession,
  Price,
  Product,
  StripeEvent,
  StripeObject,
  Subscription,
} from "./types";

/** Everything the emulator knows, as plain JSON (this is also the state file's format). */
export interface StateData {
  version: 1;
  clock_offset_seconds: number;
  products: Record<string, Product>;
  prices: Record<string, Price>;
  customers: Record<string, Customer>;
  checkout_sessions: Record<string, CheckoutSession>;
  checkout_extras: Record<string, CheckoutExtras>;
  subscriptions: Record<string, Subscription>;
  invoices: Record<string, Invoice>;
  payment_intents: Record<string, PaymentIntent>;
  portal_sessions: Record<string, PortalSession>;
  events: Record<string, StripeEvent>;
  deliveries: Record<string, Delivery>;
  idempotency: Record<string, IdempotentResponse>;
}

export function emptyState(): StateData {
  return {
    version: 1,
    clock_offset_seconds: 0,
    products: {},
    prices: {},
    customers: {},
    checkout_sessions: {},
    checkout_extras: {},
    subscriptions: {},
    invoices: {},
    payment_intents: {},
    portal_sessions: {},
    events: {},
    deliveries: {},
    idempotency: {},
  };
}

const objectMap = (objectName: string) => z.record(z.string(), z.looseObject({ id: z.string(), object: z.literal(objectName) }));
const recordMap = z.record(z.string(), z.looseObject({}));

/** Structural check of a loaded state file: the right collections, each holding the right kind of object. */
const stateFileSchema = z.object({
  version: z.literal(1),
  clock_offset_seconds: z.number().int(),
  products: objectMap("product"),
  prices: objectMap("price"),
  customers: objectMap("customer"),
  checkout_sessions: objectMap("checkout.session"),
  checkout_extras: recordMap,
  subscriptions: objectMap("subscription"),
  invoices: objectMap("invoice"),
  payment_intents: objectMap("payment_intent"),
  portal_sessions: objectMap("billing_portal.session"),
  events: objectMap("event"),
  deliveries: recordMap,
  idempotency: recordMap,
});

const MAX_EVENTS = 1000;
const MAX_DELIVERIES = 2000;
const MAX_IDEMPOTENCY_KEYS = 2000;
const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

/** Id prefix → collection, for resolving references during `expand`. */
const PREFIXES: Array<[string, keyof StateData]> = [
  ["cus_", "customers"],
  ["sub_", "subscriptions"],
  ["in_", "invoices"],
  ["pi_", "payment_intents"],
  ["prod_", "products"],
  ["price_", "prices"],
  ["cs_", "checkout_sessions"],
  ["bps_", "portal_sessions"],
];

/**
 * In-memory state with atomic JSON persistence: `save()` writes a temp file next to the
 * target and renames it over, so a crash mid-write never leaves a truncated file.
 */
export class Store {
  data: StateData = emptyState();
  private readonly file: string | null;
  private readonly log: (line: string) => void;

  constructor(file: string | null, log: (line: string) => void) {
    this.file = file;
    this.log = log;
  }

  /** Loads the state file if present. A corrupt file is set aside (renamed) and the emulator starts empty. */
  load(): void {
    if (!this.file || !fs.existsSync(this.file)) return;
    try {
      const parsed = stateFileSchema.safeParse(JSON.parse(fs.readFileSync(this.file, "utf8")));
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "unexpected shape");
      this.data = { ...emptyState(), ...(parsed.data as unknown as StateData) };
    } catch (error) {
      const aside = `${this.file}.corrupt-${Date.now()}`;
      fs.renameSync(this.file, aside);
      this.log(`state file ${this.file} could not be read (${(error as Error).message}); moved to ${aside}, starting empty`);
      this.data = emptyState();
    }
  }

  save(): void {
    this.prune();
    if (!this.file) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(this.data));
    fs.renameSync(temp, this.file);
  }

  reset(): void {
    this.data = emptyState();
  }

  /** Finds any stored object by id, using Stripe's id prefixes. */
  resolve(id: string): StripeObject | undefined {
    for (const [prefix, collection] of PREFIXES) {
      if (id.startsWith(prefix)) return (this.data[collection] as Record<string, StripeObject>)[id];
    }
    return undefined;
  }

  private prune(): void {
    trimOldest(this.data.events, MAX_EVENTS);
    trimOldest(this.data.deliveries, MAX_DELIVERIES);
    const cutoff = Math.floor(Date.now() / 1000) - IDEMPOTENCY_TTL_SECONDS;
    for (const [key, entry] of Object.entries(this.data.idempotency)) {
      if (entry.created < cutoff) delete this.data.idempotency[key];
    }
    trimOldest(this.data.idempotency, MAX_IDEMPOTENCY_KEYS);
  }
}

/** Records keep insertion order, so the first keys are the oldest. */
function trimOldest(record: Record<string, unknown>, max: number): void {
  const keys = Object.keys(record);
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) delete record[key];
}

/** Newest first, as Stripe lists are: by `created`, ties broken by insertion order. */
export function newestFirst<T extends { created: number }>(record: Record<string, T>): T[] {
  return Object.values(record)
    .reverse()
    .sort((a, b) => b.created - a.created);
}
