import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { UpgradeButton } from "@/components/billing/UpgradeButton";
import { DataTable } from "@/components/ui/DataTable";
import { formatDate, formatPrice } from "@/lib/format";
import { alertsOffSince, getDuplicateCanceledSubscriptions, getPurchasesForUser, getStripeCustomerIdForUser } from "@/db/accounts/queries";
import { signOutAction } from "@/lib/server/auth/actions";
import { getViewer } from "@/lib/server/auth/viewer";
import { openBillingPortal } from "@/lib/server/billing/portal";
import { getEntitlements, type Entitlements } from "@/lib/server/entitlements";
import { listWatchedOccupations, type WatchedOccupation } from "@/lib/server/watchlist";
import { alertsOffAction, alertsOnAction, unwatchAction } from "@/lib/server/watchlist/actions";
import { CHANGE_REASON_LABELS } from "@/lib/releases";
import { changeHeadline, watchLimit, WATCH_LIMITS } from "@/lib/watchlist";
import { isSocCode } from "@/lib/soc";
import type { PageSearchParams } from "@/lib/http/params";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const NOTICES: Record<string, string> = {
  "no-billing": "There is no billing account yet: subscribe or buy a report first.",
  "portal-unavailable": "The billing portal is unavailable right now. Please try again in a moment.",
  "watch-unknown": "That occupation code is not in the data, so it cannot be watched.",
};

/** Good-news notices (`?notice=`): a checkout we did not start because it would charge twice. */
const INFO: Record<string, string> = {
  "already-pro": "You already have Pro, so we did not start another subscription. Nothing was charged.",
  unwatched: "Removed from your watchlist.",
  "alerts-on": "Score-change alerts are on: you get one email per data release that changes an occupation you watch.",
  "alerts-off": "Score-change alerts are off. Your watchlist stays here.",
};

/** "46 → 49 (+3) in 2027.01-958e7d81: E · Education & credentials (new source vintage)", or since when it has not moved. */
function LastChange({ watched }: { watched: WatchedOccupation }) {
  const change = watched.lastChange;
  if (change === null) {
    return <>{watched.firstRelease === null ? "No release rows stored" : `No change since release ${watched.firstRelease}`}</>;
  }
  const reasons = change.signals.map((signal) => `${signal.signal} · ${signal.name} (${CHANGE_REASON_LABELS[signal.reason]})`);
  return (
    <>
      {changeHeadline(change)} in release {change.toRelease}
      {reasons.length > 0 ? <span className="small muted">: {reasons.join("; ")}</span> : <span className="small muted">: band thresholds changed</span>}
    </>
  );
}

