"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";

// compare-list, not compare: this runs in the browser, and lib/compare brings zod, scoring and search.
import { compareHref, compareListFrom, withCompared } from "@/lib/compare-list";

const subscribe = () => () => undefined;

/**
 * "Add to compare" for one occupation. The comparison being built travels in the URL
 * (`?compare=11-3051,13-2011`, set by search results); profiles are static HTML, so the
 * link starts as a comparison of this occupation alone and, in the browser, reads the list
 * from the address (up to three kept: a fourth replaces the third).
 */
export function AddToCompare({ soc, className }: { soc: string; className?: string }) {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  const compared = compareListFrom(new URLSearchParams(search).get("compare") ?? undefined).codes;
  const codes = withCompared(compared, soc);
  const others = codes.filter((code) => code !== soc).length;
  return (
    <Link href={compareHref(codes)} className={className} prefetch={false}>
      {others === 0 ? "Add to compare" : `Add to compare (with ${others} other${others === 1 ? "" : "s"})`}
    </Link>
  );
}
