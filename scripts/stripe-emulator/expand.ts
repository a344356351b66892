import { invalidRequest } from "./errors";
import type { Store } from "./store";
import type { CheckoutLineItem, List } from "./types";

const MAX_EXPAND_DEPTH = 5;

/** Line items are not a field of a stored checkout session; Stripe includes them only on request. */
export function checkoutLineItemsList(store: Store, sessionId: string): List<CheckoutLineItem> {
  const items = store.data.checkout_extras[sessionId]?.line_items ?? [];
  return { object: "list", data: structuredClone(items), has_more: false, url: `/v1/checkout/sessions/${sessionId}/line_items` };
}

function cannotExpand(path: string) {
  return invalidRequest(`This property cannot be expanded (${path}).`, "expand", "expansion_invalid");
}

/**
 * Applies `expand[]` paths (`customer`, `subscription.latest_invoice`, `data.product`,
 * `line_items.data.price.product`) to a copy of `value`: id strings become the stored
 * objects, arrays are expanded element by element, null stays null.
 */
export function applyExpand<T>(store: Store, value: T, paths: readonly string[] | undefined): T {
  if (!paths || paths.length === 0) return value;
  let result: unknown = structuredClone(value);
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.length > MAX_EXPAND_DEPTH || segments.some((segment) => segment === "")) throw cannotExpand(path);
    result = walk(store, result, segments, path);
  }
  return result as T;
}

function walk(store: Store, value: unknown, segments: string[], path: string): unknown {
  if (segments.length === 0 || value === null) return value;
  if (Array.isArray(value)) return value.map((element) => walk(store, element, segments, path));
  if (typeof value !== "object") throw cannotExpand(path);
  const record = value as Record<string, unknown>;
  const [field, ...rest] = segments as [string, ...string[]];
  let child = record[field];
  if (child === undefined && field === "line_items" && record.object === "checkout.session" && typeof record.id === "string") {
    child = checkoutLineItemsList(store, record.id);
  }
  if (child === undefined) throw cannotExpand(path);
  if (typeof child === "string") {
    const resolved = store.resolve(child);
    if (!resolved) throw cannotExpand(path);
    child = structuredClone(resolved);
  } else if (rest.length === 0 && (typeof child !== "object" || (child !== null && !("id" in child) && !("object" in child)))) {
    // The last segment must name a reference (or something already expanded), not a plain value.
    throw cannotExpand(path);
  }
  record[field] = walk(store, child, rest, path);
  return record;
}
