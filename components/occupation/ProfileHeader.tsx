import Link from "next/link";

import { AddToCompare } from "@/components/compare/AddToCompare";
import type { OccupationProfile } from "@/db/queries/profile";
import { Explained } from "@/components/ui/Explained";
import { formatCompact, formatPercent, formatWage } from "@/lib/format";
import { pressureColor } from "@/lib/pressure-scale";
import { verdictBand } from "@/lib/scoring";
import type { WatchState } from "@/lib/server/watchlist";
import { occupationPath } from "@/lib/soc";

import styles from "./profile.module.css";
import { WatchControl } from "./WatchControl";

const list = (titles: string[]) => (titles.length <= 1 ? (titles[0] ?? "") : `${titles.slice(0, -1).join(", ")} and ${titles[titles.length - 1]}`);

/** "reported together with personal care aides as Home health and personal care aides" when BLS merges codes. */
function ReportedTogether({ profile }: { profile: OccupationProfile }) {
  const { occupation, reportedWith } = profile;
  if (occupation.nemCode === null || occupation.nemCode === occupation.soc || occupation.nemTitle === null) return null;
  return (
    <span className="small muted">
      {" "}
      reported together{" "}
      {reportedWith.length > 0 ? (
        <>
          with{" "}
          {reportedWith.map((other, index) => (
            <span key={other.soc}>
              {index > 0 ? (index === reportedWith.length - 1 ? " and " : ", ") : null}
              <Link href={`/occupations/${other.slug}`}>{other.title.toLowerCase()}</Link>
            </span>
          ))}{" "}
        </>
      ) : (
        "with other occupations "
      )}
      as {occupation.nemTitle}
    </span>
  );
}

export function ProfileHeader({ profile, watch }: { profile: OccupationProfile; watch: WatchState | null }) {
  const { occupation, category, ooh, vintages, explanations } = profile;
  const years = vintages === null ? null : { base: vintages.projectionsBaseYear, target: vintages.projectionsTargetYear };
  const alsoCalled = profile.reportedTitles.filter((title) => title.toLowerCase() !== occupation.title.toLowerCase()).slice(0, 6);
  const band = occupation.score === null ? null : verdictBand(occupation.score);
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>
        SOC {occupation.soc} ·{" "}
        {category ? <Link href={`/categories/${category.slug}`}>{category.title}</Link> : `Group ${occupation.categoryCode}`}
      </p>
      <h1>{occupation.title}</h1>
      {alsoCalled.length > 0 ? <p className="small muted">Titles people in this job report: {list(alsoCalled)} (O*NET {vintages?.onet ?? ""} Sample of Reported Titles).</p> : null}
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
              {explanations === null ? (
                <p className={styles.headline}>{band.headline}</p>
              ) : (
                <>
                  <p className={styles.headline} data-testid="headline">
                    <Explained sentences={explanations.headline.slice(0, 1)} />
                  </p>
                  <p className={styles.shift} data-testid="headline-why">
                    <Explained sentences={explanations.headline.slice(1)} />
                  </p>
                </>
              )}
              <p className="small muted">
                AI pressure score, band “{band.label}” ({band.range}). <Link href="/methodology">How it is built</Link>
              </p>
            </div>
          </>
        )}
      </div>
      {explanations === null ? null : (
        <p className={styles.outlook} data-testid="outlook">
          <Explained sentences={[explanations.outlook]} />
        </p>
      )}
      {explanations === null || explanations.summary.length === 0 ? null : (
        <p className={styles.shift} data-testid="profile-summary">
          <Explained sentences={explanations.summary} />
        </p>
      )}
      {/* A div, not a p: the member variant's Watch control is a form. */}
      <div className={styles.actions}>
        <AddToCompare soc={occupation.soc} className="button secondary" />{" "}
        <WatchControl soc={occupation.soc} path={occupationPath(occupation.slug)} watch={watch} />
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Employment, {years?.base ?? "base year"}</dt>
          <dd>
            {occupation.employment === null ? "not published" : formatCompact(occupation.employment)}
            <ReportedTogether profile={profile} />
          </dd>
        </div>
        <div>
          <dt>Projected change {vintages?.projections ?? ""}</dt>
          <dd>{occupation.changePct === null ? "not published" : formatPercent(occupation.changePct, { signed: true })}</dd>
        </div>
        <div>
          <dt>Median pay, {years?.base ?? "base year"}</dt>
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
