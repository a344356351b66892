import { z } from "zod";
import { completeCheckout, declineCheckout, expireCheckout, updateSubscription } from "./billing";
import type { Core } from "./core";
import type { FormData } from "./form";
import type { Html } from "./html";
import { checkoutPage, invoicePage, messagePage, portalPage } from "./pages";
import { Router } from "./router";
import { newestFirst } from "./store";
import type { CheckoutSession, StripeEvent } from "./types";

/** Hosted pages: what a browser sees at a session's `url`, the portal and invoice links. */

export type HostedResult =
  | { kind: "html"; status: number; html: Html; events?: StripeEvent[] }
  | { kind: "redirect"; location: string; events?: StripeEvent[] };

export interface HostedRequest {
  params: Record<string, string>;
  form: FormData;
  query: URLSearchParams;
}

export type HostedHandler = (core: Core, req: HostedRequest) => HostedResult;

const page = (status: number, content: Html, events?: StripeEvent[]): HostedResult => ({ kind: "html", status, html: content, events });

const notFound = (what: string) => page(404, messagePage({ title: "Not found", message: `No such ${what}. It may have been removed by an emulator reset.` }));

/** Sessions expire lazily too: a page opened after `expires_at` (real time passing) expires the session first. */
function expireIfDue(core: Core, session: CheckoutSession): StripeEvent[] {
  return session.status === "open" && session.expires_at <= core.now() ? expireCheckout(core, session, session.expires_at) : [];
}

function successUrl(session: CheckoutSession): string | null {
  return session.success_url ? session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id) : null;
}

function lockedEmail(core: Core, session: CheckoutSession): string | null {
  const customer = session.customer ? core.store.data.customers[session.customer] : undefined;
  return customer?.email ?? session.customer_email ?? null;
}

function renderCheckout(core: Core, session: CheckoutSession, options: { status?: number; error?: string | null; emailError?: boolean; typedEmail?: string; events?: StripeEvent[] } = {}): HostedResult {
  return page(
    options.status ?? 200,
    checkoutPage({
      session,
      lineItems: core.store.data.checkout_extras[session.id]?.line_items ?? [],
      products: core.store.data.products,
      lockedEmail: lockedEmail(core, session),
      typedEmail: options.typedEmail ?? "",
      error: options.error ?? null,
      emailError: options.emailError ?? false,
    }),
    options.events,
  );
}

function closedSessionPage(session: CheckoutSession, status: number, events: StripeEvent[] = []): HostedResult {
  if (session.status === "complete") {
    const link = successUrl(session);
    return page(
      status,
      messagePage({
        title: "Already paid",
        message: "This checkout session is already paid. You have not been charged again.",
        link: link ? { href: link, label: "Continue to the site" } : null,
      }),
      events,
    );
  }
  return page(
    status === 200 ? 410 : status,
    messagePage({
      title: "Checkout expired",
      message: "This checkout session has expired. Start again from the site.",
      link: session.cancel_url ? { href: session.cancel_url, label: "Back to the site" } : null,
    }),
    events,
  );
}

const checkoutForm = z.object({
  action: z.enum(["pay", "decline", "cancel"]),
  email: z.string().max(512).optional(),
});

const emailSchema = z.email();

const portalForm = z.object({
  action: z.enum(["cancel", "resume"]),
  subscription: z.string().min(1).max(255),
});

export function hostedRouter(): Router<HostedHandler> {
  const router = new Router<HostedHandler>();

  router.add("GET", "/checkout/:id", (core, req) => {
    const session = core.store.data.checkout_sessions[req.params.id ?? ""];
    if (!session) return notFound("checkout session");
    const expired = expireIfDue(core, session);
    if (session.status !== "open") return closedSessionPage(session, 200, expired);
    return renderCheckout(core, session);
  });

  router.add("POST", "/checkout/:id", (core, req) => {
    const session = core.store.data.checkout_sessions[req.params.id ?? ""];
    if (!session) return notFound("checkout session");
    const form = checkoutForm.safeParse(req.form);
    if (!form.success) return renderCheckout(core, session, { status: 400, error: "Choose Pay, Decline card or Cancel." });
    const { action } = form.data;
    if (action === "cancel") {
      if (session.cancel_url) return { kind: "redirect", location: session.cancel_url };
      return page(200, messagePage({ title: "Checkout canceled", message: "Nothing was charged. You can close this page." }));
    }
    const expired = expireIfDue(core, session);
    if (session.status !== "open") return closedSessionPage(session, 409, expired);
    const typedEmail = (form.data.email ?? "").trim();
    if (action === "decline") {
      const events = declineCheckout(core, session.id);
      return renderCheckout(core, session, { status: 402, error: "Your card was declined.", typedEmail, events });
    }
    const locked = lockedEmail(core, session);
    if (!locked && !emailSchema.safeParse(typedEmail).success) {
      return renderCheckout(core, session, { status: 400, error: "Enter a valid email address.", emailError: true, typedEmail });
    }
    const events = completeCheckout(core, session.id, locked ?? typedEmail);
    const next = successUrl(session);
    if (next) return { kind: "redirect", location: next, events };
    return page(200, messagePage({ title: "Payment complete", message: "Thanks! Your payment went through. You can close this page." }), events);
  });

  router.add("GET", "/portal/:id", (core, req) => {
    const portal = core.store.data.portal_sessions[req.params.id ?? ""];
    const customer = portal ? core.store.data.customers[portal.customer] : undefined;
    if (!portal || !customer) return notFound("billing portal session");
    const notices: Record<string, string> = {
      canceled: "Your subscription will be canceled at the end of the current period.",
      resumed: "Your subscription will renew as usual.",
    };
    return page(
      200,
      portalPage({
        portalId: portal.id,
        customer,
        subscriptions: newestFirst(core.store.data.subscriptions).filter((subscription) => subscription.customer === customer.id),
        invoices: newestFirst(core.store.data.invoices).filter((invoice) => invoice.customer === customer.id),
        products: core.store.data.products,
        returnUrl: portal.return_url,
        notice: notices[req.query.get("done") ?? ""] ?? null,
      }),
    );
  });

  router.add("POST", "/portal/:id", (core, req) => {
    const portal = core.store.data.portal_sessions[req.params.id ?? ""];
    if (!portal) return notFound("billing portal session");
    const form = portalForm.safeParse(req.form);
    if (!form.success) return page(400, messagePage({ title: "Bad request", message: "Unknown portal action.", link: { href: `/portal/${portal.id}`, label: "Back to billing" } }));
    const subscription = core.store.data.subscriptions[form.data.subscription];
    // Scope by owner: a portal session only manages its own customer's subscriptions.
    if (!subscription || subscription.customer !== portal.customer) return notFound("subscription");
    if (subscription.status === "canceled" || subscription.status === "incomplete_expired") {
      return page(409, messagePage({ title: "Subscription ended", message: "This subscription has already ended.", link: { href: `/portal/${portal.id}`, label: "Back to billing" } }));
    }
    const cancel = form.data.action === "cancel";
    const events = updateSubscription(core, subscription, { cancelAtPeriodEnd: cancel });
    return { kind: "redirect", location: `/portal/${portal.id}?done=${cancel ? "canceled" : "resumed"}`, events };
  });

  router.add("GET", "/invoice/:id", (core, req) => {
    const invoice = core.store.data.invoices[req.params.id ?? ""];
    if (!invoice) return notFound("invoice");
    return page(200, invoicePage({ invoice, products: core.store.data.products }));
  });

  return router;
}
