import type { Metadata } from "next";
import Link from "next/link";

import { ChartFrame } from "@/components/explore/ChartFrame";
import { EconomySummary } from "@/components/explore/EconomySummary";
import styles from "@/components/explore/Explorer.module.css";
import { ExplorerTable, OmittedList } from "@/components/explore/ExplorerTable";
import { Legend, LayerSwitch } from "@/components/explore/LayerControls";
import { RankedList } from "@/components/explore/RankedList";
import { getExplorerModel } from "@/components/explore/explorer-data";
import { layerScale, parseExplorerSearch } from "@/lib/explore";
import { formatInteger } from "@/lib/format";
import type { PageSearchParams } from "@/lib/http/params";

export const metadata: Metadata = {
  title: "Explore the whole economy",
  description:
    "Every US occupation in one treemap sized by employment and coloured by AI pressure, outlook, pay, entry education, digital exposure, observed AI use or the adoption gap, with a score-versus-outlook scatter and economy-wide figures.",
  alternates: { canonical: "/explore" },
};

// The colour layer comes from the query string (`?layer=`), so the page renders per request
// (force-static would blank the query string). Data, layouts and SVG markup are computed once
// per content build (getExplorerModel), so a request only renders. The charts are framed
// documents (ChartFrame), cached apart from the page. No client JavaScript.
export default async function ExplorePage({ searchParams }: { searchParams: PageSearchParams }) {
  const { layer } = parseExplorerSearch(await searchParams);
  const model = getExplorerModel();
  const { rows, treemap, scatter, summary, charts } = model;
  const categoryByCode = new Map(model.categories.map((category) => [category.code, category]));
  const scale = layerScale(layer);

  return (
    <div className={styles.explorer}>
      <h1>Explore the whole economy</h1>
      <p className={styles.lede}>
        All {formatInteger(rows.length)} occupations at once. Each rectangle is an occupation, its area the number of jobs in 2024,
        grouped by <Link href="/categories">category</Link>; choose what the colour shows. Hover over a rectangle to see its values
        (screen readers announce them as the link name); select it for the full profile. On a narrow screen the treemap becomes a list
        per category of its largest occupations by jobs. The{" "}
        <a href="#explorer-table">table below</a> repeats the values as text.
      </p>

      <section id="treemap" aria-labelledby="treemap-title" className={styles.section}>
        <h2 id="treemap-title">Every occupation, sized by jobs</h2>
        <LayerSwitch current={layer} />
        <Legend scale={scale} counts={model.legend[layer]} />
        <a href="#after-treemap" className={`${styles.skipChart} ${styles.wide}`}>
          Skip the treemap’s {formatInteger(treemap.cells.length)} links
        </a>
        <ChartFrame
          chart="treemap"
          layer={layer}
          document={charts.treemap[layer]}
          form="wide"
          testId="treemap"
        />
        <RankedList markup={model.rankedListMarkup[layer]} layerName={scale.name} categories={treemap.groups.length} total={rows.length} />
        <div id="after-treemap">
          <OmittedList
            rows={treemap.withoutEmployment}
            reason="no 2024 employment figure, so no area"
            placed={`All ${formatInteger(rows.length)} occupations have a 2024 employment figure and appear in the treemap. Employment: BLS Employment Projections 2024–34.`}
          />
        </div>
      </section>

      <div className={styles.split}>
        <section id="scatter" aria-labelledby="scatter-title" className={styles.section}>
          <h2 id="scatter-title">Pressure against outlook</h2>
          <p className={styles.figureNote}>
            Each circle is an occupation: higher means more AI pressure, further right means faster projected job growth to 2034;
            circle area is 2024 employment (smallest occupations drawn at a minimum size). Colour repeats the score band.
          </p>
          <a href="#after-scatter" className={styles.skipChart}>
            Skip the scatter plot’s {formatInteger(scatter.points.length)} links
          </a>
          <ChartFrame chart="scatter" document={charts.scatter} form="wide" testId="scatter" />
          <ChartFrame
            chart="scatter-phone"
            document={charts["scatter-phone"]}
            form="phone"
            testId="scatter-phone"
          />
          <div id="after-scatter">
            <OmittedList
              rows={scatter.omitted}
              reason="no score, projection or employment figure"
              placed={`All ${formatInteger(scatter.points.length)} occupations are plotted.`}
            />
          </div>
        </section>
        <EconomySummary summary={summary} />
      </div>

      <section id="explorer-table" aria-labelledby="explorer-table-title" className={styles.section}>
        <h2 id="explorer-table-title">The numbers as a table</h2>
        <ExplorerTable rows={model.top} categories={categoryByCode} total={rows.length} />
        <p className={styles.figureNote}>
          Every occupation is also listed, sortable, on its <Link href="/categories">category page</Link>; the full data set is
          available from the <Link href="/api/occupations?format=csv" prefetch={false}>occupations API as CSV</Link>.
        </p>
      </section>
    </div>
  );
}
