import type { Metadata } from "next";
import Link from "next/link";

import { getUserById } from "@/db/accounts/queries";
import { getViewer } from "@/lib/server/auth/viewer";
import { isCheckoutBrowser } from "@/lib/server/billing/checkout-browser";
import { verifyCheckoutSession, type CheckoutReturn } from "@/lib/server/billing/checkout-return";
import { checkoutSessionIdSchema } from "@/lib/server/billing/stripe-objects";
import { getEntitlements } from "@/lib/server/entitlements";
import type { PageSearchParams } from "@/lib/http/params";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="narrow stack">
      <h1>{title}</h1>
      {children}
    </section>
  );
}

/** A guest is not signed in by paying: the report is reached through the link mailed to the checkout email. */
function GuestNextStep({ email }: { email: string | null }) {
  return (
    <p data-testid="guest-next-step">
      We emailed a sign-in link to {email ? <strong>{email}</strong> : "the address you used at checkout"}. Open it to
      download the report; it stays on the account for that address (you can also{" "}
      <Link href="/sign-in?next=/account">sign in with that address</Link> later).
    </p>
  );
}

export default async function CheckoutSuccessPage({ searchParams }: { searchParams: PageSearchParams }) {
  const raw = (await searchParams).session_id;
  const parsed = checkoutSessionIdSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
  if (!parsed.success) {
    return (
      <Problem title="Checkout not found">
        <p>This page needs a checkout reference. See <Link href="/pricing">plans and prices</Link>.</p>
      </Problem>
    );
  }

  let checkout: CheckoutReturn;
  try {
    checkout = await verifyCheckoutSession(parsed.data);
  } catch (error) {
    console.error(`[checkout] success page could not verify ${parsed.data}:`, error instanceof Error ? error.message : error);
    return (
      <Problem title="Confirming your payment">
        <p role="status">
          We could not confirm this checkout with our payment provider just now. If you paid, your purchase will appear
          on <Link href="/account">your account</Link> shortly. <Link href={`/checkout/success?session_id=${parsed.data}`}>Check again</Link>.
        </p>
      </Problem>
    );
  }

  // Only the browser that started this checkout (its nonce cookie), or the signed-in owner,
  // learns anything about it; anyone else holding the URL sees the same neutral page.
  const { user } = await getViewer();
  const isBuyer = !!user && user.id === checkout.userId;
  if (!isBuyer && !(await isCheckoutBrowser(checkout.browserHash))) {
    return (
      <Problem title="Nothing to show here">
        <p data-testid="checkout-elsewhere">
          This checkout was not started in this browser, so its details stay private. If you paid, a confirmation and a
          link to your purchase went to the email address you used at checkout; you can also{" "}
          <Link href="/sign-in?next=/account">sign in with that address</Link>.
        </p>
      </Problem>
    );
  }

  if (!checkout.paid) {
    return (
      <Problem title="Payment not completed">
        <p>This checkout has not been paid, so nothing was charged or unlocked.</p>
        <p>
          <Link href="/pricing">Back to plans and prices</Link>
        </p>
      </Problem>
    );
  }

  if (checkout.kind === "pro") {
    const entitlements = isBuyer && user ? await getEntitlements(user.id) : null;
    return (
      <section className="narrow stack">
        <h1>Welcome to Pro</h1>
        {entitlements?.pro ? (
          <p className="success" role="status">
            Your Pro subscription is active. Task heatmaps, career pivots, wage impact and tool recommendations are now
            open on every occupation.
          </p>
        ) : (
          <p role="status">Thank you! We are finishing setting up your subscription; it appears on your account within a minute.</p>
        )}
        <p className="actions">
          <Link className="button" href="/account">
            Your account
          </Link>
          <Link href="/">Browse occupations</Link>
        </p>
      </section>
    );
  }

  if (checkout.kind === "report" && checkout.soc) {
    return (
      <section className="narrow stack">
        <h1>Thank you for your purchase</h1>
        <p className="success" role="status">
          The PDF report for SOC {checkout.soc} is yours to keep.
        </p>
        {isBuyer ? (
          <p className="actions">
            <a className="button" href={`/api/reports/${checkout.soc}`}>
              Download the PDF
            </a>
            <Link href={`/occupations/${checkout.soc}`}>View the occupation</Link>
            <Link href="/account">Your purchases</Link>
          </p>
        ) : (
          <GuestNextStep email={checkout.userId ? ((await getUserById(checkout.userId))?.email ?? null) : null} />
        )}
      </section>
    );
  }

  return (
    <Problem title="Thank you">
      <p>
        Your payment went through. See <Link href="/account">your account</Link>.
      </p>
    </Problem>
  );
}
