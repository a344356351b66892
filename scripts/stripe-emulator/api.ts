import { z } from "zod";
import { assertNotCanceled, createCustomer, endSubscription, expireCheckout, updateSubscription } from "./billing";
import type { Core } from "./core";
import { invalidRequest, noSuchObject, noSuchParamObject } from "./errors";
import { type EventRequest, recordEvent } from "./events";
import { applyExpand, checkoutLineItemsList } from "./expand";
import { applyMetadata, expandParam, type FormData, formBoolean, formInteger, formString, listParams, metadataParam, parseParams } from "./form";
import { newId } from "./ids";
import { buildCheckoutSession, buildLineItem, buildPortalSession } from "./objects";
import { Router } from "./router";
import { newestFirst, type StateData } from "./store";
import type { CheckoutLineItem, List, StripeEvent } from "./types";

/**
 * The `/v1` endpoints the app uses, with Stripe's parameter rules: unknown parameters
 * are rejected (as Stripe does), form values are coerced from strings, every handler
 * validates with zod before touching state.
 */

export interface ApiRequest {
  params: Record<string, string>;
  /** Query string (GET/DELETE) or form body (POST), parsed with qs. */
  input: FormData;
  request: EventRequest;
}

export interface ApiResult {
  status?: number;
  body: unknown;
  /** Events recorded by the handler; sent as one webhook batch after the state is saved. */
  events?: StripeEvent[];
}

export type ApiHandler = (core: Core, req: ApiRequest) => ApiResult;

type Collection = "customers" | "products" | "prices" | "checkout_sessions" | "subscriptions" | "invoices" | "payment_intents" | "events";

const RESOURCE_NAMES: Record<Collection, string> = {
  customers: "customer",
  products: "product",
  prices: "price",
  checkout_sessions: "checkout.session",
  subscriptions: "subscription",
  invoices: "invoice",
  payment_intents: "payment_intent",
  events: "event",
};

function find<C extends Collection>(core: Core, collection: C, id: string): StateData[C][string] {
  const found = (core.store.data[collection] as Record<string, StateData[C][string]>)[id];
  if (!found) throw noSuchObject(RESOURCE_NAMES[collection], id);
  return found;
}

function paginate<T extends { id: string }>(
  items: T[],
  params: { limit?: number; starting_after?: string; ending_before?: string },
  url: string,
): List<T> {
  const limit = params.limit ?? 10;
  let start = 0;
  let end = items.length;
  if (params.starting_after) {
    const index = items.findIndex((item) => item.id === params.starting_after);
    if (index < 0) throw invalidRequest(`No such object: '${params.starting_after}'`, "starting_after", "resource_missing");
    start = index + 1;
  } else if (params.ending_before) {
    const index = items.findIndex((item) => item.id === params.ending_before);
    if (index < 0) throw invalidRequest(`No such object: '${params.ending_before}'`, "ending_before", "resource_missing");
    end = index;
    start = Math.max(0, end - limit);
    return { object: "list", data: items.slice(start, end), has_more: start > 0, url };
  }
  return { object: "list", data: items.slice(start, start + limit), has_more: start + limit < end, url };
}

const id = z.string().min(1).max(255);
const email = z.email({ message: "must be a valid email address" }).max(512);
const url = z.url({ protocol: /^https?$/, message: "must be a valid http(s) URL" }).max(5000);
const retrieveParams = z.object({ expand: expandParam.optional() }).strict();

// ---- customers ----

const customerFields = {
  email: z.union([z.literal(""), email]).optional(),
  name: formString.max(256).optional(),
  description: formString.max(350).optional(),
  phone: formString.max(20).optional(),
  metadata: metadataParam.optional(),
  expand: expandParam.optional(),
};
const customerCreateParams = z.object(customerFields).strict();
const customerListParams = z.object({ ...listParams, email: z.string().max(512).optional() }).strict();

const emptyToNull = (value: string | undefined) => (value === undefined ? undefined : value === "" ? null : value);

// ---- prices / products ----

