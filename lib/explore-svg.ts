/**
 * The explorer's charts (and the treemap's phone form, a ranked list) as markup strings. Pure. About 800 links per chart: built as
 * strings (and cached per data version) rather than as ~10,000 React elements, which keeps the
 * server render in milliseconds. Each chart is its own SVG document (chartDocument, served by
 * app/explore/charts/[chart] and framed by /explore), so its markup is neither in the page's HTML
 * nor repeated in the page's RSC payload; it carries its own stylesheet (CHART_STYLE), since the
 * page's CSS does not reach into a frame. Links open in the page (`target="_top"`). The ranked
 * list is page HTML styled by components/explore/Explorer.module.css. Colours are classes
 * (p0–p4 / s0–s7 / n).
 */
import {
  fitLabel,
  layerComposition,
  formatChangeText,
  HIGH_PRESSURE_SCORE,
  layerValue,
  type ExplorerCategory,
  type ExplorerLayer,
  type CategoryRanking,
  type ExplorerOccupation,
  type ScatterLayout,
  type TreemapLayout,
} from "@/lib/explore";
import { formatCompact, formatInteger } from "@/lib/format";
import { allBands, verdictBand } from "@/lib/scoring";
import { occupationPath } from "@/lib/soc";

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

export const TREEMAP_CELL_FONT = 10.5;
export const TREEMAP_GROUP_FONT = 11.5;

const jobsText = (employment: number | null) => (employment === null ? "employment not published" : `${formatCompact(employment)} jobs`);

/** Inner markup of the treemap <svg>: category boxes with linked labels, then one link per occupation. */
export function treemapMarkup(layout: TreemapLayout<ExplorerOccupation>, layer: ExplorerLayer): string {
  const parts: string[] = [];
  for (const group of layout.groups) {
    parts.push(`<rect class="g" x="${group.x}" y="${group.y}" width="${group.width}" height="${group.height}"/>`);
    const label = fitLabel(group.category.title, group.width - 6, TREEMAP_GROUP_FONT, 0.62);
    if (label) {
      parts.push(
        `<a class="gl" href="${escapeXml(categoryPath(group.category))}" target="_top"><title>${escapeXml(`${group.category.title}: ${jobsText(group.jobs)}`)}</title>` +
          `<text x="${round1(group.x + 3)}" y="${round1(group.y + TREEMAP_GROUP_FONT + 1)}">${escapeXml(label)}</text></a>`,
      );
    }
  }
  for (const cell of layout.cells) {
    const occupation = cell.occupation;
    const value = layerValue(layer, occupation);
    const score = layer === "score" ? "" : occupation.score === null ? ", no score" : `, score ${occupation.score}`;
    const title = `${occupation.title} (${occupation.soc}): ${value.text}${score}; ${jobsText(occupation.employment)}`;
    const label = cell.width >= 56 && cell.height >= 20 ? fitLabel(occupation.title, cell.width - 6, TREEMAP_CELL_FONT) : "";
    parts.push(
      `<a href="${escapeXml(occupationPath(occupation.slug))}" target="_top"><title>${escapeXml(title)}</title>` +
        `<rect class="${value.token}" x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}"/>` +
        (label ? `<text x="${round1(cell.x + 3)}" y="${round1(cell.y + TREEMAP_CELL_FONT + 2)}" aria-hidden="true">${escapeXml(label)}</text>` : "") +
        `</a>`,
    );
  }
  return parts.join("");
}

/**
 * Inner markup of the scatter <svg>: grid, ticks, reference lines and axis titles, then one
 * link per occupation. `xLabelEvery` labels every n-th vertical grid line only (the narrow
 * phone chart keeps the grid but not labels that would collide).
 */
