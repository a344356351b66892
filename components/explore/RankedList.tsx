import { formatInteger } from "@/lib/format";
import { RANKED_LIST_SHOWN } from "@/lib/explore-svg";

import styles from "./Explorer.module.css";

/**
 * The treemap's form below 600 px: one collapsible list per category with its largest
 * occupations (markup from lib/explore-svg, built once per content build) and a link to the
 * category page for all of them. details/summary, so no JavaScript.
 */
export function RankedList({ markup, layerName, categories, total }: { markup: string; layerName: string; categories: number; total: number }) {
  return (
    <div className={`${styles.ranked} ${styles.narrow}`} role="group" aria-label={`The largest occupations of ${categories} categories by 2024 employment; colour: ${layerName}`} data-testid="ranked-list">
      <p className={styles.figureNote}>
        Each category’s bar splits its jobs by the colour layer ({layerName}). Open a category for its {RANKED_LIST_SHOWN} largest
        occupations by jobs, each bar as long as its jobs relative to the category’s largest; its category page lists all of them
        ({formatInteger(total)} occupations in all), sortable.
      </p>
      <div dangerouslySetInnerHTML={{ __html: markup }} />
    </div>
  );
}