const priceListParams = z
  .object({
    ...listParams,
    active: formBoolean.optional(),
    product: id.optional(),
    type: z.enum(["one_time", "recurring"]).optional(),
    currency: z.string().length(3).optional(),
    lookup_keys: z.union([z.array(z.string().max(200)).max(10), z.string().max(200).transform((key) => [key])]).optional(),
  })
  .strict();
const productListParams = z.object({ ...listParams, active: formBoolean.optional() }).strict();

// ---- checkout ----

const lineItemParams = z
  .object({
    price: id,
    quantity: formInteger.pipe(z.number().int().min(1, { message: "must be at least 1" }).max(999_999)),
  })
  .strict();

const checkoutCreateParams = z
  .object({
    mode: z.enum(["payment", "subscription", "setup"]),
    line_items: z.array(lineItemParams).min(1).max(20),
    customer: id.optional(),
    customer_email: email.optional(),
    customer_creation: z.enum(["always", "if_required"]).optional(),
    client_reference_id: z.string().min(1).max(200).optional(),
    metadata: metadataParam.optional(),
    subscription_data: z.object({ metadata: metadataParam.optional(), description: formString.max(500).optional() }).strict().optional(),
    payment_intent_data: z
      .object({ metadata: metadataParam.optional(), description: formString.max(1000).optional(), receipt_email: email.optional() })
      .strict()
      .optional(),
    success_url: url.optional(),
    cancel_url: url.optional(),
    expires_at: formInteger.optional(),
    expand: expandParam.optional(),
    // Accepted and ignored: they change nothing the emulator models.
    allow_promotion_codes: formBoolean.optional(),
    billing_address_collection: z.enum(["auto", "required"]).optional(),
    locale: z.string().max(10).optional(),
    payment_method_types: z.array(z.string()).optional(),
    submit_type: z.enum(["auto", "book", "donate", "pay", "subscribe"]).optional(),
    ui_mode: z.literal("hosted").optional(),
  })
  .strict();

const checkoutListParams = z
  .object({
    ...listParams,
    customer: id.optional(),
    subscription: id.optional(),
    payment_intent: id.optional(),
    status: z.enum(["open", "complete", "expired"]).optional(),
  })
  .strict();