export function scatterMarkup(layout: ScatterLayout<ExplorerOccupation>, { xLabelEvery = 1 }: { xLabelEvery?: number } = {}): string {
  const { plot } = layout;
  const right = round1(plot.x + plot.width);
  const bottom = round1(plot.y + plot.height);
  const parts: string[] = ['<g class="axes" aria-hidden="true">'];
  for (const tick of layout.yTicks) {
    parts.push(`<line x1="${plot.x}" x2="${right}" y1="${tick.y}" y2="${tick.y}"/>`);
    parts.push(`<text class="tick" x="${plot.x - 6}" y="${round1(tick.y + 4)}" text-anchor="end">${tick.value}</text>`);
  }
  const xStep = (layout.xTicks[1]?.value ?? 0) - (layout.xTicks[0]?.value ?? 0);
  for (const tick of layout.xTicks) {
    parts.push(`<line x1="${tick.x}" x2="${tick.x}" y1="${plot.y}" y2="${bottom}"/>`);
    if (xStep > 0 && Math.round(tick.value / xStep) % xLabelEvery !== 0) continue;
    const label = tick.value > 0 ? `+${tick.value}%` : tick.value < 0 ? `−${Math.abs(tick.value)}%` : "0%";
    parts.push(`<text class="tick" x="${tick.x}" y="${round1(bottom + 16)}" text-anchor="middle">${label}</text>`);
  }
  const zero = layout.xTicks.find((tick) => tick.value === 0);
  if (zero) parts.push(`<line class="ref" x1="${zero.x}" x2="${zero.x}" y1="${plot.y}" y2="${bottom}"/>`);
  const high = layout.yTicks.find((tick) => tick.value === HIGH_PRESSURE_SCORE);
  if (high) {
    parts.push(`<line class="ref" x1="${plot.x}" x2="${right}" y1="${high.y}" y2="${high.y}"/>`);
    parts.push(`<text class="note" x="${round1(right - 4)}" y="${round1(high.y - 5)}" text-anchor="end">high pressure (${HIGH_PRESSURE_SCORE}+)</text>`);
  }
  parts.push(`<text class="note" x="${round1(plot.x + 4)}" y="${round1(plot.y + 12)}">shrinking, exposed</text>`);
  parts.push(`<text class="note" x="${round1(right - 4)}" y="${round1(bottom - 6)}" text-anchor="end">growing, sheltered</text>`);
  const midX = round1(plot.x + plot.width / 2);
  const midY = round1(plot.y + plot.height / 2);
  parts.push(`<text class="axis" x="${midX}" y="${layout.height - 6}" text-anchor="middle">Projected change in employment 2024–34</text>`);
  parts.push(`<text class="axis" x="14" y="${midY}" text-anchor="middle" transform="rotate(-90 14 ${midY})">AI pressure score</text>`);
  parts.push("</g><g>");
  const bands = allBands();
  for (const point of layout.points) {
    const occupation = point.occupation;
    const score = occupation.score ?? 0;
    const band = verdictBand(score);
    const token = `p${bands.findIndex((b) => b.id === band.id)}`;
    const title = `${occupation.title} (${occupation.soc}): score ${score} (${band.label.toLowerCase()}), ${formatChangeText(occupation.changePct)} projected 2024–34; ${jobsText(occupation.employment)}`;
    parts.push(
      `<a href="${escapeXml(occupationPath(occupation.slug))}" target="_top"><title>${escapeXml(title)}</title>` +
        `<circle class="${token}" cx="${point.cx}" cy="${point.cy}" r="${point.r}"/></a>`,
    );
  }
  parts.push("</g>");
  return parts.join("");
}

/** How many occupations each category of the ranked list shows; its category page lists all of them. */
export const RANKED_LIST_SHOWN = 10;

/**
 * The treemap's phone form: one collapsible list per category (largest first), its summary a
 * bar of the category's jobs split by the colour layer, then its `shown` largest occupations by
 * jobs, each bar as long as its share of the category's largest occupation and coloured by the
 * layer, then a link to the category page, which lists every occupation (sortable). Plain HTML
 * (details/summary), so it opens without JavaScript. Bars are CSS (a gradient, or a width
 * custom property and a colour class on the link) and decorative: the values are in the text.
 */
