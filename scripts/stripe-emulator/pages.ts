import { Html, html } from "./html";
import type { CheckoutLineItem, CheckoutSession, Customer, Invoice, Product, Subscription } from "./types";

/**
 * Server-rendered hosted pages: checkout, customer portal, invoice. Plain HTML forms (no
 * script, no external assets), labelled controls, visible focus, status messages in live
 * regions, light and dark colour schemes.
 */

const STYLE = `
:root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --fg: #1a1f36; --muted: #566176; --line: #d5d9e0;
  --accent: #4f46e5; --accent-fg: #fff; --danger: #b42318; --ok: #067647; --focus: #2563eb; }
@media (prefers-color-scheme: dark) { :root { --bg: #0f1320; --card: #171c2c; --fg: #e8eaf2; --muted: #a3abc0; --line: #2e364d;
  --accent: #818cf8; --accent-fg: #0f1320; --danger: #fda29b; --ok: #75e0a7; --focus: #93c5fd; } }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: var(--bg); color: var(--fg); }
.banner { background: #fef0c7; color: #4e3b09; padding: .5rem 1rem; font-size: .875rem; text-align: center; }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: .75rem; padding: 1.5rem; margin-bottom: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; } h2 { font-size: 1.125rem; margin: 0 0 1rem; } h3 { font-size: 1rem; margin: 0; }
.muted { color: var(--muted); } .amount { font-size: 2rem; font-weight: 700; margin: .25rem 0 1rem; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
label { display: block; font-weight: 600; margin-bottom: .25rem; }
input { width: 100%; font: inherit; padding: .625rem .75rem; border: 1px solid var(--line); border-radius: .5rem; background: var(--card); color: var(--fg); }
input[readonly] { background: transparent; color: var(--muted); }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 1rem 0; padding: .75rem 1rem; } legend { font-weight: 600; padding: 0 .25rem; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.25rem; }
button, .button { font: inherit; font-weight: 600; padding: .625rem 1rem; border-radius: .5rem; border: 1px solid var(--line);
  background: var(--card); color: var(--fg); cursor: pointer; text-decoration: none; display: inline-block; }
button.primary { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
button:focus-visible, a:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
a { color: var(--accent); }
.alert { border: 1px solid var(--danger); color: var(--danger); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 1rem; }
.notice { border: 1px solid var(--ok); color: var(--ok); border-radius: .5rem; padding: .75rem 1rem; margin: 0 0 1rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .75rem 0 0; } dt { color: var(--muted); } dd { margin: 0; }
table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: .5rem .25rem; border-bottom: 1px solid var(--line); }
.items { list-style: none; padding: 0; margin: 0 0 1rem; } .items li { display: flex; justify-content: space-between; gap: 1rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: .5rem; background: var(--card); padding: .25rem .5rem; }
`;

