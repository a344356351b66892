import { API_VERSION } from "./config";
import { newId } from "./ids";
import type { Store } from "./store";
import type { EventType, StripeEvent, StripeObject } from "./types";

/** The API request that caused an event (null ids for hosted-page and clock actions, as with Stripe's dashboard/automatic events). */
export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

export const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };

/**
 * Records an event with a snapshot of the object as it is now (never expanded, as in
 * Stripe's webhooks). `previous` holds the changed fields' old values for `*.updated`.
 */
export function recordEvent(
  store: Store,
  input: { type: EventType; object: StripeObject; created: number; previous?: Record<string, unknown>; request?: EventRequest },
): StripeEvent {
  const event: StripeEvent = {
    id: newId("evt"),
    object: "event",
    api_version: API_VERSION,
    created: input.created,
    data: {
      object: structuredClone(input.object),
      ...(input.previous ? { previous_attributes: structuredClone(input.previous) } : {}),
    },
    livemode: false,
    pending_webhooks: 1,
    request: input.request ?? NO_REQUEST,
    type: input.type,
  };
  store.data.events[event.id] = event;
  return event;
}
