import { formatPrice } from "@/lib/format";
import { startProCheckout } from "@/lib/server/billing/checkout";
import { plans } from "@/lib/server/billing/plans";

export type UpgradeButtonProps = {
  /** Button text; defaults to "Upgrade to Pro — $9/month". */
  label?: string;
  className?: string;
  /** Render as the secondary (outlined) button style. */
  secondary?: boolean;
};

/**
 * Starts the Pro subscription checkout. Signed-out visitors are sent to sign in first
 * (and come back to /pricing); Pro members are sent to /account.
 */
export function UpgradeButton({ label, className, secondary }: UpgradeButtonProps) {
  return (
    <form action={startProCheckout} className={className}>
      <button type="submit" className={secondary ? "button secondary" : "button"}>
        {label ?? `Upgrade to Pro — ${formatPrice(plans.pro.amountCents, plans.pro.currency)}/${plans.pro.interval}`}
      </button>
    </form>
  );
}
