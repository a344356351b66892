import type { EmulatorConfig } from "./config";
import type { Store } from "./store";
import type { Price, Product } from "./types";

/**
 * What the emulator sells: the two plans from lib/server/billing/plans.ts (names, lookup keys,
 * amounts from PRO_PRICE_CENTS / REPORT_PRICE_CENTS). Ids are stable so they survive
 * resets and can be pasted into STRIPE_PRO_PRICE_ID / STRIPE_REPORT_PRICE_ID if wanted.
 */
export interface CatalogEntry {
  productId: string;
  priceId: string;
  lookupKey: string;
  name: string;
  description: string;
  unitAmount: number;
  currency: string;
  interval: "month" | null;
}

export function catalog(config: Pick<EmulatorConfig, "proPriceCents" | "reportPriceCents">): CatalogEntry[] {
  return [
    {
      productId: "prod_ai_pressure_pro",
      priceId: "price_pro_monthly",
      lookupKey: "pro_monthly",
      name: "AI Pressure Pro",
      description: "Task heatmaps, career pivot paths, wage impact and AI tool recommendations for every occupation.",
      unitAmount: config.proPriceCents,
      currency: "usd",
      interval: "month",
    },
    {
      productId: "prod_occupation_report",
      priceId: "price_occupation_report",
      lookupKey: "occupation_report",
      name: "Occupation PDF report",
      description: "A downloadable PDF report for one occupation. One-time payment, yours forever.",
      unitAmount: config.reportPriceCents,
      currency: "usd",
      interval: null,
    },
  ];
}

/** Creates or refreshes the seeded products and prices (amounts follow the current config). */
export function seedCatalog(store: Store, entries: CatalogEntry[], now: number): void {
  for (const entry of entries) {
    const existingProduct = store.data.products[entry.productId];
    const product: Product = {
      id: entry.productId,
      object: "product",
      active: true,
      created: existingProduct?.created ?? now,
      default_price: entry.priceId,
      description: entry.description,
      images: [],
      livemode: false,
      marketing_features: [],
      metadata: {},
      name: entry.name,
      package_dimensions: null,
      shippable: null,
      statement_descriptor: null,
      tax_code: null,
      tax_details: null,
      type: "service",
      unit_label: null,
      updated: existingProduct?.updated ?? now,
      url: null,
    };
    const existingPrice = store.data.prices[entry.priceId];
    const price: Price = {
      id: entry.priceId,
      object: "price",
      active: true,
      billing_scheme: "per_unit",
      created: existingPrice?.created ?? now,
      currency: entry.currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: entry.lookupKey,
      metadata: {},
      nickname: null,
      product: entry.productId,
      recurring: entry.interval
        ? { interval: entry.interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: "licensed" }
        : null,
      tax_behavior: "unspecified",
      tiers_mode: null,
      transform_quantity: null,
      type: entry.interval ? "recurring" : "one_time",
      unit_amount: entry.unitAmount,
      unit_amount_decimal: String(entry.unitAmount),
    };
    store.data.products[product.id] = product;
    store.data.prices[price.id] = price;
  }
}
