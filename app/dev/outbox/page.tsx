import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";

import { listRecentOutboxMail } from "@/db/accounts/queries";
import { env } from "@/env";
import { isLocalRequest } from "@/lib/loopback";
import { requestIp } from "@/lib/server/auth/request-ip";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Development outbox", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/**
 * Mail the app would have sent, when no SMTP server is configured. Local mode only, and then
 * only to a loopback peer asking for localhost/127.0.0.1 (a DNS-rebinding page sends its own Host).
 */
export default async function OutboxPage() {
  if (!env.LOCAL_MODE) notFound();
  const requestHeaders = await headers();
  if (!isLocalRequest(requestIp(requestHeaders), requestHeaders.get("host"))) notFound();
  const mails = await listRecentOutboxMail(50);

  return (
    <section className="stack">
      <h1>Development outbox</h1>
      <p className="muted">
        Without <code>SMTP_URL</code> the app keeps mail here and in the server log. This page exists only in local mode.
      </p>
      {mails.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <ol className="stack" reversed>
          {mails.map((mail) => (
            <li key={mail.id} className="card outbox-mail">
              <p>
                <strong>{mail.subject}</strong>
                <br />
                <span className="small muted">
                  To <span data-testid="outbox-to">{mail.to}</span> ·{" "}
                  <time dateTime={mail.createdAt.toISOString()}>{mail.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                </span>
              </p>
              {mail.link ? (
                <p>
                  <a href={mail.link} data-testid="outbox-link">
                    Open the link in this mail
                  </a>
                </p>
              ) : null}
              <pre>{mail.text}</pre>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
