import styles from "@/components/docs/docs.module.css";

/** The page's title, what the score is, and the table of contents. */
export function MethodologyIntro() {
  return (
    <>
      <h1>How the AI pressure score is built</h1>
      <p className={styles.lede}>
        Every occupation gets one number from 0 to 100: how much pressure current AI puts on the work as it is done today. The number is
        built from the bottom up — first every task of the job, then four outside signals — by one small scoring module. This page reads its
        constants and the stored data directly, so what you see here is what the site computes.
      </p>

      <nav className={styles.toc} aria-label="On this page">
        <strong>On this page</strong>
        <ol>
          <li><a href="#tasks">Scoring each task</a></li>
          <li><a href="#signals">Five signals</a></li>
          <li><a href="#composite">The composite score</a></li>
          <li><a href="#seniority">Entry, mid and senior level</a></li>
          <li><a href="#bands">Verdict bands</a></li>
          <li><a href="#related">Related occupations</a></li>
          <li><a href="#limits">What the score cannot tell you</a></li>
        </ol>
      </nav>
    </>
  );
}