export function layout(title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Stripe emulator</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<div class="banner" role="note"><strong>Local Stripe emulator</strong> · test mode, no real money moves</div>
<main id="main">
${body}
</main>
</body>
</html>`;
}

export function formatAmount(cents: number, currency: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(cents / 100);
}

export function formatDate(unixSeconds: number): string {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(unixSeconds * 1000));
}

function intervalLabel(item: { price: { recurring: { interval: string; interval_count: number } | null } }): string {
  const recurring = item.price.recurring;
  if (!recurring) return "";
  return recurring.interval_count === 1 ? ` per ${recurring.interval}` : ` every ${recurring.interval_count} ${recurring.interval}s`;
}

function lineName(item: CheckoutLineItem): string {
  return item.description ?? item.price.product;
}

export function checkoutPage(input: {
  session: CheckoutSession;
  lineItems: CheckoutLineItem[];
  products: Record<string, Product>;
  lockedEmail: string | null;
  typedEmail: string;
  error: string | null;
  emailError: boolean;
}): Html {
  const { session, lineItems } = input;
  const total = formatAmount(session.amount_total ?? 0, session.currency ?? "usd");
  const first = lineItems[0];
  const title = lineItems.length === 1 && first ? lineName(first) : "Your order";
  const description = lineItems.length === 1 && first ? input.products[first.price.product]?.description : null;
  const recurring = first ? intervalLabel(first) : "";
  const emailValue = input.lockedEmail ?? input.typedEmail;
  return layout(
    `Pay ${total}`,
    html`<div class="card">
  <p class="muted">${session.mode === "subscription" ? "Subscribe to" : "Buy"}</p>
  <h1>${title}</h1>
  ${description ? html`<p class="muted">${description}</p>` : ""}
  ${
    lineItems.length > 1
      ? html`<ul class="items">${lineItems.map(
          (item) => html`<li><span>${lineName(item)} × ${item.quantity}</span><span>${formatAmount(item.amount_total, item.currency)}</span></li>`,
        )}</ul>`
      : ""
  }
  <p class="amount">${total}<span class="muted" style="font-size:1rem;font-weight:400">${recurring}</span></p>
  <div role="alert">${input.error ? html`<p class="alert">${input.error}</p>` : ""}</div>
  <form method="post" action="/checkout/${session.id}">
    <label for="email">Email</label>
    <input id="email" name="email" type="email" autocomplete="email" required
      value="${emailValue}"${input.lockedEmail ? html` readonly aria-describedby="email-hint"` : ""}${input.emailError ? html` aria-invalid="true"` : ""}>
    ${input.lockedEmail ? html`<p id="email-hint" class="muted">Set by the site you came from.</p>` : ""}
    <fieldset>
      <legend>Card</legend>
      <p style="margin:0">Test card <span class="mono">4242 4242 4242 4242</span>, any future expiry, any CVC.
      Use <em>Decline card</em> to try a failed payment.</p>
    </fieldset>
    <div class="actions">
      <button class="primary" type="submit" name="action" value="pay">Pay ${total}</button>
      <button type="submit" name="action" value="decline" formnovalidate>Decline card</button>
      <button type="submit" name="action" value="cancel" formnovalidate>Cancel</button>
    </div>
  </form>
</div>`,
  );
}

export function messagePage(input: { title: string; message: string; link?: { href: string; label: string } | null }): Html {
  return layout(
    input.title,
    html`<div class="card">
  <h1>${input.title}</h1>
  <p>${input.message}</p>
  ${input.link ? html`<p><a href="${input.link.href}">${input.link.label}</a></p>` : ""}
</div>`,
  );
}

function statusLabel(subscription: Subscription): string {
  const labels: Record<string, string> = {
    active: "Active",
    past_due: "Past due — the last payment failed",
    canceled: "Canceled",
    trialing: "Trialing",
    unpaid: "Unpaid",
    incomplete: "Incomplete",
    incomplete_expired: "Expired",
    paused: "Paused",
  };
  const base = labels[subscription.status] ?? subscription.status;
  return subscription.cancel_at_period_end && subscription.status !== "canceled" ? `${base}, cancels at period end` : base;
}

export function portalPage(input: {
  portalId: string;
  customer: Customer;
  subscriptions: Subscription[];
  invoices: Invoice[];
  products: Record<string, Product>;
  returnUrl: string | null;
  notice: string | null;
}): Html {
  const subscriptionCards = input.subscriptions.map((subscription) => {
    const item = subscription.items.data[0];
    const name = item ? (input.products[item.price.product]?.name ?? item.price.product) : subscription.id;
    const periodEnd = item?.current_period_end ?? null;
    const live = subscription.status !== "canceled" && subscription.status !== "incomplete_expired";
    const dateRow = !live
      ? html`<dt>Ended</dt><dd>${subscription.ended_at ? formatDate(subscription.ended_at) : "—"}</dd>`
      : subscription.cancel_at_period_end
        ? html`<dt>Access until</dt><dd>${periodEnd ? formatDate(periodEnd) : "—"}</dd>`
        : html`<dt>Renews on</dt><dd>${periodEnd ? formatDate(periodEnd) : "—"}</dd>`;
    return html`<article class="card" aria-labelledby="sub-${subscription.id}">
  <h3 id="sub-${subscription.id}">${name}</h3>
  <dl>
    <dt>Status</dt><dd>${statusLabel(subscription)}</dd>
    ${item ? html`<dt>Price</dt><dd>${formatAmount((item.price.unit_amount ?? 0) * (item.quantity ?? 1), item.price.currency)}${intervalLabel(item)}</dd>` : ""}
    ${dateRow}
  </dl>
  ${
    live
      ? html`<form method="post" action="/portal/${input.portalId}" class="actions">
    <input type="hidden" name="subscription" value="${subscription.id}">
    ${
      subscription.cancel_at_period_end
        ? html`<button class="primary" type="submit" name="action" value="resume">Resume</button>`
        : html`<button type="submit" name="action" value="cancel">Cancel at period end</button>`
    }
  </form>`
      : ""
  }
</article>`;
  });
  const invoiceRows = input.invoices.map(
    (invoice) => html`<tr>
  <td>${formatDate(invoice.created)}</td>
  <td>${invoice.number ?? invoice.id}</td>
  <td>${formatAmount(invoice.total, invoice.currency)}</td>
  <td>${invoice.status ?? ""}</td>
  <td><a href="${invoice.hosted_invoice_url ?? "#"}">View<span class="sr-only"> invoice ${invoice.number ?? invoice.id}</span></a></td>
</tr>`,
  );
  return layout(
    "Billing",
    html`<div class="card">
  <h1>Billing</h1>
  <p class="muted">${input.customer.email ?? input.customer.id}</p>
  <div role="status">${input.notice ? html`<p class="notice">${input.notice}</p>` : ""}</div>
  ${input.returnUrl ? html`<p><a href="${input.returnUrl}">← Return to the site</a></p>` : ""}
</div>
<section aria-labelledby="subscriptions-heading">
  <h2 id="subscriptions-heading">Subscriptions</h2>
  ${subscriptionCards.length > 0 ? subscriptionCards : html`<p class="card">No subscriptions.</p>`}
</section>
<section class="card" aria-labelledby="invoices-heading">
  <h2 id="invoices-heading">Invoices</h2>
  ${
    invoiceRows.length > 0
      ? html`<table><thead><tr><th scope="col">Date</th><th scope="col">Number</th><th scope="col">Amount</th><th scope="col">Status</th><th scope="col"><span class="sr-only">Link</span></th></tr></thead><tbody>${invoiceRows}</tbody></table>`
      : html`<p>No invoices yet.</p>`
  }
</section>`,
  );
}

export function invoicePage(input: { invoice: Invoice; products: Record<string, Product> }): Html {
  const { invoice } = input;
  const rows = invoice.lines.data.map((line) => {
    const product = input.products[line.pricing.price_details.product];
    return html`<tr>
  <td>${product?.name ?? line.description}<br><span class="muted">${formatDate(line.period.start)} – ${formatDate(line.period.end)}</span></td>
  <td>${line.quantity ?? 1}</td>
  <td>${formatAmount(line.amount, line.currency)}</td>
</tr>`;
  });
  return layout(
    `Invoice ${invoice.number ?? invoice.id}`,
    html`<div class="card">
  <h1>Invoice ${invoice.number ?? invoice.id}</h1>
  <dl>
    <dt>Status</dt><dd>${invoice.status ?? "draft"}</dd>
    <dt>Billed to</dt><dd>${invoice.customer_email ?? invoice.customer}</dd>
    <dt>Date</dt><dd>${formatDate(invoice.created)}</dd>
    ${invoice.status_transitions.paid_at ? html`<dt>Paid on</dt><dd>${formatDate(invoice.status_transitions.paid_at)}</dd>` : ""}
  </dl>
</div>
<section class="card" aria-labelledby="lines-heading">
  <h2 id="lines-heading">Items</h2>
  <table>
    <thead><tr><th scope="col">Description</th><th scope="col">Qty</th><th scope="col">Amount</th></tr></thead>
    <tbody>${rows}</tbody>
  </table>
  <dl>
    <dt>Total</dt><dd>${formatAmount(invoice.total, invoice.currency)}</dd>
    <dt>Amount paid</dt><dd>${formatAmount(invoice.amount_paid, invoice.currency)}</dd>
    <dt>Amount due</dt><dd>${formatAmount(invoice.amount_remaining, invoice.currency)}</dd>
  </dl>
</section>`,
  );
}
