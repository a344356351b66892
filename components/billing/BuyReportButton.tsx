import { formatPrice } from "@/lib/format";
import { startReportCheckout } from "@/lib/server/billing/checkout";
import { plans } from "@/lib/server/billing/plans";

export type BuyReportButtonProps = {
  /** SOC code of the occupation, e.g. "15-1252". Validated again on the server. */
  soc: string;
  /** Button text; defaults to "Buy the PDF report — $12". */
  label?: string;
  className?: string;
};

/**
 * Starts Stripe Checkout for one occupation's PDF report. A plain form posting to a
 * server action, so it works without JavaScript, signed in or as a guest.
 */
export function BuyReportButton({ soc, label, className }: BuyReportButtonProps) {
  return (
    <form action={startReportCheckout} className={className}>
      <input type="hidden" name="soc" value={soc} />
      <button type="submit" className="button">
        {label ?? `Buy the PDF report — ${formatPrice(plans.report.amountCents, plans.report.currency)}`}
      </button>
    </form>
  );
}
