"use server";

import { redirect } from "next/navigation";

import { getStripeCustomerIdForUser } from "@/db/accounts/queries";
import { getViewer } from "@/lib/server/auth/viewer";
import { env } from "@/env";

import { getStripe } from "./stripe";

/** Opens the Stripe Customer Portal (manage or cancel Pro, invoices) for the signed-in user. */
export async function openBillingPortal(): Promise<void> {
  const { user } = await getViewer();
  if (!user) redirect("/sign-in?next=/account");
  const customer = await getStripeCustomerIdForUser(user.id);
  if (!customer) redirect("/account?error=no-billing");

  let url: string | null = null;
  try {
    const session = await getStripe().billingPortal.sessions.create({
      customer,
      return_url: new URL("/account", env.APP_URL).toString(),
    });
    url = session.url;
  } catch (error) {
    console.error("[billing] could not open the customer portal:", error instanceof Error ? error.message : error);
  }
  redirect(url ?? "/account?error=portal-unavailable");
}
