import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import {
  binIndex,
  DIGITAL_BINS,
  economySummary,
  educationIndex,
  fitLabel,
  layerComposition,
  layerScale,
  layerValue,
  layoutScatter,
  layoutTreemap,
  legendCounts,
  NO_DATA_COLOR,
  OUTLOOK_BINS,
  PAY_BANDS,
  parseExplorerSearch,
  rankCategories,
  sequentialColor,
  summarySentence,
  topByEmployment,
  type ExplorerOccupation,
} from "@/lib/explore";
import { CHART_PALETTE, CHART_STYLE, chartDocument, escapeXml, rankedListMarkup, scatterMarkup, treemapMarkup } from "@/lib/explore-svg";
import { pressureColor } from "@/lib/pressure-scale";

function occupation(soc: string, fields: Partial<ExplorerOccupation> = {}): ExplorerOccupation {
  return {
    soc,
    title: `Occupation ${soc}`,
    slug: `${soc}-occupation`,
    categoryCode: soc.slice(0, 2),
    score: 50,
    employment: 100,
    changePct: 0,
    epMedianWage: 50_000,
    epMedianWageTopCoded: false,
    entryEducation: "High school diploma or equivalent",
    digitalExposure: 5,
    ...fields,
  };
}

/**
 * Hand-made economy. Counted (score and employment): A, B, C, D = 1,000 jobs.
 * Weighted mean = (70·100 + 40·300 + 60·100 + 20·500) / 1000 = 35,000 / 1000 = 35.
 * High pressure (≥ 60): A and C = 200 jobs = 20%; wage bill = 100·30,000 + 100·239,200 = 26,920,000.
 * Total wage bill (published wages) = 3,000,000 + 300·60,000 + 23,920,000 = 44,920,000.
 */
const ECONOMY: ExplorerOccupation[] = [
  occupation("11-0001", { score: 70, employment: 100, epMedianWage: 30_000, entryEducation: "High school diploma or equivalent" }),
  occupation("13-0002", { score: 40, employment: 300, epMedianWage: 60_000, entryEducation: "Bachelor's degree" }),
  occupation("29-0003", {
    score: 60,
    employment: 100,
    epMedianWage: 239_200,
    epMedianWageTopCoded: true,
    entryEducation: "Doctoral or professional degree",
  }),
  occupation("47-0004", { score: 20, employment: 500, epMedianWage: null, entryEducation: "No formal educational credential" }),
  occupation("47-0005", { score: null, employment: 50 }),
  occupation("47-0006", { score: 80, employment: null }),
];

describe("explorer query string", () => {
  it("defaults to the score layer and accepts only the allowlist", () => {
    expect(parseExplorerSearch({})).toEqual({ layer: "score" });
    expect(parseExplorerSearch({ layer: "pay" })).toEqual({ layer: "pay" });
    expect(parseExplorerSearch({ layer: "digital" })).toEqual({ layer: "digital" });
    expect(parseExplorerSearch({ layer: "PAY" })).toEqual({ layer: "score" });
    expect(parseExplorerSearch({ layer: "<script>" })).toEqual({ layer: "score" });
    expect(parseExplorerSearch({ layer: "" })).toEqual({ layer: "score" });
  });

  it("takes the first of repeated values", () => {
    expect(parseExplorerSearch({ layer: ["education", "pay"] })).toEqual({ layer: "education" });
    expect(parseExplorerSearch({ layer: [] })).toEqual({ layer: "score" });
  });
});

