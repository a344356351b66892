import type { Metadata } from "next";
import Link from "next/link";

import styles from "@/components/docs/docs.module.css";
import {
  countOccupationsBySector,
  getBuildMeta,
  getContentCounts,
  getImportIssueCounts,
  getImputationCounts,
  listIndeedSectors,
  listSectorRules,
  listSignalVintages,
} from "@/db/queries/meta";
import { DataTable } from "@/components/ui/DataTable";
import { formatDecimal, formatInteger } from "@/lib/format";
import { scoringConfig, SIGNAL_NAMES } from "@/lib/scoring";
import { DATA_SOURCES } from "@/lib/sources";

// Rendered at build time from the content database.
export const dynamic = "force-static";
export const revalidate = 3600;

export const metadata: Metadata = {
  title: "Sources and licences",
  description:
    "Every data source behind the AI pressure scores — O*NET task labels, BLS projections, wages and handbook, Digital AI Exposure, Indeed postings — with attribution, licence, vintage and what each is used for.",
  alternates: { canonical: "/sources" },
};

export default function SourcesPage() {
  const build = getBuildMeta();
  const issues = getImportIssueCounts();
  const counts = getContentCounts();
  const imputed = getImputationCounts();
  const vintages = listSignalVintages();
  const rules = listSectorRules();
  const sectors = listIndeedSectors();
  const bySector = countOccupationsBySector();
  const unmapped = bySector.get(null) ?? 0;

  return (
    <article className={styles.prose}>
      <h1>Sources and licences</h1>
      <p className={styles.lede}>
        Every number on this site comes from public data, read from the files as published and committed with the project’s code, then
        scored by the method described on <Link href="/methodology">Methodology</Link>. Please keep the attribution lines below with any
        reuse of the data — on a page, in a report or through the API.
      </p>

      <section aria-labelledby="datasets">
        <h2 id="datasets">Data sets</h2>
        {DATA_SOURCES.map((source) => (
          <section key={source.id} id={source.id} className={`card ${styles.sourceCard}`} aria-labelledby={`${source.id}-name`}>
            <h3 id={`${source.id}-name`}>{source.name}</h3>
            <p className={styles.attribution}>{source.attribution}</p>
            <dl>
              <dt>Published by</dt>
              <dd>
                {source.publisher} · <a href={source.url}>{source.url.replace(/^https:\/\//, "")}</a>
              </dd>
              <dt>Licence</dt>
              <dd>{source.licenceUrl === null ? source.licence : <a href={source.licenceUrl}>{source.licence}</a>}</dd>
              <dt>Vintage</dt>
              <dd>{source.vintage}</dd>
              <dt>Used for</dt>
              <dd>{source.usedFor}</dd>
              <dt>Files</dt>
              <dd>
                {source.files.map((file, index) => (
                  <span key={file}>
                    {index > 0 ? ", " : ""}
                    <code>data/sources/{file}</code>
                  </span>
                ))}
              </dd>
            </dl>
          </section>
        ))}
      </section>

      <section aria-labelledby="vintages">
        <h2 id="vintages">Signals, sources and vintages as stored</h2>
        <p>
          Each signal of each occupation records its source and vintage at import; this is what the profile pages, the API and the PDF
          reports show. “Imputed” counts the occupations that use their category’s mean instead of a value of their own.
        </p>
        <DataTable
          scroll={styles.tableWrap}
          rows={vintages}
          rowKey={(row) => `${row.signal}-${row.vintage}`}
          columns={[
            { key: "signal", header: "Signal", rowHeader: true, cell: (row) => `${row.signal} · ${SIGNAL_NAMES[row.signal]}` },
            { key: "source", header: "Source", cell: (row) => row.source },
            { key: "vintage", header: "Vintage", cell: (row) => row.vintage },
            { key: "occupations", header: "Occupations", numeric: true, cell: (row) => formatInteger(row.occupations) },
            { key: "imputed", header: "Imputed", numeric: true, cell: (row) => formatInteger(imputed[row.signal]) },
          ]}
        />
      </section>

      <section aria-labelledby="postings">
        <h2 id="postings">Job postings window</h2>
        <p>
          Signal M compares each Indeed sector’s postings index with the national total index over the same days: the last{" "}
          {scoringConfig.postings.windowDays} days of the sector file
          {build.postingsWindow === null ? "" : `, ${build.postingsWindow.start} to ${build.postingsWindow.end}`}.
          The sector file is an older snapshot than the national one, so the window follows the sector file; replacing it with a newer
          file of the same columns and rebuilding moves the window.
        </p>
        <details>
          <summary>
            The {formatInteger(sectors.length)} Indeed sectors, their index over the window and how many occupations map to each
          </summary>
          <DataTable
            scroll={styles.tableWrap}
            rows={sectors}
            rowKey={(sector) => sector.name}
            columns={[
              { key: "sector", header: "Sector", rowHeader: true, cell: (sector) => sector.name },
              { key: "examples", header: "Example titles (Indeed)", cell: (sector) => sector.exampleTitles },
              { key: "index", header: "Sector index", numeric: true, cell: (sector) => (sector.recentMean === null ? "no data" : formatDecimal(sector.recentMean)) },
              { key: "national", header: "National index", numeric: true, cell: (sector) => (sector.nationalRecentMean === null ? "—" : formatDecimal(sector.nationalRecentMean)) },
              { key: "occupations", header: "Occupations", numeric: true, cell: (sector) => formatInteger(bySector.get(sector.name) ?? 0) },
            ]}
          />
        </details>
      </section>

      <section aria-labelledby="crosswalk">
        <h2 id="crosswalk">Our SOC → Indeed sector crosswalk</h2>
        <p>
          Indeed publishes postings by sector, not by occupation, so the project wrote a crosswalk (
          <code>data/soc-indeed-sectors.csv</code>), using Indeed’s example job titles per sector. Rules are SOC minor groups with
          per-code overrides; the longest matching prefix wins. {formatInteger(unmapped)} occupations match no rule (farming, fishing and
          forestry has no Indeed sector) and use their category prior for signal M.
        </p>
        <details>
          <summary>All {formatInteger(rules.length)} rules</summary>
          <DataTable
            scroll={styles.tableWrap}
            rows={rules}
            rowKey={(rule) => rule.prefix}
            columns={[
              { key: "prefix", header: "SOC prefix", rowHeader: true, cell: (rule) => <code>{rule.prefix}</code> },
              { key: "sector", header: "Indeed sector", cell: (rule) => rule.sector },
              { key: "note", header: "Note", cell: (rule) => rule.note ?? "" },
            ]}
          />
        </details>
      </section>

      <section aria-labelledby="build">
        <h2 id="build">This build of the data</h2>
        <DataTable scroll={styles.tableWrap}>
          <tbody>
            <tr><th scope="row">Data version</th><td><code>{build.dataVersion ?? "not recorded"}</code> (a hash of the source files, the crosswalk and the scoring code)</td></tr>
            <tr><th scope="row">Occupations</th><td>{formatInteger(counts.occupations)} six-digit SOC codes, {formatInteger(counts.scored)} with a score, in {formatInteger(counts.categories)} categories</td></tr>
            <tr><th scope="row">O*NET occupations</th><td>{formatInteger(counts.onetOccupations)} (including specialisations)</td></tr>
            <tr><th scope="row">Tasks</th><td>{formatInteger(counts.tasks)} rated; {formatInteger(counts.tasksWithEvidence)} quoted beside a BLS Handbook passage naming the same activity</td></tr>
            <tr><th scope="row">OOH profiles</th><td>{formatInteger(counts.oohProfiles)}, covering {formatInteger(counts.occupationsWithOohProfile)} occupations</td></tr>
            <tr><th scope="row">Alternate titles</th><td>{formatInteger(counts.alternateTitles)} (O*NET specialisations, BLS titles, OOH “also called”), searchable</td></tr>
            <tr><th scope="row">Rows rejected by the import</th><td>{formatInteger(build.rowsRejected ?? issues.rejected)}{issues.warnings > 0 ? `; ${formatInteger(issues.warnings)} warnings recorded (for example tasks without labels, left out of the scores)` : ""}</td></tr>
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="api">
        <h2 id="api">Reusing the data</h2>
        <p>The free fields are available as open data, under the licences above:</p>
        <ul>
          {/* eslint-disable @next/next/no-html-link-for-pages -- API routes, not pages */}
          <li>
            <a href="/api/occupations">
              <code>/api/occupations</code>
            </a>{" "}
            — every occupation as JSON;{" "}
            <a href="/api/occupations?format=csv" download>
              <code>?format=csv</code>
            </a>{" "}
            for a spreadsheet; <code>?category=11</code> for one major group.
          </li>
          {/* eslint-enable @next/next/no-html-link-for-pages */}
          <li>
            <code>/api/occupations/11-3051</code> — one occupation’s signals, seniority scores and tasks (the dash is optional).
          </li>
        </ul>
        <p>
          Every API response carries a <code>Link</code> header pointing here (<code>rel=&quot;license&quot;</code>) and to the methodology (
          <code>rel=&quot;describedby&quot;</code>); the list also names this page and the attribution lines in its <code>sources</code> and{" "}
          <code>attribution</code> fields.
        </p>
      </section>
    </article>
  );
}
