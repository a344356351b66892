import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";

import styles from "@/components/compare/Compare.module.css";
import { CompareForm } from "@/components/compare/CompareForm";
import { CompareTable } from "@/components/compare/CompareTable";
import { MeasuresCompared } from "@/components/occupation/MeasuresCompared";
import { getCompareFacts, listCompareExampleCandidates, resolveCompareField } from "@/db/queries/compare";
import { getOccupationBreakdown } from "@/db/queries/occupations";
import {
  comparisonExamples,
  compareHref,
  fieldsHref,
  fieldValueFor,
  MAX_COMPARED,
  parseCompareFields,
  parseCompareQuery,
  toComparedOccupation,
  type ComparedOccupation,
  type FieldResolution,
} from "@/lib/compare";
import type { PageSearchParams } from "@/lib/http/params";

interface Lookup {
  found: ComparedOccupation[];
  unknown: string[];
}

function lookUp(codes: readonly string[]): Lookup {
  const found: ComparedOccupation[] = [];
  const unknown: string[] = [];
  for (const code of codes) {
    const facts = getCompareFacts(code);
    const breakdown = facts === null ? null : getOccupationBreakdown(code);
    if (facts === null || breakdown === null) unknown.push(code);
    else found.push(toComparedOccupation(facts, breakdown));
  }
  return { found, unknown };
}

export async function generateMetadata({ searchParams }: { searchParams: PageSearchParams }): Promise<Metadata> {
  const query = parseCompareQuery(await searchParams);
  const { found } = lookUp(query.codes);
  if (found.length === 0) {
    return {
      title: "Compare occupations",
      description: "Put two or three US occupations side by side: AI pressure score, how it is assembled, seniority, jobs, pay and outlook.",
      alternates: { canonical: "/compare" },
    };
  }
  const titles = found.map((o) => o.title);
  return {
    title: found.length === 1 ? `Compare ${titles[0]}` : `Compare ${titles.join(" vs ")}`,
    description: `Side by side: ${found.map((o) => `${o.title} (${o.score ?? "no score"})`).join(", ")}. AI pressure score, signals, seniority, jobs, pay and outlook.`,
    alternates: { canonical: compareHref(found.map((o) => o.soc)) },
    // Any pair of ~800 occupations is a page: let crawlers follow, not index them all.
    robots: { index: false, follow: true },
  };
}

// Depends on the query string: rendered per request (two to six small indexed queries).
// The form sends `?q=` fields (titles or codes): when every field resolves, a redirect to the
// canonical `?soc=` URL; otherwise this page with "did you mean" choices for the others.
export default async function ComparePage({ searchParams }: { searchParams: PageSearchParams }) {
  const params = await searchParams;
  const fields = parseCompareFields(params);
  const resolutions = fields.map(resolveCompareField);
  const resolvedCodes = [...new Set(resolutions.flatMap((r) => (r.kind === "found" ? [r.soc] : [])))];
  if (fields.length > 0 && resolutions.every((r) => r.kind === "found")) redirect(compareHref(resolvedCodes));

  const query = fields.length > 0 ? { codes: resolvedCodes, invalid: [], dropped: [] } : parseCompareQuery(params);
  const { found, unknown } = lookUp(query.codes);
  const hasMessages = query.invalid.length > 0 || unknown.length > 0 || query.dropped.length > 0;
  const formValues = fields.length > 0 ? resolutions.map((r) => (r.kind === "found" ? fieldValueFor(r) : r.text)) : found.map(fieldValueFor);

  return (
    <>
      <h1>Compare occupations</h1>
      <p className="muted">Two or three occupations side by side: the score, how it is assembled, seniority, jobs, pay and outlook.</p>

      {hasMessages ? (
        <div className={`notice ${styles.messages}`} role="status" data-testid="compare-messages">
          <strong>Some of what you entered could not be compared:</strong>
          <ul>
            {query.invalid.map((token) => (
              <li key={`invalid-${token}`}>
                “{token}” is not a SOC code. Codes look like 11-3051 or 113051;{" "}
                <Link href={`/search?q=${encodeURIComponent(token)}`}>search for “{token}”</Link> to find one.
              </li>
            ))}
            {unknown.map((code) => (
              <li key={`unknown-${code}`}>No occupation has the SOC code {code}.</li>
            ))}
            {query.dropped.length > 0 ? (
              <li>
                Only {MAX_COMPARED} occupations can be compared at once; left out: {query.dropped.join(", ")}.
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}

      {fields.length > 0 ? <FieldChoices fields={formValues} resolutions={resolutions} /> : null}

      {found.length > 0 ? <CompareTable occupations={found} /> : null}
      {found.length > 0 ? <MeasuresCompared occupations={found} /> : null}
      {found.length === 1 ? (
        <p>
          Add a second occupation below to compare <strong>{found[0]?.title}</strong> with it.
        </p>
      ) : null}

      <CompareForm
        values={formValues}
        compared={found.map((o) => o.soc)}
        heading={found.length === 0 ? "Choose occupations" : found.length === 1 ? "Add another occupation" : "Change the comparison"}
      />

      {found.length === 0 ? <Examples /> : null}
    </>
  );
}

/** For each field the search could not settle: "did you mean" links (plain links, no JavaScript) or "nothing matches". */
function FieldChoices({ fields, resolutions }: { fields: readonly string[]; resolutions: readonly FieldResolution[] }) {
  const open = resolutions.flatMap((resolution, index) => (resolution.kind === "found" ? [] : [{ resolution, index }]));
  if (open.length === 0) return null;
  return (
    <div className={`notice ${styles.messages}`} role="status" data-testid="compare-choices">
      {open.map(({ resolution, index }) =>
        resolution.kind === "choose" ? (
          <section key={index} aria-labelledby={`choices-${index}`} className={styles.choices}>
            <h2 id={`choices-${index}`} className={styles.choicesTitle}>
              Which “{resolution.text}” did you mean?
            </h2>
            <ul>
              {resolution.candidates.map((candidate) => (
                <li key={candidate.soc}>
                  <Link href={fieldsHref(fields, index, candidate.soc)}>{candidate.title}</Link>{" "}
                  <span className="muted small">
                    {candidate.soc}
                    {candidate.matchedAlternate !== undefined ? <> · also called {candidate.matchedAlternate}</> : null}
                  </span>
                </li>
              ))}
            </ul>
            <p className="small">
              Not there? <Link href={`/search?q=${encodeURIComponent(resolution.text)}`}>See every result for “{resolution.text}”</Link>.
            </p>
          </section>
        ) : (
          <p key={index}>
            {resolution.unknownCode !== null ? (
              <>No occupation has the SOC code {resolution.unknownCode}.</>
            ) : (
              <>
                No occupation matches “{resolution.text}”. Try a shorter or more general title, or{" "}
                <Link href="/categories">browse the categories</Link>.
              </>
            )}
          </p>
        ),
      )}
    </div>
  );
}

function Examples() {
  const examples = comparisonExamples(listCompareExampleCandidates(), 4);
  if (examples.length === 0) return null;
  return (
    <section aria-labelledby="examples-title">
      <h2 id="examples-title">Try a comparison</h2>
      <p className="muted small">The most and the least exposed occupation in each of the four largest categories by employment.</p>
      <ul className={styles.examples}>
        {examples.map((example) => (
          <li key={example.href}>
            <span className="muted small">{example.categoryTitle}</span>
            <br />
            <Link href={example.href} className={styles.exampleLink}>
              {example.most.title} ({example.most.score}) vs {example.least.title} ({example.least.score})
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