describe("bins", () => {
  it("puts pay on the fixed bands, lower bound inclusive", () => {
    expect(binIndex(PAY_BANDS, 34_999)).toBe(0);
    expect(binIndex(PAY_BANDS, 35_000)).toBe(1);
    expect(binIndex(PAY_BANDS, 74_999)).toBe(2);
    expect(binIndex(PAY_BANDS, 100_000)).toBe(4);
    expect(binIndex(PAY_BANDS, 239_200)).toBe(4);
    expect(binIndex(PAY_BANDS, null)).toBeNull();
    expect(binIndex(PAY_BANDS, Number.NaN)).toBeNull();
  });

  it("bins outlook and digital exposure", () => {
    expect(binIndex(OUTLOOK_BINS, -38.6)).toBe(0);
    expect(binIndex(OUTLOOK_BINS, -10)).toBe(1);
    expect(binIndex(OUTLOOK_BINS, -0.1)).toBe(1);
    expect(binIndex(OUTLOOK_BINS, 0)).toBe(2);
    expect(binIndex(OUTLOOK_BINS, 9.9)).toBe(3);
    expect(binIndex(OUTLOOK_BINS, 44.9)).toBe(4);
    expect(binIndex(DIGITAL_BINS, 1)).toBe(0);
    expect(binIndex(DIGITAL_BINS, 3)).toBe(1);
    expect(binIndex(DIGITAL_BINS, 8)).toBe(3);
    expect(binIndex(DIGITAL_BINS, 10)).toBe(4);
  });

  it("orders entry education from no credential to doctoral", () => {
    expect(educationIndex("No formal educational credential")).toBe(0);
    expect(educationIndex("Postsecondary nondegree award")).toBe(3);
    expect(educationIndex("Doctoral or professional degree")).toBe(7);
    expect(educationIndex("Apprenticeship")).toBeNull();
    expect(educationIndex(null)).toBeNull();
  });
});

describe("colour layers", () => {
  it("colours the score layer with the pressure scale and other layers with the sequential palette", () => {
    const row = occupation("11-0001", { score: 72, epMedianWage: 120_000, digitalExposure: null });
    expect(layerValue("score", row)).toEqual({ bin: 3, color: pressureColor(72), token: "p3", text: "score 72 (high)" });
    expect(pressureColor(72)).toBe("var(--p3)");
    expect(layerValue("pay", row)).toEqual({ bin: 4, color: "var(--seq-7)", token: "s7", text: "median pay $120,000" });
    expect(layerValue("outlook", occupation("x", { changePct: 3 }))).toMatchObject({ bin: 2, token: "s4" });
    expect(layerValue("education", occupation("x", { entryEducation: "Master's degree" }))).toMatchObject({ bin: 6, token: "s6" });
    expect(layerValue("digital", row)).toEqual({ bin: null, color: NO_DATA_COLOR, token: "n", text: "digital exposure not published" });
    expect(layerValue("outlook", occupation("x", { changePct: -12.5 })).text).toBe("−12.5% projected 2024–34");
    expect(layerValue("pay", occupation("x", { epMedianWage: 239_200, epMedianWageTopCoded: true })).text).toBe("median pay ≥ $239,200");
  });

  it("spreads n steps over the 8-step palette, ends included", () => {
    expect([0, 1, 2, 3, 4].map((index) => sequentialColor(index, 5))).toEqual([
      "var(--seq-0)",
      "var(--seq-2)",
      "var(--seq-4)",
      "var(--seq-5)",
      "var(--seq-7)",
    ]);
    expect(sequentialColor(7, 8)).toBe("var(--seq-7)");
  });

  it("prints a legend entry per bin and counts occupations and jobs in each", () => {
    expect(layerScale("score").entries.map((entry) => entry.label)).toEqual([
      "0–19 Low",
      "20–39 Moderate",
      "40–59 Clear pressure",
      "60–79 High",
      "80–100 Very high",
    ]);
    expect(layerScale("education").entries).toHaveLength(8);
    const counts = legendCounts("pay", ECONOMY);
    // A 30k → band 0; B 60k → band 2; C 239,200 → band 4; D null → no data; E and F at the fixture's default 50k → band 2.
    expect(counts.entries.map((entry) => entry.occupations)).toEqual([1, 0, 3, 0, 1]);
    expect(counts.entries[2]?.jobs).toBe(300 + 50);
    expect(counts.noData).toEqual({ occupations: 1, jobs: 500 });
  });
});

