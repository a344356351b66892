import styles from "./Explorer.module.css";

/**
 * Score (y) against projected employment change (x), point area ∝ 2024 employment, as
 * server-rendered SVG (markup from lib/explore-svg); every point is a link named by its <title>.
 * `phone` is the narrow drawing shown below 600 px (its own layout, so ticks stay readable);
 * CSS shows one of the two.
 */
export function Scatter({
  markup,
  width,
  height,
  count,
  xDomain,
  phone = false,
}: {
  markup: string;
  width: number;
  height: number;
  count: number;
  xDomain: [number, number];
  phone?: boolean;
}) {
  return (
    <div className={`${styles.chartScroll} ${phone ? styles.narrow : styles.wide}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className={`${styles.chart} ${styles.scatter} ${phone ? styles.scatterPhone : ""}`}
        role="group"
        aria-label={`Scatter plot of ${count} occupations: AI pressure score (vertical, 0–100) against projected employment change 2024–34 (horizontal, −${Math.abs(xDomain[0])}% to +${xDomain[1]}%); point area is 2024 employment. Each point links to its occupation.`}
        data-testid={phone ? "scatter-phone" : "scatter"}
        dangerouslySetInnerHTML={{ __html: markup }}
      />
    </div>
  );
}
