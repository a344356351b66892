import type { Metadata } from "next";
import Link from "next/link";

import { requestMagicLinkAction } from "@/lib/server/auth/actions";
import { NON_ASCII_LOCAL_PART, safeNextPath } from "@/lib/validations/auth";
import { getViewer } from "@/lib/server/auth/viewer";
import { env } from "@/env";
import type { PageSearchParams } from "@/lib/http/params";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const ERRORS: Record<string, string> = {
  "invalid-email": "Please enter a valid email address.",
  "non-ascii-email": NON_ASCII_LOCAL_PART,
  "rate-limited": "Too many sign-in requests. Please wait a few minutes and try again.",
  unavailable: "We could not send the email just now. Please try again in a moment.",
  INVALID_TOKEN: "That sign-in link is invalid, has expired or was already used. Request a new one below.",
};
const LINK_ERROR = "That sign-in link could not be used. Request a new one below.";

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  const sent = first(params.sent) === "1";
  const errorCode = first(params.error);
  const error = errorCode ? (ERRORS[errorCode] ?? LINK_ERROR) : null;
  const { user } = await getViewer();

  if (sent) {
    return (
      <section className="narrow stack">
        <h1>Check your email</h1>
        <p role="status">
          If the address you entered can receive mail, a sign-in link is on its way. The link works once and expires in
          15 minutes.
        </p>
        {env.LOCAL_MODE ? (
          <p className="notice">
            Local mode: no mail is sent. Open the <Link href="/dev/outbox">development outbox</Link> to follow the link.
          </p>
        ) : null}
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Use a different address</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="narrow stack">
      <h1>Sign in</h1>
      {user ? (
        <p className="success">
          You are signed in as <strong>{user.email}</strong>. <Link href={next}>Continue</Link>
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <p>We email you a one-time link — no password needed. New here? The same link creates your account.</p>
      <form action={requestMagicLinkAction} className="stack">
        <input type="hidden" name="next" value={next} />
        <div className="form-row">
          <label htmlFor="sign-in-email">Email address</label>
          <input id="sign-in-email" name="email" type="email" autoComplete="email" required maxLength={254} />
        </div>
        <button type="submit" className="button">
          Email me a sign-in link
        </button>
      </form>
    </section>
  );
}
