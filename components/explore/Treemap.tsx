import styles from "./Explorer.module.css";

/**
 * The treemap as server-rendered SVG (markup from lib/explore-svg): one link per occupation,
 * area = 2024 employment, fill = the chosen layer, values in a <title> that is both the
 * tooltip and the link's accessible name. No client JavaScript.
 */
export function Treemap({ markup, width, height, count, layerName }: { markup: string; width: number; height: number; count: number; layerName: string }) {
  return (
    <div className={`${styles.chartScroll} ${styles.wide}`}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className={`${styles.chart} ${styles.treemap}`}
        role="group"
        aria-label={`Treemap of ${count} occupations grouped by category; area is 2024 employment, colour is ${layerName.toLowerCase()}. Each rectangle links to its occupation.`}
        data-testid="treemap"
        dangerouslySetInnerHTML={{ __html: markup }}
      />
    </div>
  );
}
