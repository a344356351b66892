import Link from "next/link";

import type { OccupationProfile } from "@/db/queries/profile";
import { formatCompact, formatPercent, formatWage } from "@/lib/format";
import { outlookSentence } from "@/lib/outlook";
import { pressureColor } from "@/lib/pressure-scale";
import { verdictBand } from "@/lib/scoring";

import styles from "./profile.module.css";

export function ProfileHeader({ profile }: { profile: OccupationProfile }) {
  const { occupation, category, ooh } = profile;
  const band = occupation.score === null ? null : verdictBand(occupation.score);
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>
        SOC {occupation.soc} ·{" "}
        {category ? <Link href={`/categories/${category.slug}`}>{category.title}</Link> : `Group ${occupation.categoryCode}`}
      </p>
      <h1>{occupation.title}</h1>
      <div className={styles.verdict}>
        {occupation.score === null || band === null ? (
          <p className="notice">
            Not enough data: this occupation has no rated tasks, so it has no AI pressure score. Its other signals are listed below.
          </p>
        ) : (
          <>
            <div className={styles.bigScore} style={{ ["--badge-color" as string]: pressureColor(occupation.score) }}>
              <span className={styles.bigNumber}>{occupation.score}</span>
              <span className={styles.bigScale}>/100</span>
              <span className="visually-hidden">AI pressure score, band {band.label}</span>
            </div>
            <div>
              <p className={styles.headline}>{band.headline}</p>
              <p className={styles.shift}>{band.shift}</p>
              <p className="small muted">
                AI pressure score, band “{band.label}” ({band.range}). <Link href="/methodology">How it is built</Link>
              </p>
            </div>
          </>
        )}
      </div>
      <p className={styles.outlook}>
        {outlookSentence({
          changePct: occupation.changePct,
          employment: occupation.employment,
          oohOutlookPct: ooh?.outlookPct ?? null,
          oohOutlookDesc: ooh?.outlookDesc ?? null,
          oohTitle: ooh?.title ?? null,
        })}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>Employment, 2022</dt>
          <dd>{occupation.employment === null ? "not published" : formatCompact(occupation.employment)}</dd>
        </div>
        <div>
          <dt>Projected change 2022–32</dt>
          <dd>{occupation.changePct === null ? "not published" : formatPercent(occupation.changePct, { signed: true })}</dd>
        </div>
        <div>
          <dt>Median pay, 2022</dt>
          <dd>{formatWage(occupation.epMedianWage, occupation.epMedianWageTopCoded)}</dd>
        </div>
        <div>
          <dt>Typical entry education</dt>
          <dd>{occupation.entryEducation ?? "not published"}</dd>
        </div>
        <div>
          <dt>Tasks rated</dt>
          <dd>{occupation.taskCount}</dd>
        </div>
      </dl>
      {occupation.summary ? (
        <blockquote className={styles.summary}>
          <p>{occupation.summary}</p>
          <footer className="small muted">
            — {occupation.summarySource}
            {ooh ? (
              <>
                {" "}
                (<a href={ooh.url}>bls.gov</a>)
              </>
            ) : null}
          </footer>
        </blockquote>
      ) : null}
    </header>
  );
}