describe("economy summary", () => {
  const summary = economySummary(ECONOMY);

  it("weights the mean score by employment and leaves out rows without score or employment", () => {
    expect(summary.occupations).toBe(6);
    expect(summary.counted).toBe(4);
    expect(summary.excluded).toBe(2);
    expect(summary.totalJobs).toBe(1000);
    expect(summary.weightedMeanScore).toBe(35);
  });

  it("counts jobs and the wage bill of occupations scoring 60 or more (60 included)", () => {
    expect(summary.high.occupations).toBe(2);
    expect(summary.high.jobs).toBe(200);
    expect(summary.high.jobShare).toBe(0.2);
    expect(summary.high.wageBill).toBe(26_920_000);
    expect(summary.totalWageBill).toBe(44_920_000);
    expect(summary.high.wageBillShare).toBeCloseTo(26_920_000 / 44_920_000, 12);
    expect(summary.high.topCodedOccupations).toBe(1);
    expect(summary.topCodedOccupations).toBe(1);
    expect(summary.missingWageOccupations).toBe(1);
    expect(summary.high.missingWageOccupations).toBe(0);
  });

  it("reports the wage-less high-pressure jobs it leaves out of the wage bill", () => {
    const withMissing = economySummary([...ECONOMY, occupation("43-0007", { score: 65, employment: 400, epMedianWage: null })]);
    expect(withMissing.high.jobs).toBe(600);
    expect(withMissing.high.wageBill).toBe(26_920_000);
    expect(withMissing.high.missingWageOccupations).toBe(1);
    expect(withMissing.high.missingWageJobs).toBe(400);
  });

  it("means by pay band and by entry education, employment-weighted", () => {
    expect(summary.byPay.map((group) => [group.id, group.jobs, group.meanScore])).toEqual([
      ["lt35", 100, 70],
      ["35-50", 0, null],
      ["50-75", 300, 40],
      ["75-100", 0, null],
      ["ge100", 100, 60],
    ]);
    expect(summary.payUnknown).toMatchObject({ occupations: 1, jobs: 500, meanScore: 20 });
    const education = Object.fromEntries(summary.byEducation.map((group) => [group.id, group.meanScore]));
    expect(education).toMatchObject({
      "No formal educational credential": 20,
      "High school diploma or equivalent": 70,
      "Bachelor's degree": 40,
      "Doctoral or professional degree": 60,
      "Master's degree": null,
    });
  });

  it("mixes two occupations of one band by their jobs, not as a plain mean", () => {
    const mixed = economySummary([
      occupation("a", { score: 10, employment: 900, epMedianWage: 20_000 }),
      occupation("b", { score: 90, employment: 100, epMedianWage: 20_000 }),
    ]);
    expect(mixed.byPay[0]?.meanScore).toBe(18);
    expect(mixed.weightedMeanScore).toBe(18);
  });

  it("writes the sentence from the numbers", () => {
    const sentence = summarySentence(summary);
    expect(sentence).toContain("scores 35.0 out of 100");
    expect(sentence).toContain("20% of jobs are in occupations scoring 60 or more");
    // Lowest pay band 70, highest 60: pressure falls as pay rises.
    expect(sentence).toContain("Pressure falls as pay rises: jobs paying under $35k average 70.0, jobs paying $100k and over 60.0");
    expect(sentence).toContain("from 20.0 (no formal educational credential) to 70.0 (high school diploma or equivalent)");
  });

  it("handles an empty economy without dividing by zero", () => {
    const empty = economySummary([]);
    expect(empty.weightedMeanScore).toBeNull();
    expect(empty.high.jobShare).toBeNull();
    expect(empty.high.wageBillShare).toBeNull();
    expect(summarySentence(empty)).toMatch(/not enough/);
  });
});

