import { env } from "@/env";

/**
 * The two things we sell, in one typed config. Prices are looked up in Stripe by
 * `lookupKey` unless an explicit price id is configured; the local emulator seeds
 * prices with these lookup keys and amounts.
 */
export const plans = {
  pro: {
    lookupKey: "pro_monthly",
    productName: "AI Pressure Pro",
    description: "Task heatmaps, career pivot paths, wage impact and AI tool recommendations for every occupation.",
    amountCents: env.PRO_PRICE_CENTS,
    currency: "usd",
    interval: "month" as const,
    priceId: env.STRIPE_PRO_PRICE_ID,
  },
  report: {
    lookupKey: "occupation_report",
    productName: "Occupation PDF report",
    description: "A downloadable PDF report for one occupation. One-time payment, yours forever.",
    amountCents: env.REPORT_PRICE_CENTS,
    currency: "usd",
    interval: null,
    priceId: env.STRIPE_REPORT_PRICE_ID,
  },
} as const;

export type PlanId = keyof typeof plans;
