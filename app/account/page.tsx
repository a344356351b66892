import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { UpgradeButton } from "@/components/billing/UpgradeButton";
import { formatDate, formatPrice } from "@/components/billing/format";
import { getDuplicateCanceledSubscriptions, getPurchasesForUser, getStripeCustomerIdForUser } from "@/db/accounts/queries";
import { signOutAction } from "@/lib/server/auth/actions";
import { getViewer } from "@/lib/server/auth/viewer";
import { openBillingPortal } from "@/lib/server/billing/portal";
import { SOC_PATTERN } from "@/lib/server/billing/stripe-objects";
import { getEntitlements, type Entitlements } from "@/lib/server/entitlements";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "no-billing": "There is no billing account yet: subscribe or buy a report first.",
  "portal-unavailable": "The billing portal is unavailable right now. Please try again in a moment.",
};

/** Good-news notices (`?notice=`): a checkout we did not start because it would charge twice. */
const INFO: Record<string, string> = {
  "already-pro": "You already have Pro, so we did not start another subscription. Nothing was charged.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function PlanStatus({ entitlements }: { entitlements: Entitlements }) {
  if (!entitlements.pro) {
    return (
      <>
        <span data-testid="plan-status">Free</span>
        <span className="small muted"> — upgrade for task heatmaps, career pivots, wage impact and tool picks.</span>
      </>
    );
  }
  const until = entitlements.proUntil ? formatDate(entitlements.proUntil) : null;
  return (
    <>
      <span className="badge" data-testid="plan-status">
        Pro
      </span>{" "}
      {entitlements.proStatus === "past_due" ? (
        <span className="badge warn">Payment failed</span>
      ) : null}{" "}
      <span data-testid="plan-detail">
        {entitlements.proStatus === "past_due"
          ? "Your last renewal payment failed. Update your card under Manage billing to keep Pro."
          : until
            ? entitlements.proRenews
              ? `Renews on ${until}.`
              : `Cancelled — Pro stays active until ${until}.`
            : null}
      </span>
    </>
  );
}

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const { user } = await getViewer();
  if (!user) redirect("/sign-in?next=/account");
  const params = await searchParams;
  const notice = typeof params.error === "string" ? NOTICES[params.error] : undefined;
  const info = typeof params.notice === "string" ? INFO[params.notice] : undefined;
  const ownedReport = typeof params.report === "string" && SOC_PATTERN.test(params.report) ? params.report : null;

  const entitlements = getEntitlements(user.id);
  const purchases = getPurchasesForUser(user.id);
  const hasBilling = getStripeCustomerIdForUser(user.id) !== null;
  const duplicates = getDuplicateCanceledSubscriptions(user.id);

  return (
    <section className="stack">
      <h1>Your account</h1>
      {notice ? (
        <p className="error" role="alert">
          {notice}
        </p>
      ) : null}
      {info ? (
        <p className="success" role="status" data-testid="account-info">
          {info}
        </p>
      ) : null}
      {duplicates.length > 0 ? (
        <p className="notice" role="status" data-testid="duplicate-subscription">
          You subscribed to Pro twice (two checkouts finished at the same time). We cancelled the second subscription on{" "}
          {formatDate(duplicates[0]!.canceledAt)} so it will not renew; you keep Pro through the first one.
        </p>
      ) : null}
      {ownedReport ? (
        <p className="success" role="status">
          You already have the report for SOC {ownedReport}. <a href={`/api/reports/${ownedReport}`}>Download it</a>.
        </p>
      ) : null}

      <dl className="definition-list card">
        <dt>Email</dt>
        <dd data-testid="account-email">{user.email}</dd>
        <dt>Plan</dt>
        <dd>
          <PlanStatus entitlements={entitlements} />
        </dd>
      </dl>

      <div className="actions">
        {entitlements.pro ? null : <UpgradeButton />}
        {hasBilling ? (
          <form action={openBillingPortal}>
            <button type="submit" className="button secondary">
              Manage billing
            </button>
          </form>
        ) : null}
      </div>
      {hasBilling ? (
        <p className="small muted">Invoices, receipts, payment method and cancellation are under Manage billing.</p>
      ) : null}

      <h2 id="purchases">PDF reports</h2>
      {purchases.length === 0 ? (
        <p>
          No reports bought yet.{" "}
          {entitlements.pro ? "As a Pro member you can download any report from its occupation page." : null}
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Reports you bought</caption>
            <thead>
              <tr>
                <th scope="col">Occupation</th>
                <th scope="col">Bought</th>
                <th scope="col" className="num">
                  Paid
                </th>
                <th scope="col">Report</th>
              </tr>
            </thead>
            <tbody>
              {purchases.map((purchase) => (
                <tr key={purchase.id} data-testid="purchase-row">
                  <td>
                    <Link href={`/occupations/${purchase.soc}`}>SOC {purchase.soc}</Link>
                  </td>
                  <td>{formatDate(purchase.createdAt)}</td>
                  <td className="num">{formatPrice(purchase.amountCents, purchase.currency)}</td>
                  <td>
                    <a href={`/api/reports/${purchase.soc}`}>Download PDF</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>Sign out</h2>
      <form action={signOutAction}>
        <button type="submit" className="button secondary">
          Sign out
        </button>
      </form>
    </section>
  );
}