describe("treemap layout", () => {
  const categories = [
    { code: "11", title: "Management", slug: "11-management" },
    { code: "13", title: "Business", slug: "13-business" },
  ];
  const rows = [
    occupation("11-0001", { employment: 100 }),
    occupation("11-0002", { employment: 300 }),
    occupation("13-0001", { employment: 600 }),
    occupation("13-0002", { employment: null }),
    occupation("13-0003", { employment: 0 }),
  ];

  it("gives each occupation an area proportional to its employment and lists the ones without any", () => {
    const layout = layoutTreemap(categories, rows, { width: 100, height: 50, groupLabelHeight: 0, padding: 0 });
    expect(layout.cells).toHaveLength(3);
    const area = (soc: string) => {
      const cell = layout.cells.find((c) => c.occupation.soc === soc);
      return cell === undefined ? 0 : cell.width * cell.height;
    };
    expect(area("13-0001")).toBeCloseTo(5000 * 0.6, -1);
    expect(area("11-0002")).toBeCloseTo(5000 * 0.3, -1);
    expect(area("11-0001")).toBeCloseTo(5000 * 0.1, -1);
    expect(layout.withoutEmployment.map((row) => row.soc)).toEqual(["13-0002", "13-0003"]);
  });

  it("orders categories largest first, reserves the label strip and keeps cells inside their group", () => {
    const layout = layoutTreemap(categories, rows, { width: 100, height: 50, groupLabelHeight: 10, padding: 1 });
    expect(layout.groups.map((group) => [group.category.code, group.jobs])).toEqual([
      ["13", 600],
      ["11", 400],
    ]);
    for (const cell of layout.cells) {
      const group = layout.groups.find((g) => g.category.code === cell.occupation.categoryCode);
      expect(group).toBeDefined();
      if (group === undefined) continue;
      expect(cell.y).toBeGreaterThanOrEqual(group.y + 10 - 0.05);
      expect(cell.x).toBeGreaterThanOrEqual(group.x - 0.05);
      expect(cell.x + cell.width).toBeLessThanOrEqual(group.x + group.width + 0.1);
      expect(cell.y + cell.height).toBeLessThanOrEqual(group.y + group.height + 0.1);
    }
  });

  it("fits labels by width", () => {
    expect(fitLabel("Nurses", 100, 10)).toBe("Nurses");
    expect(fitLabel("Industrial Production Managers", 55, 10)).toBe("Industria…");
    expect(fitLabel("Industrial Production Managers", 15, 10)).toBe("");
  });
});

describe("scatter layout", () => {
  const options = { width: 200, height: 120, margin: { top: 10, right: 10, bottom: 10, left: 10 }, maxRadius: 10, minRadius: 1 };
  const rows = [
    occupation("a", { score: 100, changePct: -15, employment: 400 }),
    occupation("b", { score: 0, changePct: 25, employment: 100 }),
    occupation("c", { score: 50, changePct: 0, employment: 1 }),
    occupation("d", { score: null, changePct: 5 }),
    occupation("e", { score: 40, changePct: null }),
  ];
  const layout = layoutScatter(rows, options);

  it("rounds the x domain out to tens around zero and maps values into the plot", () => {
    expect(layout.xDomain).toEqual([-20, 30]);
    expect(layout.plot).toEqual({ x: 10, y: 10, width: 180, height: 100 });
    const point = (soc: string) => layout.points.find((p) => p.occupation.soc === soc);
    // x: 10 + (change + 20) / 50 × 180; y: 10 + 100 − score.
    expect(point("a")).toMatchObject({ cx: 28, cy: 10, r: 10 });
    expect(point("b")).toMatchObject({ cx: 172, cy: 110, r: 5 });
    expect(point("c")).toMatchObject({ cx: 82, cy: 60, r: 1 });
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([-20, -10, 0, 10, 20, 30]);
  });

  it("draws the largest first and lists what it cannot place", () => {
    expect(layout.points.map((p) => p.occupation.soc)).toEqual(["a", "b", "c"]);
    expect(layout.omitted.map((row) => row.soc)).toEqual(["d", "e"]);
  });
});

describe("top by employment", () => {
  it("takes the largest, ties by title, skipping rows without employment", () => {
    const rows = [
      occupation("1", { title: "B", employment: 10 }),
      occupation("2", { title: "A", employment: 10 }),
      occupation("3", { title: "C", employment: 30 }),
      occupation("4", { title: "D", employment: null }),
    ];
    expect(topByEmployment(rows, 3).map((row) => row.title)).toEqual(["C", "A", "B"]);
    expect(topByEmployment(rows, 1).map((row) => row.title)).toEqual(["C"]);
  });
});

