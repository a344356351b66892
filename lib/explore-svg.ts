/**
 * The explorer's charts (and the treemap's phone form, a ranked list) as markup strings. Pure. About 800 links per chart: built as
 * strings (and cached per data version by the page) rather than as ~10,000 React elements,
 * which keeps the server render in milliseconds. Styling comes from the chart's CSS class
 * (components/explore/Explorer.module.css): colour classes p0–p4 / s0–s7 / n, no inline styles.
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
        `<a class="gl" href="${escapeXml(categoryPath(group.category))}"><title>${escapeXml(`${group.category.title}: ${jobsText(group.jobs)}`)}</title>` +
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
      `<a href="${escapeXml(occupationPath(occupation.slug))}"><title>${escapeXml(title)}</title>` +
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
      `<a href="${escapeXml(occupationPath(occupation.slug))}"><title>${escapeXml(title)}</title>` +
        `<circle class="${token}" cx="${point.cx}" cy="${point.cy}" r="${point.r}"/></a>`,
    );
  }
  parts.push("</g>");
  return parts.join("");
}

/**
 * The treemap's phone form: one collapsible list per category (largest first), its summary a
 * bar of the category's jobs split by the colour layer, then its occupations ranked by jobs,
 * each bar as long as its share of the category's largest occupation and coloured by the layer.
 * Plain HTML (details/summary), so it opens without JavaScript; bars are decorative, the
 * values are in the text.
 */
export function rankedListMarkup(rankings: readonly CategoryRanking<ExplorerOccupation>[], layer: ExplorerLayer): string {
  const parts: string[] = [];
  for (const ranking of rankings) {
    const total = ranking.jobs > 0 ? ranking.jobs : 1;
    let x = 0;
    const segments = layerComposition(layer, ranking.occupations).map((segment) => {
      const width = (segment.jobs / total) * 100;
      const rect = `<rect class="${segment.token}" x="${round1(x)}" width="${round1(width)}" height="1"/>`;
      x += width;
      return rect;
    });
    const count = ranking.occupations.length;
    parts.push(
      `<details class="cat"><summary><span class="ct">${escapeXml(ranking.category.title)}</span><span class="visually-hidden">: </span>` +
        `<span class="cn">${formatCompact(ranking.jobs)} jobs · ${formatInteger(count)} occupation${count === 1 ? "" : "s"}</span>` +
        `<svg class="stack" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">${segments.join("")}</svg></summary><ol>`,
    );
    const largest = ranking.occupations[0]?.employment ?? 1;
    for (const occupation of ranking.occupations) {
      const value = layerValue(layer, occupation);
      const score = layer === "score" ? "" : occupation.score === null ? ", no score" : `, score ${occupation.score}`;
      const width = Math.max(0.5, ((occupation.employment ?? 0) / largest) * 100);
      parts.push(
        `<li><a href="${escapeXml(occupationPath(occupation.slug))}"><span class="ot">${escapeXml(occupation.title)}</span><span class="visually-hidden">: </span>` +
          `<span class="ov">${escapeXml(`${value.text}${score}; ${jobsText(occupation.employment)}`)}</span>` +
          `<svg class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="${value.token}" width="${round1(width)}" height="1"/></svg></a></li>`,
      );
    }
    parts.push(`</ol><a class="all" href="${escapeXml(categoryPath(ranking.category))}">${escapeXml(ranking.category.title)}: the category page</a></details>`);
  }
  return parts.join("");
}

function categoryPath(category: ExplorerCategory): string {
  return `/categories/${category.slug}`;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
