import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Random base62 string; rejection sampling keeps every character equally likely. */
export function randomToken(length: number): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

/** Stripe-style ids: `cus_…`, `sub_…`, `evt_…`. Checkout session ids are longer, as Stripe's are. */
export function newId(prefix: string): string {
  return `${prefix}_${randomToken(prefix === "cs_test" ? 58 : 24)}`;
}