describe("chart markup", () => {
  const categories = [{ code: "11", title: "Management & <Admin>", slug: "11-management" }];
  const rows = [
    occupation("11-0001", { title: 'Chief "Fun" Officers & <Co>', slug: "11-0001-chief-fun-officers", score: 85, employment: 900 }),
    occupation("11-0002", { score: 10, employment: 100, digitalExposure: null }),
  ];
  const treemap = layoutTreemap(categories, rows, { width: 400, height: 300, groupLabelHeight: 16, padding: 1 });

  it("links every occupation once, escapes text and names each link by its title", () => {
    const markup = treemapMarkup(treemap, "score");
    expect(markup.match(/<a href="\/occupations\/[^"]+" target="_top">/g)).toHaveLength(2);
    expect(markup).toContain('href="/occupations/11-0001-chief-fun-officers"');
    expect(markup).toContain("<title>Chief &quot;Fun&quot; Officers &amp; &lt;Co&gt; (11-0001): score 85 (very high); 900 jobs</title>");
    expect(markup).toContain('<a class="gl" href="/categories/11-management" target="_top"><title>Management &amp; &lt;Admin&gt;: 1K jobs</title>');
    expect(markup).not.toContain("<Co>");
    expect(markup).toContain('class="p4"');
    expect(markup).toContain('class="p0"');
  });

  it("uses the layer's colour class and says 'not published' in the tooltip", () => {
    const markup = treemapMarkup(treemap, "digital");
    expect(markup).toContain('class="n"');
    expect(markup).toContain("digital exposure not published, score 10");
  });

  it("draws the scatter's points as links with axis ticks", () => {
    const scatter = layoutScatter(rows, { width: 300, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 30 }, maxRadius: 10, minRadius: 2 });
    const markup = scatterMarkup(scatter);
    expect(markup.match(/<a href="\/occupations\/[^"]+" target="_top">/g)).toHaveLength(2);
    expect(markup).toContain("(11-0002): score 10 (low), 0.0% projected 2024–34; 100 jobs</title>");
    expect(markup).toContain(">+10%</text>");
    expect(markup).toContain("high pressure (60+)");
  });

  it("labels only every n-th x grid line when asked (the phone scatter) but keeps every line", () => {
    const wideRows = [occupation("a", { changePct: -35 }), occupation("b", { changePct: 45 })];
    const scatter = layoutScatter(wideRows, { width: 360, height: 400, margin: { top: 10, right: 10, bottom: 40, left: 40 }, maxRadius: 10, minRadius: 2 });
    expect(scatter.xTicks.map((tick) => tick.value)).toEqual([-40, -30, -20, -10, 0, 10, 20, 30, 40, 50]);
    const labels = (markup: string) => [...markup.matchAll(/<text class="tick"[^>]*text-anchor="middle">([^<]+)<\/text>/g)].map((match) => match[1]);
    expect(labels(scatterMarkup(scatter))).toHaveLength(10);
    const phone = scatterMarkup(scatter, { xLabelEvery: 2 });
    expect(labels(phone)).toEqual(["−40%", "−20%", "0%", "+20%", "+40%"]);
    expect(phone.match(/<line x1="[\d.]+" x2="[\d.]+" y1=/g)?.length).toBe(scatterMarkup(scatter).match(/<line x1="[\d.]+" x2="[\d.]+" y1=/g)?.length);
  });

  it("escapes all five XML specials", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f");
  });
});

