import type { Metadata } from "next";
import Link from "next/link";

import { formatDate } from "@/lib/format";
import { alertsOffSince, getUserById } from "@/db/accounts/queries";
import { verifyUnsubscribeToken } from "@/lib/server/alerts/unsubscribe-token";
import { unsubscribeAction } from "@/lib/server/watchlist/actions";
import type { PageSearchParams } from "@/lib/http/params";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Stop score-change alerts", robots: { index: false } };
export const dynamic = "force-dynamic";

/** "a…e@example.test": enough to recognise one's own address in a forwarded mail, not to learn someone else's. */
function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}…${local.length > 1 ? local.slice(-1) : ""}@${domain}`;
}

function Invalid() {
  return (
    <section className="narrow stack">
      <h1>Stop score-change alerts</h1>
      <p className="error" role="alert" data-testid="unsubscribe-error">
        This unsubscribe link is not valid: it was changed or cut short. Open the link from the alert email again, or sign in and turn alerts off on
        your account page.
      </p>
      <p>
        <Link href="/account#watchlist">Your account</Link>
      </p>
    </section>
  );
}

/**
 * The unsubscribe link of an alert mail, for the token's user only and without signing in.
 * Opening the link changes nothing (mail scanners open links); the button posts the token.
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : null;
  const userId = verifyUnsubscribeToken(token);
  const user = userId === null ? null : await getUserById(userId);
  if (user === null || token === null) return <Invalid />;
  const offSince = await alertsOffSince(user.id);
  if (offSince !== null) {
    return (
      <section className="narrow stack">
        <h1>Alerts are off</h1>
        <p className="success" role="status" data-testid="unsubscribe-done">
          Score-change alerts for {maskEmail(user.email)} are off (since {formatDate(offSince)}). You will get no more emails when a watched score
          changes. Your watchlist stays on your account, where you can turn alerts back on.
        </p>
        <p>
          <Link href="/account#watchlist">Your account</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow stack">
      <h1>Stop score-change alerts</h1>
      <p>
        Turn off the emails sent to {maskEmail(user.email)} when a new data release changes an occupation on the watchlist? This changes nothing
        else on the account.
      </p>
      <form action={unsubscribeAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          Turn off alerts
        </button>
      </form>
    </section>
  );
}