export function rankedListMarkup(
  rankings: readonly CategoryRanking<ExplorerOccupation>[],
  layer: ExplorerLayer,
  { shown = RANKED_LIST_SHOWN }: { shown?: number } = {},
): string {
  const parts: string[] = [];
  for (const ranking of rankings) {
    const total = ranking.jobs > 0 ? ranking.jobs : 1;
    let x = 0;
    const stops = layerComposition(layer, ranking.occupations).map((segment) => {
      const end = x + (segment.jobs / total) * 100;
      const stop = `${segment.color} ${round1(x)}% ${round1(end)}%`;
      x = end;
      return stop;
    });
    const count = ranking.occupations.length;
    const title = escapeXml(ranking.category.title);
    parts.push(
      `<details class="cat"><summary><span class="ct">${title}</span><span class="visually-hidden">: </span>` +
        `<span class="cn">${formatCompact(ranking.jobs)} jobs · ${formatInteger(count)} occupation${count === 1 ? "" : "s"}</span>` +
        `<span class="stack" style="background:linear-gradient(90deg,${stops.join(",")})"></span></summary><ol>`,
    );
    const largest = ranking.occupations[0]?.employment ?? 1;
    for (const occupation of ranking.occupations.slice(0, shown)) {
      const value = layerValue(layer, occupation);
      const score = layer === "score" ? "" : occupation.score === null ? ", no score" : `, score ${occupation.score}`;
      const width = Math.max(0.5, ((occupation.employment ?? 0) / largest) * 100);
      parts.push(
        `<li><a class="${value.token}" style="--w:${round1(width)}%" href="${escapeXml(occupationPath(occupation.slug))}">${escapeXml(occupation.title)}` +
          `<span class="ov"><span class="visually-hidden">: </span>${escapeXml(`${value.text}${score}; ${jobsText(occupation.employment)}`)}</span></a></li>`,
      );
    }
    parts.push(`</ol><a class="all" href="${escapeXml(categoryPath(ranking.category))}">All ${formatInteger(count)} occupation${count === 1 ? "" : "s"} in ${title}</a></details>`);
  }
  return parts.join("");
}

/**
 * The colours a chart document needs, light and dark. They are the site's (app/globals.css) and
 * the explorer's sequential palette (components/explore/Explorer.module.css), repeated here
 * because a framed document does not inherit the page's CSS; tests/unit/explore.test.ts reads
 * both files and fails when a value here differs.
 */
export const CHART_PALETTE: Record<"light" | "dark", Record<string, string>> = {
  light: {
    "--bg": "#ffffff",
    "--bg-subtle": "#f5f6f8",
    "--fg": "#15181d",
    "--fg-muted": "#545b66",
    "--border": "#d9dde3",
    "--accent": "#1f5fbf",
    "--focus": "#1f5fbf",
    "--p0": "#2f7d4f",
    "--p1": "#7a9a3a",
    "--p2": "#c79a1e",
    "--p3": "#d0661f",
    "--p4": "#b3261e",
    "--seq-0": "#e4eef9",
    "--seq-1": "#c6dbf0",
    "--seq-2": "#9fc3e4",
    "--seq-3": "#74a6d5",
    "--seq-4": "#4f88c3",
    "--seq-5": "#336aab",
    "--seq-6": "#1f4f8f",
    "--seq-7": "#10356b",
    "--seq-none": "#b9b9b9",
  },
  dark: {
    "--bg": "#101318",
    "--bg-subtle": "#171b22",
    "--fg": "#e8ebf0",
    "--fg-muted": "#a3abb8",
    "--border": "#2e3541",
    "--accent": "#7fb0ff",
    "--focus": "#9cc2ff",
    "--p0": "#5fbf86",
    "--p1": "#a9c45f",
    "--p2": "#e3bb4a",
    "--p3": "#f08a4b",
    "--p4": "#ff7a70",
    "--seq-0": "#243650",
    "--seq-1": "#2b4a70",
    "--seq-2": "#335e8f",
    "--seq-3": "#3f74ab",
    "--seq-4": "#558bc2",
    "--seq-5": "#74a4d4",
    "--seq-6": "#9cc0e3",
    "--seq-7": "#cbe0f4",
    "--seq-none": "#5a5f68",
  },
};