describe("chart documents", () => {
  const css = (file: string) => fs.readFileSync(path.resolve(file), "utf8");
  /** `--name: #hex` declarations of the first block matching `selector {` (light) and of the same selector inside the dark media query. */
  function declared(source: string, selector: string): { light: Map<string, string>; dark: Map<string, string> } {
    const block = (text: string) => {
      const start = text.indexOf(`${selector} {`);
      return start === -1 ? "" : text.slice(start, text.indexOf("}", start));
    };
    const pairs = (text: string) => new Map([...text.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{3,8})/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]));
    const darkAt = source.indexOf("@media (prefers-color-scheme: dark)");
    return { light: pairs(block(source.slice(0, darkAt))), dark: pairs(block(source.slice(darkAt))) };
  }

  it("carries the same colours as the site and the explorer's CSS, light and dark", () => {
    const site = declared(css("app/globals.css"), ":root");
    const explorer = declared(css("components/explore/Explorer.module.css"), ".explorer");
    for (const scheme of ["light", "dark"] as const) {
      for (const [name, value] of Object.entries(CHART_PALETTE[scheme])) {
        const expected = site[scheme].get(name) ?? explorer[scheme].get(name);
        expect(value, `${scheme} ${name}`).toBe(expected);
      }
    }
  });

  it("is a standalone SVG with its own stylesheet and a label, links opening in the page", () => {
    const categories = [{ code: "11", title: "Management", slug: "11-management" }];
    const treemap = layoutTreemap(categories, [occupation("11-0001")], { width: 400, height: 300, groupLabelHeight: 16, padding: 1 });
    const doc = chartDocument({ width: 400, height: 300, label: 'Treemap & "all"', inner: treemapMarkup(treemap, "score") });
    expect(doc).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" lang="en" viewBox="0 0 400 300" role="group" aria-label="Treemap &amp; &quot;all&quot;"><style>/);
    expect(doc).toContain(`<style>${CHART_STYLE}</style>`);
    expect(CHART_STYLE).toContain("@media (prefers-color-scheme:dark)");
    for (const token of ["p0", "p4", "s0", "s7", "n"]) expect(CHART_STYLE).toContain(`.${token}{fill:`);
    const links = doc.match(/<a [^>]*>/g) ?? [];
    expect(links.length).toBe(2); // the category label and the occupation
    for (const tag of links) expect(tag).toContain('target="_top"');
    expect(doc.endsWith("</svg>")).toBe(true);
  });
});