function createCheckoutSession(core: Core, req: ApiRequest): ApiResult {
  const params = parseParams(checkoutCreateParams, req.input);
  const { store } = core;
  const now = core.now();
  if (params.mode === "setup") throw invalidRequest("The Stripe emulator supports `payment` and `subscription` modes only.", "mode");
  if (params.customer && params.customer_email) {
    throw invalidRequest("You may only specify one of these parameters: customer, customer_email.", "customer_email");
  }
  if (params.customer && !store.data.customers[params.customer]) throw noSuchParamObject("customer", params.customer, "customer");
  if (params.mode === "subscription" && params.customer_creation) {
    throw invalidRequest("`customer_creation` can only be used in `payment` mode.", "customer_creation");
  }
  if (params.mode === "subscription" && params.payment_intent_data) {
    throw invalidRequest("You can not pass `payment_intent_data` in `subscription` mode.", "payment_intent_data");
  }
  if (params.mode === "payment" && params.subscription_data) {
    throw invalidRequest("You can not pass `subscription_data` in `payment` mode.", "subscription_data");
  }
  const lineItems: CheckoutLineItem[] = params.line_items.map((item, index) => {
    const param = `line_items[${index}][price]`;
    const price = store.data.prices[item.price];
    if (!price) throw noSuchParamObject("price", item.price, param);
    if (!price.active) throw invalidRequest(`The price specified (${price.id}) is inactive.`, param);
    if (params.mode === "payment" && price.recurring) {
      throw invalidRequest(
        "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
        param,
      );
    }
    if (params.mode === "subscription" && !price.recurring) {
      throw invalidRequest("The Stripe emulator supports only recurring prices in `subscription` mode.", param);
    }
    const product = store.data.products[price.product];
    return buildLineItem(price, item.quantity, product?.name ?? price.product);
  });
  const intervals = new Set(lineItems.map((item) => `${item.price.recurring?.interval}/${item.price.recurring?.interval_count}`));
  if (params.mode === "subscription" && intervals.size > 1) {
    throw invalidRequest("Checkout does not support multiple prices with different billing intervals.", "line_items");
  }
  if (params.expires_at !== undefined && (params.expires_at < now + 30 * 60 || params.expires_at > now + 24 * 3600)) {
    throw invalidRequest("The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", "expires_at");
  }

  const sessionId = newId("cs_test");
  const session = buildCheckoutSession({
    now,
    id: sessionId,
    url: `${core.publicUrl()}/checkout/${sessionId}`,
    mode: params.mode,
    lineItems,
    customer: params.customer ?? null,
    customerEmail: params.customer_email ?? null,
    customerCreation: params.customer_creation ?? null,
    clientReferenceId: params.client_reference_id ?? null,
    metadata: applyMetadata({}, params.metadata),
    successUrl: params.success_url ?? null,
    cancelUrl: params.cancel_url ?? null,
    allowPromotionCodes: params.allow_promotion_codes ?? null,
    expiresAt: params.expires_at ?? now + 24 * 3600,
  });
  store.data.checkout_sessions[session.id] = session;
  store.data.checkout_extras[session.id] = {
    line_items: lineItems,
    subscription_data: {
      metadata: applyMetadata({}, params.subscription_data?.metadata),
      description: params.subscription_data?.description ?? null,
    },
    payment_intent_data: {
      metadata: applyMetadata({}, params.payment_intent_data?.metadata),
      description: params.payment_intent_data?.description ?? null,
      receipt_email: params.payment_intent_data?.receipt_email ?? null,
    },
    declined_payment_intent: null,
  };
  return { body: applyExpand(core.store, session, params.expand) };
}

// ---- subscriptions ----

const subscriptionListParams = z
  .object({
    ...listParams,
    customer: id.optional(),
    price: id.optional(),
    status: z.enum(["active", "all", "canceled", "ended", "incomplete", "incomplete_expired", "past_due", "paused", "trialing", "unpaid"]).optional(),
  })
  .strict();
const subscriptionUpdateParams = z
  .object({ cancel_at_period_end: formBoolean.optional(), metadata: metadataParam.optional(), expand: expandParam.optional() })
  .strict();
const subscriptionCancelParams = z
  .object({ invoice_now: formBoolean.optional(), prorate: formBoolean.optional(), expand: expandParam.optional() })
  .strict();

// ---- portal, invoices, payment intents, events ----

const portalCreateParams = z
  .object({ customer: id, return_url: url.optional(), locale: z.string().max(10).optional(), expand: expandParam.optional() })
  .strict();
const invoiceListParams = z
  .object({
    ...listParams,
    customer: id.optional(),
    subscription: id.optional(),
    status: z.enum(["draft", "open", "paid", "uncollectible", "void"]).optional(),
  })
  .strict();
const paymentIntentListParams = z.object({ ...listParams, customer: id.optional() }).strict();
const eventListParams = z
  .object({
    ...listParams,
    type: z.string().max(100).optional(),
    types: z.union([z.array(z.string().max(100)).max(20), z.string().max(100).transform((type) => [type])]).optional(),
  })
  .strict();

function typeMatches(pattern: string, type: string): boolean {
  return pattern.endsWith("*") ? type.startsWith(pattern.slice(0, -1)) : pattern === type;
}

type ListQuery = z.output<z.ZodObject<typeof listParams>>;

function list<T extends { id: string }>(core: Core, items: T[], params: ListQuery, url: string): ApiResult {
  return { body: applyExpand(core.store, paginate(items, params, url), params.expand) };
}

/** GET <path>/:id: one object of `collection`, expanded as asked. */
function addRetrieve(router: Router<ApiHandler>, path: string, collection: Collection) {
  router.add("GET", `${path}/:id`, (core, req) => {
    const params = parseParams(retrieveParams, req.input);
    return { body: applyExpand(core.store, find(core, collection, req.params.id ?? ""), params.expand) };
  });
}

