import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import { SearchForm } from "@/components/search/SearchForm";
import styles from "@/components/search/search.module.css";
import { ScoreBadge } from "@/components/ui/ScoreBadge";
import { DEFAULT_SEARCH_LIMIT, searchOccupations, type SearchOutcome } from "@/db/queries/search";
import { compareHref, MAX_COMPARED, parseCompareQuery, withCompared } from "@/lib/compare";
import { occupationPath } from "@/lib/soc";
import { firstIssueMessage, zodIssues } from "@/lib/http/errors";
import { searchParamsSchema } from "@/lib/validations/search";
import type { PageSearchParams, SearchParams } from "@/lib/http/params";

type SearchPageProps = { searchParams: PageSearchParams };

function readQuery(params: SearchParams): { q: string; error: string | null } {
  const parsed = searchParamsSchema.safeParse({ q: params.q });
  if (parsed.success) return { q: parsed.data.q, error: null };
  return { q: "", error: firstIssueMessage(zodIssues(parsed.error), { withPath: false }) };
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const { q } = readQuery(await searchParams);
  const trimmed = q.trim();
  return {
    title: trimmed === "" ? "Search occupations" : `Search: ${trimmed}`,
    description: "Find any of about 800 US occupations by job title, “also called” title or SOC code, with its AI pressure score.",
    alternates: { canonical: "/search" },
    // Result pages are thin and endless; profiles are what should be indexed.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams;
  const { q, error } = readQuery(params);
  // The comparison being built (`?compare=`, from /compare), kept by "Add to compare".
  const compared = parseCompareQuery({ soc: params.compare }).codes;
  const outcome = error === null && q.trim() !== "" ? searchOccupations(q) : null;
  const direct = outcome?.match === "code" ? outcome.results[0] : undefined;
  if (direct !== undefined) redirect(occupationPath(direct.slug));

  return (
    <>
      <h1>Search occupations</h1>
      <SearchForm id="search-page-q" defaultValue={error === null ? q : ""} compare={compared} />
      {error !== null ? (
        <p className={`notice ${styles.notice}`} role="alert">
          {error} Shorten the search and try again.
        </p>
      ) : outcome === null ? (
        <EmptyQuery />
      ) : (
        <Results outcome={outcome} compared={compared} />
      )}
    </>
  );
}

function EmptyQuery() {
  return (
    <p>
      Type a job title (“plant manager”), part of one (“industrial prod”) or a SOC code (“11-3051”). You can also browse{" "}
      <Link href="/categories">all categories</Link> or the <Link href="/explore">whole-economy explorer</Link>.
    </p>
  );
}

function Results({ outcome, compared }: { outcome: SearchOutcome; compared: readonly string[] }) {
  const { results } = outcome;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="visually-hidden">
        Results
      </h2>
      <Explanation outcome={outcome} />
      {results.length > 0 ? (
        <ol className={styles.results}>
          {results.map((result) => (
            <li key={result.soc} className={styles.result}>
              <Link href={compared.length > 0 ? `${occupationPath(result.slug)}?compare=${compared.join(",")}` : occupationPath(result.slug)} className={styles.resultTitle}>
                {result.title}
              </Link>
              <ScoreBadge score={result.score} size="sm" />
              <span className={`small muted ${styles.resultMeta}`}>
                SOC {result.soc}
                {result.matchedAlternate !== undefined ? <> · also called {result.matchedAlternate}</> : null}
              </span>
              <AddToCompareLink soc={result.soc} title={result.title} compared={compared} />
            </li>
          ))}
        </ol>
      ) : (
        <NoResults outcome={outcome} />
      )}
    </section>
  );
}

/** A plain link: the comparison so far plus this result (a full comparison's third place is replaced). */
function AddToCompareLink({ soc, title, compared }: { soc: string; title: string; compared: readonly string[] }) {
  if (compared.includes(soc)) {
    return (
      <Link href={compareHref(compared)} className={`small ${styles.addToCompare}`}>
        In your comparison
      </Link>
    );
  }
  const replaces = compared.length >= MAX_COMPARED;
  return (
    <Link href={compareHref(withCompared(compared, soc))} className={`small ${styles.addToCompare}`}>
      {replaces ? "Add to compare (replaces the third)" : "Add to compare"}
      <span className="visually-hidden"> for {title}</span>
    </Link>
  );
}

function Explanation({ outcome }: { outcome: SearchOutcome }) {
  const count = outcome.results.length;
  const found = `${count} ${count === 1 ? "occupation" : "occupations"}`;
  if (outcome.match === "corrected" && outcome.suggestion !== null) {
    const unmatched = outcome.corrections.filter((correction) => correction.to.length === 0).map((correction) => correction.from);
    return (
      <div role="status" className={styles.notice}>
        <p>
          No occupation matches “{outcome.query}”. Did you mean <strong>{outcome.suggestion}</strong>? Showing {found} for{" "}
          <Link href={`/search?q=${encodeURIComponent(outcome.suggestion)}`}>{outcome.suggestion}</Link>.
        </p>
        {unmatched.length > 0 ? <p className="small muted">Ignored (no close match): {unmatched.join(", ")}.</p> : null}
      </div>
    );
  }
  if (outcome.match === "any") {
    return (
      <p role="status" className={styles.notice}>
        No occupation matches every word of “{outcome.query}”
        {outcome.suggestion !== null ? <> (read as “{outcome.suggestion}”)</> : null}. Showing {found} that match some of them.
      </p>
    );
  }
  if (count === 0) return null;
  return (
    <p role="status" className={`muted ${styles.notice}`}>
      {found} for “{outcome.query}”{count >= DEFAULT_SEARCH_LIMIT ? ` (the ${DEFAULT_SEARCH_LIMIT} best matches; add a word to narrow the search)` : ""}.
    </p>
  );
}

function NoResults({ outcome }: { outcome: SearchOutcome }) {
  return (
    <div role="status" className={styles.notice}>
      {outcome.unknownCode !== null ? (
        <p>
          No occupation with SOC code {outcome.unknownCode}. The site scores every six-digit SOC code with rated O*NET tasks; this code may be
          retired, an aggregate, or one without task data.
        </p>
      ) : (
        <p>No occupation matches “{outcome.query}”.</p>
      )}
      <p>
        Try a shorter or more general title (“nurse” rather than “night-shift nurse”), check the spelling, or browse{" "}
        <Link href="/categories">all categories</Link>.
      </p>
    </div>
  );
}