describe("ranked list (the treemap below 600 px)", () => {
  const categories = [
    { code: "11", title: "Management & <Admin>", slug: "11-management" },
    { code: "13", title: "Business", slug: "13-business" },
  ];
  const rows = [
    occupation("11-0001", { title: "Small", employment: 100, score: 70 }),
    occupation("11-0002", { title: "Large", employment: 300, score: 20 }),
    occupation("13-0001", { title: "Biggest", employment: 600, score: null }),
    occupation("13-0002", { title: "No jobs", employment: null }),
  ];
  const treemap = layoutTreemap(categories, rows, { width: 100, height: 50, groupLabelHeight: 0, padding: 0 });

  it("ranks each category's occupations by jobs, categories in the treemap's order, leaving out those without jobs", () => {
    const rankings = rankCategories(treemap);
    expect(rankings.map((r) => [r.category.code, r.jobs, r.occupations.map((o) => o.title)])).toEqual([
      ["13", 600, ["Biggest"]],
      ["11", 400, ["Large", "Small"]],
    ]);
  });

  it("splits a category's jobs by the layer's bins, in legend order with no data last", () => {
    // Scores 20 (low, p0 or p1 by band) and 70 (p3/p4); "no score" is the n token, last.
    const management = layerComposition("score", [rows[0]!, rows[1]!]);
    expect(management.map((s) => s.jobs)).toEqual([300, 100]);
    expect(management.map((s) => s.token)).toEqual([layerValue("score", rows[1]!).token, layerValue("score", rows[0]!).token]);
    expect(layerComposition("score", [rows[2]!, rows[0]!])).toEqual([
      { token: layerValue("score", rows[0]!).token, color: layerValue("score", rows[0]!).color, jobs: 100 },
      { token: "n", color: NO_DATA_COLOR, jobs: 600 },
    ]);
  });

  it("prints one link per occupation with its value as text and bars relative to the category's largest", () => {
    const markup = rankedListMarkup(rankCategories(treemap), "score");
    expect(markup.match(/<details class="cat">/g)).toHaveLength(2);
    expect(markup.match(/<li><a class="(p\d|n)" style="--w:[\d.]+%" href="\/occupations\//g)).toHaveLength(3);
    expect(markup).not.toContain("<svg");
    expect(markup).toContain("Management &amp; &lt;Admin&gt;");
    expect(markup).toContain("400 jobs · 2 occupations");
    expect(markup).toContain("score 20 (");
    // Large is the category's largest (full bar), Small a third of it.
    expect(markup).toMatch(/<a class="p\d" style="--w:100%" href="\/occupations\/11-0002-occupation">Large</);
    expect(markup).toMatch(/<a class="p\d" style="--w:33.3%" href="\/occupations\/11-0001-occupation">Small</);
    // The summary bar: 300 of 400 jobs (75%) then 100 (25%) starting where the first ends.
    expect(markup).toMatch(/linear-gradient\(90deg,var\(--p\d\) 0% 75%,var\(--p\d\) 75% 100%\)/);
    expect(markup).toContain('<a class="all" href="/categories/11-management">All 2 occupations in Management &amp; &lt;Admin&gt;</a>');
    expect(markup).toContain('<a class="all" href="/categories/13-business">All 1 occupation in Business</a>');
    expect(markup).toContain("no score; 600 jobs");
    expect(markup).toContain("var(--seq-none) 0% 100%");
  });

  it("shows each category's largest occupations only, and links to the category page for all of them", () => {
    const markup = rankedListMarkup(rankCategories(treemap), "score", { shown: 1 });
    expect(markup.match(/<li>/g)).toHaveLength(2);
    expect(markup).toContain(">Large<");
    expect(markup).not.toContain(">Small<");
    // The summary still counts every occupation of the category.
    expect(markup).toContain("400 jobs · 2 occupations");
    expect(markup).toContain(">All 2 occupations in Management");
  });

  it("adds the score after another layer's value", () => {
    expect(rankedListMarkup(rankCategories(treemap), "pay")).toContain("median pay $50,000, score 70; 100 jobs");
  });
});

describe("measured-use layers and economy lines", () => {
  it("bins observed coverage with 0 as its own entry and the adoption gap by sign and size", () => {
    expect(layerValue("observed", occupation("x", { observedCoverage: 0 }))).toMatchObject({ bin: 0, text: "no task seen in Claude use" });
    expect(layerValue("observed", occupation("x", { observedCoverage: 4.25 }))).toMatchObject({ bin: 1, text: "4.3% of its task weight seen in Claude use" });
    expect(layerValue("observed", occupation("x", { observedCoverage: 25 }))).toMatchObject({ bin: 3 });
    expect(layerValue("observed", occupation("x", { observedCoverage: 80 }))).toMatchObject({ bin: 4, token: "s7" });
    expect(layerValue("observed", occupation("x", { observedCoverage: null }))).toMatchObject({ bin: null, token: "n", text: "no scored tasks" });
    expect(layerValue("gap", occupation("x", { adoptionGap: -30 }))).toMatchObject({ bin: 0, text: "adoption gap −30 percentile points" });
    expect(layerValue("gap", occupation("x", { adoptionGap: 0 }))).toMatchObject({ bin: 2 });
    expect(layerValue("gap", occupation("x", { adoptionGap: 55.4 }))).toMatchObject({ bin: 4, text: "adoption gap +55 percentile points" });
    expect(layerValue("gap", occupation("x"))).toMatchObject({ bin: null, text: "adoption gap not available" });
    expect(parseExplorerSearch({ layer: "observed" })).toEqual({ layer: "observed" });
    expect(parseExplorerSearch({ layer: "gap" })).toEqual({ layer: "gap" });
  });

  it("weights the seen share and the automation share by jobs, over the occupations that have them", () => {
    const summary = economySummary([
      occupation("11-0001", { employment: 300, observedCoverage: 50, automationShare: 0.8 }),
      occupation("11-0002", { employment: 100, observedCoverage: 10, automationShare: 0.4 }),
      occupation("11-0003", { employment: 600, observedCoverage: 0, automationShare: null }),
      occupation("11-0004", { employment: 500 }), // no measured use at all: left out of both
    ]);
    // (300 × 0.5 + 100 × 0.1 + 600 × 0) / 1000 = 0.16; automation (300 × 0.8 + 100 × 0.4) / 400 = 0.7
    expect(summary.observedUse.jobs).toBe(1000);
    expect(summary.observedUse.seenShare).toBeCloseTo(0.16, 10);
    expect(summary.observedUse.automationJobs).toBe(400);
    expect(summary.observedUse.automationShare).toBeCloseTo(0.7, 10);
    expect(economySummary([occupation("x")]).observedUse).toEqual({ seenShare: null, jobs: 0, automationShare: null, automationJobs: 0 });
  });
});