const declarations = (palette: Record<string, string>) => Object.entries(palette).map(([name, value]) => `${name}:${value}`).join(";");

/**
 * The stylesheet inside every chart document: palette (light, and dark by the reader's
 * preference: a frame's prefers-color-scheme follows the page's `color-scheme: light dark`),
 * colour classes, then the treemap's and the scatter's own rules.
 */
export const CHART_STYLE = [
  `:root{color-scheme:light dark;${declarations(CHART_PALETTE.light)};font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}`,
  `@media (prefers-color-scheme:dark){:root{${declarations(CHART_PALETTE.dark)}}}`,
  ...[0, 1, 2, 3, 4].map((band) => `.p${band}{fill:var(--p${band})}`),
  ...[0, 1, 2, 3, 4, 5, 6, 7].map((step) => `.s${step}{fill:var(--seq-${step})}`),
  ".n{fill:var(--seq-none)}",
  "a:focus{outline:none}",
  // Treemap: category boxes and linked labels, then one rectangle per occupation.
  ".g{fill:var(--bg-subtle);stroke:var(--border);stroke-width:1}",
  "a rect{stroke:var(--bg);stroke-width:.5}",
  "a:hover rect,a:focus rect{stroke:var(--fg);stroke-width:2}",
  "a:focus-visible rect{stroke:var(--focus);stroke-width:3}",
  `a text{font-size:${TREEMAP_CELL_FONT}px;fill:var(--fg);stroke:var(--bg);stroke-width:2.5px;stroke-opacity:.85;stroke-linejoin:round;paint-order:stroke;pointer-events:none}`,
  `.gl text{font-size:${TREEMAP_GROUP_FONT}px;font-weight:700;stroke:none;pointer-events:auto}`,
  ".gl:hover text,.gl:focus text{text-decoration:underline}",
  ".gl:focus-visible text{fill:var(--accent)}",
  // Scatter: grid, ticks and notes, then one circle per occupation.
  ".axes line{stroke:var(--border);stroke-width:1}",
  ".axes .ref{stroke:var(--fg-muted);stroke-dasharray:4 3}",
  ".tick{font-size:12px;fill:var(--fg-muted);font-variant-numeric:tabular-nums}",
  ".axis{font-size:13px;fill:var(--fg);font-weight:600}",
  ".note{font-size:11.5px;fill:var(--fg-muted);font-style:italic}",
  "a circle{fill-opacity:.72;stroke:var(--fg);stroke-opacity:.35;stroke-width:.75}",
  "a:hover circle,a:focus circle{fill-opacity:1;stroke-opacity:1;stroke-width:2}",
  "a:focus-visible circle{stroke:var(--focus);stroke-width:3;stroke-opacity:1}",
].join("");

/**
 * A chart as a standalone SVG document (image/svg+xml): the viewBox scales it to its frame
 * (the page gives the frame the same aspect ratio), `label` names the group of links for
 * screen readers, `inner` is treemapMarkup or scatterMarkup.
 */
export function chartDocument({ width, height, label, inner }: { width: number; height: number; label: string; inner: string }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" lang="en" viewBox="0 0 ${width} ${height}" role="group" aria-label="${escapeXml(label)}">` +
    `<style>${CHART_STYLE}</style>${inner}</svg>`
  );
}

/** What the treemap shows, for its frame's title and its document's label. */
export function treemapLabel(count: number, layerName: string): string {
  return `Treemap of ${formatInteger(count)} occupations grouped by category; area is 2024 employment, colour is ${layerName.toLowerCase()}. Each rectangle links to its occupation.`;
}

/** What the scatter shows, for its frame's title and its document's label. */
export function scatterLabel(count: number, xDomain: readonly [number, number]): string {
  return `Scatter plot of ${formatInteger(count)} occupations: AI pressure score (vertical, 0–100) against projected employment change 2024–34 (horizontal, −${Math.abs(xDomain[0])}% to +${xDomain[1]}%); point area is 2024 employment. Each point links to its occupation.`;
}

function categoryPath(category: ExplorerCategory): string {
  return `/categories/${category.slug}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