type Listed<C extends Collection> = StateData[C][string];

/** GET <path>: `collection` newest first, narrowed to the items `keep` accepts for the query, one page of them. */
function addList<C extends Collection, S extends z.ZodType<ListQuery>>(
  router: Router<ApiHandler>,
  path: string,
  collection: C,
  schema: S,
  keep: (item: Listed<C>, params: z.output<S>) => boolean,
) {
  router.add("GET", path, (core, req) => {
    const params = parseParams(schema, req.input);
    const items = newestFirst(core.store.data[collection] as Record<string, Listed<C>>).filter((item) => keep(item, params));
    return list(core, items, params, path);
  });
}

export function apiRouter(): Router<ApiHandler> {
  const router = new Router<ApiHandler>();

  addList(router, "/v1/customers", "customers", customerListParams, (customer, params) => params.email === undefined || customer.email === params.email);
  router.add("POST", "/v1/customers", (core, req) => {
    const params = parseParams(customerCreateParams, req.input);
    const { customer, events } = createCustomer(
      core,
      {
        email: emptyToNull(params.email) ?? null,
        name: params.name ?? null,
        description: params.description ?? null,
        phone: params.phone ?? null,
        metadata: applyMetadata({}, params.metadata),
      },
      req.request,
    );
    return { body: applyExpand(core.store, customer, params.expand), events };
  });
  addRetrieve(router, "/v1/customers", "customers");
  router.add("POST", "/v1/customers/:id", (core, req) => {
    const params = parseParams(customerCreateParams, req.input);
    const customer = find(core, "customers", req.params.id ?? "");
    const previous: Record<string, unknown> = {};
    const changes = {
      email: emptyToNull(params.email),
      name: emptyToNull(params.name),
      description: emptyToNull(params.description),
      phone: emptyToNull(params.phone),
    };
    for (const [key, value] of Object.entries(changes) as Array<[keyof typeof changes, string | null | undefined]>) {
      if (value !== undefined && value !== customer[key]) {
        previous[key] = customer[key] ?? null;
        customer[key] = value;
      }
    }
    const metadata = applyMetadata(customer.metadata, params.metadata);
    if (JSON.stringify(metadata) !== JSON.stringify(customer.metadata)) {
      previous.metadata = customer.metadata;
      customer.metadata = metadata;
    }
    const events =
      Object.keys(previous).length > 0
        ? [recordEvent(core.store, { type: "customer.updated", object: customer, created: core.now(), previous, request: req.request })]
        : [];
    return { body: applyExpand(core.store, customer, params.expand), events };
  });

  addList(router, "/v1/products", "products", productListParams, (product, params) => params.active === undefined || product.active === params.active);
  addRetrieve(router, "/v1/products", "products");
  addList(router, "/v1/prices", "prices", priceListParams, (price, params) =>
    (params.active === undefined || price.active === params.active) &&
    (params.product === undefined || price.product === params.product) &&
    (params.type === undefined || price.type === params.type) &&
    (params.currency === undefined || price.currency === params.currency.toLowerCase()) &&
    (params.lookup_keys === undefined || (price.lookup_key !== null && params.lookup_keys.includes(price.lookup_key))),
  );
  addRetrieve(router, "/v1/prices", "prices");

  router.add("POST", "/v1/checkout/sessions", createCheckoutSession);
  addList(router, "/v1/checkout/sessions", "checkout_sessions", checkoutListParams, (session, params) =>
    (params.customer === undefined || session.customer === params.customer) &&
    (params.subscription === undefined || session.subscription === params.subscription) &&
    (params.payment_intent === undefined || session.payment_intent === params.payment_intent) &&
    (params.status === undefined || session.status === params.status),
  );
  addRetrieve(router, "/v1/checkout/sessions", "checkout_sessions");
  router.add("GET", "/v1/checkout/sessions/:id/line_items", (core, req) => {
    const params = parseParams(z.object(listParams).strict(), req.input);
    const session = find(core, "checkout_sessions", req.params.id ?? "");
    const all = checkoutLineItemsList(core.store, session.id);
    return list(core, all.data, params, all.url);
  });
  router.add("POST", "/v1/checkout/sessions/:id/expire", (core, req) => {
    const params = parseParams(retrieveParams, req.input);
    const session = find(core, "checkout_sessions", req.params.id ?? "");
    const events = expireCheckout(core, session, core.now(), req.request);
    return { body: applyExpand(core.store, session, params.expand), events };
  });

  addList(router, "/v1/subscriptions", "subscriptions", subscriptionListParams, (subscription, { customer, price, status }) =>
    (customer === undefined || subscription.customer === customer) &&
    (price === undefined || subscription.items.data.some((item) => item.price.id === price)) &&
    (status === "all" ||
    (status === undefined && subscription.status !== "canceled" && subscription.status !== "incomplete_expired") ||
    (status === "ended" && (subscription.status === "canceled" || subscription.status === "incomplete_expired")) ||
      subscription.status === status),
  );
  addRetrieve(router, "/v1/subscriptions", "subscriptions");
  router.add("POST", "/v1/subscriptions/:id", (core, req) => {
    const params = parseParams(subscriptionUpdateParams, req.input);
    const subscription = find(core, "subscriptions", req.params.id ?? "");
    if (params.cancel_at_period_end !== undefined) assertNotCanceled(subscription);
    const events = updateSubscription(
      core,
      subscription,
      { cancelAtPeriodEnd: params.cancel_at_period_end, metadata: params.metadata === undefined ? undefined : applyMetadata(subscription.metadata, params.metadata) },
      req.request,
    );
    return { body: applyExpand(core.store, subscription, params.expand), events };
  });
  router.add("DELETE", "/v1/subscriptions/:id", (core, req) => {
    const params = parseParams(subscriptionCancelParams, req.input);
    const subscription = find(core, "subscriptions", req.params.id ?? "");
    const events = endSubscription(core, subscription, { at: core.now(), reason: "cancellation_requested" }, req.request);
    return { body: applyExpand(core.store, subscription, params.expand), events };
  });

  router.add("POST", "/v1/billing_portal/sessions", (core, req) => {
    const params = parseParams(portalCreateParams, req.input);
    if (!core.store.data.customers[params.customer]) throw noSuchParamObject("customer", params.customer, "customer");
    const portalId = newId("bps");
    const session = buildPortalSession({
      now: core.now(),
      id: portalId,
      customer: params.customer,
      returnUrl: params.return_url ?? null,
      url: `${core.publicUrl()}/portal/${portalId}`,
    });
    core.store.data.portal_sessions[session.id] = session;
    return { body: applyExpand(core.store, session, params.expand) };
  });

  addList(router, "/v1/invoices", "invoices", invoiceListParams, (invoice, params) =>
    (params.customer === undefined || invoice.customer === params.customer) &&
    (params.subscription === undefined || invoice.parent?.subscription_details.subscription === params.subscription) &&
    (params.status === undefined || invoice.status === params.status),
  );
  addRetrieve(router, "/v1/invoices", "invoices");
  router.add("GET", "/v1/invoices/:id/lines", (core, req) => {
    const params = parseParams(z.object(listParams).strict(), req.input);
    const invoice = find(core, "invoices", req.params.id ?? "");
    return list(core, invoice.lines.data, params, invoice.lines.url);
  });

  addList(router, "/v1/payment_intents", "payment_intents", paymentIntentListParams, (intent, params) => params.customer === undefined || intent.customer === params.customer);
  addRetrieve(router, "/v1/payment_intents", "payment_intents");

  addList(router, "/v1/events", "events", eventListParams, (event, params) => {
    const patterns = params.types ?? (params.type ? [params.type] : undefined);
    return !patterns || patterns.some((pattern) => typeMatches(pattern, event.type));
  });
  addRetrieve(router, "/v1/events", "events");

  return router;
}
