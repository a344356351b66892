import type { Metadata } from "next";
import Link from "next/link";

import { isSocCode } from "@/lib/soc";
import type { PageSearchParams } from "@/lib/http/params";

import "@/components/account/account.css";

export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };

export default async function CheckoutCancelPage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const soc = isSocCode(params.soc) ? params.soc : null;
  return (
    <section className="narrow stack">
      <h1>Checkout cancelled</h1>
      <p>Nothing was charged. You can pick up where you left off at any time.</p>
      <p className="actions">
        {soc ? (
          <Link className="button" href={`/occupations/${soc}`}>
            Back to the occupation
          </Link>
        ) : null}
        <Link className={soc ? undefined : "button"} href="/pricing">
          Plans and prices
        </Link>
      </p>
    </section>
  );
}
