import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { economyFigures, leastExposed, mostExposed } from "@/components/home/selection";
import {
  OCCUPATION_LIST_COLUMNS,
  occupationListCsv,
  occupationListFilename,
  toOccupationListItem,
  type OccupationListSource,
} from "@/lib/server/api/occupations";
import { csvField, toCsv } from "@/lib/csv";
import { searchParamsRecord } from "@/lib/http/params";
import { occupationListQuerySchema } from "@/lib/validations/occupations-api";

const row = (overrides: Partial<OccupationListSource> = {}): OccupationListSource => ({
  soc: "11-3051",
  title: "Industrial Production Managers",
  slug: "11-3051-industrial-production-managers",
  categoryCode: "11",
  score: 48,
  entryScore: 56,
  midScore: 48,
  seniorScore: 40,
  employment: 208_700,
  changePct: 2.4,
  epMedianWage: 116_970,
  epMedianWageTopCoded: false,
  entryEducation: "Bachelor's degree",
  digitalExposure: 6,
  taskCount: 31,
  ...overrides,
});

describe("CSV escaping", () => {
  it("leaves plain fields alone", () => {
    expect(csvField("Registered Nurses")).toBe("Registered Nurses");
    expect(csvField(42)).toBe("42");
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField(true)).toBe("true");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });

  it("quotes commas, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    expect(csvField("Cooks, Restaurant")).toBe('"Cooks, Restaurant"');
    expect(csvField('the "best" job')).toBe('"the ""best"" job"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("carriage\rreturn")).toBe('"carriage\rreturn"');
    expect(csvField(" padded")).toBe('" padded"');
  });

  it("defuses spreadsheet formulas in text but keeps negative numbers numeric", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe("-1");
  });

  it("writes CRLF records that a CSV parser reads back unchanged", () => {
    const rows = [
      ["a,b", 'say "hi"', "multi\nline", 1.5, null],
      ["plain", "ünïcödé — ok", "", -2, true],
    ];
    const text = toCsv(["one", "two", "three", "four", "five"], rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe("one,two,three,four,five");
    const parsed = parse(text, { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual([
      { one: "a,b", two: 'say "hi"', three: "multi\nline", four: "1.5", five: "" },
      { one: "plain", two: "ünïcödé — ok", three: "", four: "-2", five: "true" },
    ]);
  });
});

describe("occupation list shape", () => {
  it("maps a summary row to the public fields, in column order, with an absolute canonical URL", () => {
    const item = toOccupationListItem(row(), "Management", "http://localhost:3000", "2026.12-0123abcd");
    expect(Object.keys(item)).toEqual([...OCCUPATION_LIST_COLUMNS]);
    expect(item).toEqual({
      soc: "11-3051",
      title: "Industrial Production Managers",
      url: "http://localhost:3000/occupations/11-3051-industrial-production-managers",
      categoryCode: "11",
      category: "Management",
      score: 48,
      band: "Clear pressure",
      entryScore: 56,
      midScore: 48,
      seniorScore: 40,
      employment: 208_700,
      projectedChangePct: 2.4,
      medianWage: 116_970,
      medianWageTopCoded: false,
      entryEducation: "Bachelor's degree",
      digitalExposure: 6,
      taskCount: 31,
      releaseId: "2026.12-0123abcd",
    });
  });

  it("has no band without a score and never leaks internal columns", () => {
    const item = toOccupationListItem(row({ score: null }), "Management", "https://example.org/base/", "2026.12-0123abcd");
    expect(item.band).toBeNull();
    expect(item.url).toBe("https://example.org/occupations/11-3051-industrial-production-managers");
    expect(item).not.toHaveProperty("slug");
    expect(item).not.toHaveProperty("changePct");
  });

  it("writes the CSV with a header row and one record per occupation", () => {
    const items = [
      toOccupationListItem(row(), "Management", "http://x.test", "2026.12-0123abcd"),
      toOccupationListItem(row({ soc: "35-2014", title: "Cooks, Restaurant", slug: "35-2014-cooks-restaurant", changePct: -1.2, epMedianWage: null }), "Food", "http://x.test", "2026.12-0123abcd"),
    ];
    const text = occupationListCsv(items);
    const records = parse(text) as string[][];
    expect(records[0]).toEqual([...OCCUPATION_LIST_COLUMNS]);
    expect(records).toHaveLength(3);
    expect(records[2]?.[1]).toBe("Cooks, Restaurant");
    expect(records[2]?.[OCCUPATION_LIST_COLUMNS.indexOf("projectedChangePct")]).toBe("-1.2");
    expect(records[2]?.[OCCUPATION_LIST_COLUMNS.indexOf("medianWage")]).toBe("");
  });

  it("names the download", () => {
    expect(occupationListFilename(null)).toBe("ai-pressure-occupations.csv");
    expect(occupationListFilename("11")).toBe("ai-pressure-occupations-11.csv");
  });
});

describe("list query validation", () => {
  const parseQuery = (query: string) => occupationListQuerySchema.safeParse(searchParamsRecord(new URLSearchParams(query)));

  it("defaults to JSON for all categories and ignores unknown parameters", () => {
    expect(parseQuery("").data).toEqual({ format: "json" });
    expect(parseQuery("utm_source=x&format=csv").data).toEqual({ format: "csv" });
    expect(parseQuery("format=").data).toEqual({ format: "json" });
  });

  it("takes a category code or slug", () => {
    expect(parseQuery("category=11").data?.category).toBe("11");
    expect(parseQuery("category=11-management").data?.category).toBe("11");
  });

  it("rejects bad values", () => {
    expect(parseQuery("format=xml").success).toBe(false);
    expect(parseQuery("category=management").success).toBe(false);
    expect(parseQuery(`category=11-${"a".repeat(200)}`).success).toBe(false);
    expect(parseQuery("category=1").success).toBe(false);
  });
});

describe("home page lists", () => {
  const rows = [
    { soc: "a", title: "A", slug: "a", score: 80, employment: 40_000 },
    { soc: "b", title: "B", slug: "b", score: 70, employment: 60_000 },
    { soc: "c", title: "C", slug: "c", score: 70, employment: 90_000 },
    { soc: "d", title: "D", slug: "d", score: 10, employment: 1_000_000 },
    { soc: "e", title: "E", slug: "e", score: null, employment: 500_000 },
    { soc: "f", title: "F", slug: "f", score: 20, employment: null },
  ];

  it("keeps occupations with at least 50,000 jobs, breaking score ties by size", () => {
    expect(mostExposed(rows).map((item) => item.soc)).toEqual(["c", "b", "d"]);
    expect(leastExposed(rows, 2).map((item) => item.soc)).toEqual(["d", "c"]);
  });

  it("weights the economy-wide mean by employment, over scored occupations only", () => {
    const figures = economyFigures(rows);
    expect(figures.occupations).toBe(6);
    expect(figures.scored).toBe(5);
    expect(figures.jobs).toBe(1_690_000);
    expect(figures.weightedMeanScore).toBeCloseTo((80 * 40_000 + 70 * 60_000 + 70 * 90_000 + 10 * 1_000_000) / 1_190_000, 6);
  });
});
