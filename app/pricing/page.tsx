import type { Metadata } from "next";
import Link from "next/link";

import { UpgradeButton } from "@/components/billing/UpgradeButton";
import { formatDate, formatPrice } from "@/lib/format";
import { getViewer } from "@/lib/server/auth/viewer";
import { startReportCheckout } from "@/lib/server/billing/checkout";
import { plans } from "@/lib/server/billing/plans";
import { getEntitlements } from "@/lib/server/entitlements";
import { SOC_CODE_PATTERN_SOURCE } from "@/lib/soc";
import type { PageSearchParams } from "@/lib/http/params";

import "@/components/account/account.css";

export const metadata: Metadata = {
  title: "Pricing",
  description: "Free occupation profiles for everyone; Pro adds task heatmaps, career pivots, wage impact and AI tool recommendations.",
};

const ERRORS: Record<string, string> = {
  "checkout-unavailable": "Checkout is unavailable right now. Nothing was charged; please try again in a moment.",
  "invalid-soc": "Enter a SOC code like 15-1252 (two digits, a dash, four digits).",
  "unknown-soc": "No occupation has that SOC code, so there is no report to buy. Nothing was charged. Find the code on the occupation's page.",
};

export default async function PricingPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? ERRORS[params.error] : undefined;
  const { user } = await getViewer();
  const entitlements = await getEntitlements(user?.id ?? null);
  const pro = plans.pro;
  const report = plans.report;

  return (
    <section>
      <h1>Plans and prices</h1>
      <p className="muted">Every occupation profile is free. Pro and PDF reports go deeper.</p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}

      <div className="plan-grid">
        <article className="card" aria-labelledby="plan-free">
          <h2 id="plan-free">Free</h2>
          <p className="plan-price">{formatPrice(0)}</p>
          <ul className="plan-features">
            <li>AI pressure score and verdict for about 800 occupations</li>
            <li>Signal composition, seniority curve and task-level analysis</li>
            <li>Categories, explorer, compare and public data downloads</li>
          </ul>
          <p className="plan-action">
            <Link href="/">Start browsing</Link>
          </p>
        </article>

        <article className="card" aria-labelledby="plan-pro">
          <h2 id="plan-pro">Pro</h2>
          <p className="plan-price">
            {formatPrice(pro.amountCents, pro.currency)}
            <span className="small muted"> / {pro.interval}</span>
          </p>
          <p>{pro.description}</p>
          <ul className="plan-features">
            <li>Task heatmap for every occupation</li>
            <li>Career pivot paths and wage impact</li>
            <li>AI tool recommendations</li>
            <li>Every PDF report included</li>
          </ul>
          {entitlements.pro ? (
            <p className="plan-action success" role="status">
              <strong>You’re Pro.</strong>{" "}
              {entitlements.proUntil
                ? entitlements.proRenews
                  ? `Renews on ${formatDate(entitlements.proUntil)}.`
                  : `Active until ${formatDate(entitlements.proUntil)}.`
                : null}{" "}
              <Link href="/account">Manage</Link>
            </p>
          ) : (
            <div className="plan-action stack">
              <UpgradeButton label={`Subscribe — ${formatPrice(pro.amountCents, pro.currency)}/${pro.interval}`} />
              {user ? null : <p className="small muted">You’ll sign in with your email first. Cancel any time.</p>}
            </div>
          )}
        </article>

        <article className="card" aria-labelledby="plan-report">
          <h2 id="plan-report">PDF report</h2>
          <p className="plan-price">
            {formatPrice(report.amountCents, report.currency)}
            <span className="small muted"> once</span>
          </p>
          <p>{report.description} Pro members download every report free.</p>
          <form action={startReportCheckout} className="plan-action stack">
            <div className="form-row">
              <label htmlFor="report-soc">Occupation SOC code</label>
              <input
                id="report-soc"
                name="soc"
                required
                inputMode="numeric"
                pattern={SOC_CODE_PATTERN_SOURCE}
                placeholder="15-1252"
                maxLength={7}
                aria-describedby="report-soc-hint"
              />
              <span id="report-soc-hint" className="field-hint">
                Shown on every occupation page, e.g. 15-1252 for software developers. No account needed.
              </span>
            </div>
            <button type="submit" className="button secondary">
              Buy a report
            </button>
          </form>
        </article>
      </div>

      <h2>Questions</h2>
      <dl className="stack">
        <div>
          <dt>
            <strong>How do I cancel?</strong>
          </dt>
          <dd>From your account, open “Manage billing”. Pro stays on until the end of the period you paid for.</dd>
        </div>
        <div>
          <dt>
            <strong>Do I need an account to buy a report?</strong>
          </dt>
          <dd>No. Pay with your email address; we email you a sign-in link and the report stays on the account for that address.</dd>
        </div>
      </dl>
    </section>
  );
}