async function Watchlist({ userId, pro }: { userId: string; pro: boolean }) {
  const [{ watched, missing }, offSince] = await Promise.all([listWatchedOccupations(userId), alertsOffSince(userId)]);
  const count = watched.length + missing.length;
  return (
    <>
      <h2 id="watchlist">Watchlist</h2>
      <p>
        {count} of {watchLimit(pro)} occupations watched.{" "}
        {pro ? null : `Pro watches up to ${WATCH_LIMITS.pro}. `}
        Add one with <strong>Watch</strong> on its profile.
      </p>
      {count > watchLimit(pro) ? (
        <p className="notice" data-testid="watch-over-limit">
          You watch more occupations than a free account can add (watched while you had Pro). They all stay watched and alerted; to add another, stop
          watching {count - watchLimit(pro) + 1} or upgrade to Pro.
        </p>
      ) : null}
      {watched.length === 0 && missing.length === 0 ? (
        <p>You are not watching any occupation yet.</p>
      ) : (
        <DataTable
          caption="Occupations you watch, with their current score and last change"
          captionClassName="visually-hidden"
          rows={[...watched.map((entry) => ({ soc: entry.soc, entry })), ...missing.map((soc) => ({ soc, entry: null }))]}
          rowKey={(row) => row.soc}
          rowProps={() => ({ "data-testid": "watch-row" })}
          columns={[
            {
              key: "occupation",
              header: "Occupation",
              cell: ({ soc, entry }) =>
                entry === null ? (
                  `SOC ${soc}`
                ) : (
                  <>
                    <Link href={`/occupations/${entry.slug}`}>{entry.title}</Link> <span className="small muted">SOC {entry.soc}</span>
                  </>
                ),
            },
            {
              key: "score",
              header: "Score",
              numeric: true,
              cell: ({ entry }) =>
                entry === null ? (
                  "—"
                ) : (
                  <>
                    {entry.score ?? "no score"} <span className="small muted">{entry.band}</span>
                  </>
                ),
            },
            { key: "change", header: "Last change", cell: ({ entry }) => (entry === null ? "Not in the current data release." : <LastChange watched={entry} />) },
            {
              key: "unwatch",
              header: <span className="visually-hidden">Stop watching</span>,
              cell: ({ soc, entry }) => <UnwatchForm soc={soc} label={entry === null ? `SOC ${soc}` : entry.title} />,
            },
          ]}
        />
      )}
      <p data-testid="alerts-status">
        {offSince === null
          ? "Score-change alerts are on: one email per data release that changes the score or band of an occupation you watch."
          : `Score-change alerts are off (since ${formatDate(offSince)}).`}
      </p>
      <form action={offSince === null ? alertsOffAction : alertsOnAction}>
        <button type="submit" className="button secondary">
          {offSince === null ? "Turn alerts off" : "Turn alerts back on"}
        </button>
      </form>
    </>
  );
}

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

export default async function AccountPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { user } = await getViewer();
  if (!user) redirect("/sign-in?next=/account");
  const params = await searchParams;
  const notice = typeof params.error === "string" ? NOTICES[params.error] : undefined;
  const info = typeof params.notice === "string" ? INFO[params.notice] : undefined;
  const ownedReport = isSocCode(params.report) ? params.report : null;

  const [entitlements, purchases, customerId, duplicates] = await Promise.all([
    getEntitlements(user.id),
    getPurchasesForUser(user.id),
    getStripeCustomerIdForUser(user.id),
    getDuplicateCanceledSubscriptions(user.id),
  ]);
  const hasBilling = customerId !== null;

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

      <Watchlist userId={user.id} pro={entitlements.pro} />

      <h2 id="purchases">PDF reports</h2>
      {purchases.length === 0 ? (
        <p>
          No reports bought yet.{" "}
          {entitlements.pro ? "As a Pro member you can download any report from its occupation page." : null}
        </p>
      ) : (
        <DataTable
          caption="Reports you bought"
          captionClassName="visually-hidden"
          rows={purchases}
          rowKey={(purchase) => String(purchase.id)}
          rowProps={() => ({ "data-testid": "purchase-row" })}
          columns={[
            { key: "occupation", header: "Occupation", cell: (purchase) => <Link href={`/occupations/${purchase.soc}`}>SOC {purchase.soc}</Link> },
            { key: "bought", header: "Bought", cell: (purchase) => formatDate(purchase.createdAt) },
            { key: "paid", header: "Paid", numeric: true, cell: (purchase) => formatPrice(purchase.amountCents, purchase.currency) },
            { key: "report", header: "Report", cell: (purchase) => <a href={`/api/reports/${purchase.soc}`}>Download PDF</a> },
          ]}
        />
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

/** One watched occupation's "Stop watching" button (a form post, so it works without JavaScript). */
function UnwatchForm({ soc, label }: { soc: string; label: string }) {
  return (
    <form action={unwatchAction} className="inline-form">
      <input type="hidden" name="soc" value={soc} />
      <input type="hidden" name="from" value="account" />
      <button type="submit" className="button secondary">
        Stop watching <span className="visually-hidden">{label}</span>
      </button>
    </form>
  );
}
