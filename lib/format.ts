/** Number, money and date formatting for pages, API text, mail and PDFs. Pure; en-US like the sources, dates in UTC. */
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const currency = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
// Server-rendered, so stable regardless of the server's zone.
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const clockTime = new Intl.DateTimeFormat("en-US", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

export const formatInteger = (value: number) => integer.format(value);
export const formatDecimal = (value: number) => oneDecimal.format(value);
/** 2.25 → "+2.3", −1 → "−1.0", 0 → "±0.0" (score points that moved). */
export const formatSignedDecimal = (value: number) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${oneDecimal.format(Math.abs(value))}`;
/** 1,234,567 → "1.2M". */
export const formatCompact = (value: number) => compact.format(value);
export const formatCurrency = (value: number) => currency.format(value);
/** 12.345 → "12.3%"; pass `signed` for "+12.3%". */
export function formatPercent(value: number, options: { signed?: boolean; digits?: number } = {}): string {
  const digits = options.digits ?? 1;
  const text = `${value.toFixed(digits)}%`;
  return options.signed && value > 0 ? `+${text}` : text.replace("-", "−");
}
/** A share 0–1 as a whole percent: 0.456 → "46%". */
export const formatShare = (share: number) => `${Math.round(share * 100)}%`;
/** A wage that may be top-coded by BLS: "≥ $239,200". */
export function formatWage(value: number | null, topCoded = false): string {
  if (value === null) return topCoded ? "≥ $239,200" : "not published";
  return `${topCoded ? "≥ " : ""}${currency.format(value)}`;
}

/** "$9" / "$12.50" from cents. */
export function formatPrice(cents: number, currencyCode = "usd"): string {
  return new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: currencyCode.toUpperCase(),
    minimumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

/** "March 4, 2027" (UTC). */
export const formatDate = (date: Date) => longDate.format(date);
/** "November 25, 2026, 22:34 UTC". */
export const formatTimestamp = (date: Date) => `${longDate.format(date)}, ${clockTime.format(date)} UTC`;
