import styles from "./Explorer.module.css";

/**
 * The treemap's form below 600 px: one collapsible ranked list per category (markup from
 * lib/explore-svg, built once per content build). details/summary, so no JavaScript.
 */
export function RankedList({ markup, layerName, categories }: { markup: string; layerName: string; categories: number }) {
  return (
    <div className={`${styles.ranked} ${styles.narrow}`} role="group" aria-label={`Occupations in ${categories} categories, ranked by 2024 employment; colour: ${layerName}`} data-testid="ranked-list">
      <p className={styles.figureNote}>
        Each category’s bar splits its jobs by the colour layer ({layerName}); open a category for its occupations, largest first,
        each bar as long as its jobs relative to the category’s largest.
      </p>
      <div dangerouslySetInnerHTML={{ __html: markup }} />
    </div>
  );
}
