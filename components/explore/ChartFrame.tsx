import { chartPath, type ExplorerChart, type ExplorerLayer } from "@/lib/explore";

import type { ChartDocument } from "./explorer-data";
import styles from "./Explorer.module.css";

/**
 * One chart framed from its own document (app/explore/charts/[chart]), so its ~800 links are
 * neither in the page's HTML nor repeated in the RSC payload, and a cached copy serves every
 * visit of the same content build. The frame keeps the drawing's aspect ratio (no layout shift);
 * `loading="lazy"` also means the form CSS hides at this width (wide or phone) is never fetched.
 * Links inside open in the page.
 */
export function ChartFrame({
  chart,
  layer,
  document,
  form,
  testId,
}: {
  chart: ExplorerChart;
  layer?: ExplorerLayer;
  document: ChartDocument;
  /** Which layout shows it: wide (600 px and over) or phone. */
  form: "wide" | "phone";
  testId: string;
}) {
  return (
    <div className={`${styles.chartScroll} ${form === "wide" ? styles.wide : styles.narrow}`}>
      <iframe
        src={chartPath(chart, { layer, version: document.version })}
        title={document.label}
        loading="lazy"
        className={`${styles.chart} ${chart === "treemap" ? styles.treemap : form === "phone" ? styles.scatterPhone : styles.scatter}`}
        style={{ aspectRatio: `${document.width} / ${document.height}` }}
        data-testid={testId}
      />
    </div>
  );
}
