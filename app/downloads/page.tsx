import type { Metadata } from "next";
import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import { listReleases } from "@/db/queries/releases";
import { DOWNLOAD_LICENCE } from "@/lib/downloads";
import { formatInteger } from "@/lib/format";
import { RELEASE_ID_PATTERN } from "@/lib/releases";
import { DATA_ATTRIBUTION } from "@/lib/sources";
import type { PageSearchParams } from "@/lib/http/params";

export const metadata: Metadata = {
  title: "Downloads",
  description: "The full AI pressure data set as CSV and JSON: every occupation with every signal, every task with its labels and score, for the current and earlier releases.",
  alternates: { canonical: "/downloads" },
};

/** `?release=` picks an earlier release; anything else shows the current one. */
export default async function DownloadsPage({ searchParams }: { searchParams: PageSearchParams }) {
  const releases = listReleases();
  const current = releases.find((release) => release.current) ?? null;
  const raw = (await searchParams).release;
  const wanted = typeof raw === "string" && RELEASE_ID_PATTERN.test(raw) ? raw : null;
  const selected = (wanted === null ? null : releases.find((release) => release.id === wanted)) ?? current;
  const query = selected === null || selected.current ? "" : `?release=${selected.id}`;
  return (
    <article className={styles.prose}>
      <h1>Downloads</h1>
      <p className={styles.lede}>
        The data behind every page, in bulk. Each file opens with its release id, licence and attribution (CSV: lines starting with <code>#</code>{" "}
        before the header row; JSON: fields beside the rows). How the numbers are built: <Link href="/methodology">Methodology</Link>; what changed
        between releases: <Link href="/releases">Releases</Link>; an OpenAPI description of the API: <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      {wanted !== null && selected?.id !== wanted ? <p className="notice">There is no release {wanted}; showing the current release.</p> : null}
      {selected === null ? (
        <p className="notice">The content database holds no release yet.</p>
      ) : (
        <section aria-labelledby="files">
          <h2 id="files">
            Release {selected.id} {selected.current ? "(current)" : ""}
          </h2>
          <ul>
            <li>
              Occupations with every signal ({formatInteger(selected.occupations)} rows: score, band, seniority scores, and for T, D, O, M, E the value, raw value,
              weight, points, category-prior flag, source and vintage): <a href={`/downloads/occupations.csv${query}`}>CSV</a> ·{" "}
              <a href={`/downloads/occupations.json${query}`}>JSON</a>
            </li>
            {selected.current ? (
              <li>
                Tasks with their labels and scores (human and GPT-4 exposure, GPT-4 automation level, score, weight, whether O*NET still lists the task):{" "}
                <a href="/downloads/tasks.csv">CSV</a> · <a href="/downloads/tasks.json">JSON</a>
              </li>
            ) : (
              <li>Earlier releases are kept as per-occupation scores and signals only; task rows are available for the current release.</li>
            )}
          </ul>
        </section>
      )}
      {releases.length > 1 ? (
        <section aria-labelledby="other">
          <h2 id="other">Other releases</h2>
          <ul>
            {releases
              .filter((release) => release.id !== selected?.id)
              .map((release) => (
                <li key={release.id}>
                  <Link href={release.current ? "/downloads" : `/downloads?release=${release.id}`}>{release.id}</Link>
                  {release.current ? " (current)" : ""}
                </li>
              ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="licence">
        <h2 id="licence">Licence and attribution</h2>
        <p>{DOWNLOAD_LICENCE}</p>
        <p className={styles.attribution}>{DATA_ATTRIBUTION}</p>
        <p>
          Full attribution lines, including O*NET’s: <Link href="/sources">Sources and licences</Link>.
        </p>
      </section>
    </article>
  );
}
