/**
 * The data sources behind every number, with the attribution lines their licences ask for
 * (copied from data/sources/README.md). Shown on /sources, referenced by /methodology and
 * linked from every public API response. Pure data.
 */
export interface DataSource {
  id: "onet-gpts" | "onet" | "bls-ep" | "bls-crosswalk" | "bls-oews" | "ooh" | "digital-exposure" | "indeed";
  name: string;
  publisher: string;
  /** The line to show wherever the data is used. */
  attribution: string;
  licence: string;
  licenceUrl: string | null;
  url: string;
  vintage: string;
  /** Files under data/sources/ the import reads. */
  files: readonly string[];
  usedFor: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    id: "onet-gpts",
    name: "GPTs are GPTs: task-level AI exposure labels",
    publisher: "Tyna Eloundou, Sam Manning, Pamela Mishkin and Daniel Rock",
    attribution:
      "Eloundou, Manning, Mishkin & Rock, “GPTs are GPTs: An Early Look at the Labor Market Impact Potential of Large Language Models” (2023), public replication data, MIT licence.",
    licence: "MIT",
    licenceUrl: "https://opensource.org/license/mit",
    url: "https://github.com/openai/GPTs-are-GPTs",
    vintage: "Labels published 2023 (GPT-4 and human annotators)",
    files: ["onet-gpts/full_labelset.tsv", "onet-gpts/occ_level.csv", "onet-gpts/occupations_onet_basic_skills.csv", "onet-gpts/occupations_onet_work_contexts.csv"],
    usedFor:
      "Every task’s human and GPT-4 exposure labels (E0/E1/E2) and GPT-4 automation level (T0–T4), hence the task scores and the task signal T; the paper’s occupation-level β shown as “other indices”; O*NET basic skills and Job Zones (career pivots); work contexts for the seniority curves.",
  },
  {
    id: "onet",
    name: "O*NET 27 Database (task statements, task types, titles)",
    publisher: "U.S. Department of Labor, Employment and Training Administration",
    attribution: "O*NET 27 Database, U.S. Department of Labor, ETA, CC BY 4.0",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://www.onetcenter.org/database.html",
    vintage: "O*NET 27.x, as carried in the GPTs-are-GPTs files",
    files: ["onet-gpts/full_labelset.tsv"],
    usedFor: "Task statements, Core/Supplemental task types (the task weights), O*NET-SOC occupation titles and specialisations.",
  },
  {
    id: "bls-ep",
    name: "Employment Projections 2022–32",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, Employment Projections 2022–32 (public domain).",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
    vintage: "2022 base year, projected to 2032; educational attainment 2019–2021",
    files: ["bls/ep_occupation_2022_32.xlsx"],
    usedFor:
      "Employment 2022 and 2032, projected % change (signal O), openings, median wage 2022, typical entry education and attainment (signal E), and BLS’s own notes on factors affecting each occupation.",
  },
  {
    id: "bls-crosswalk",
    name: "O*NET-SOC to NEM and OOH crosswalk",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, O*NET-SOC to National Employment Matrix and OOH crosswalk (public domain).",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/emp/",
    vintage: "As of 2023-09-06",
    files: ["bls/onet_soc_to_nem_ooh_crosswalk.xlsx"],
    usedFor: "Linking each SOC code to its Employment Projections row and to the Occupational Outlook Handbook profile that covers it.",
  },
  {
    id: "bls-oews",
    name: "Occupational Employment and Wage Statistics (national)",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2021 (public domain).",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/oes/",
    vintage: "May 2021",
    files: ["bls/oews_national_may2021.csv"],
    usedFor: "Wage percentiles (10th–90th) for the wage-impact analysis and pay comparisons between occupations.",
  },
  {
    id: "ooh",
    name: "Occupational Outlook Handbook, 2024–34 edition",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, Occupational Outlook Handbook, 2024–34 edition (public domain).",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/ooh/",
    vintage: "2024–34 edition",
    files: ["ooh/ooh_occupations.csv", "ooh/ooh_profiles.json"],
    usedFor: "Duties and “What they do” text quoted as evidence beside tasks, “also called” titles for search, BLS’s similar occupations, outlook wording.",
  },
  {
    id: "digital-exposure",
    name: "Digital AI Exposure (US Job Market Visualizer)",
    publisher: "Andrej Karpathy, over BLS OOH profiles",
    attribution: "Karpathy/BLS Digital AI Exposure (github.com/karpathy/jobs).",
    licence: "Published openly with the project’s source code; numbers only",
    licenceUrl: null,
    url: "https://github.com/karpathy/jobs",
    vintage: "Scores for the OOH 2024–34 profiles",
    files: ["ooh/digital_ai_exposure.json"],
    usedFor: "Signal D: an LLM-rated 0–10 digital AI exposure per OOH profile, times 10.",
  },
  {
    id: "indeed",
    name: "Job Postings Index",
    publisher: "Indeed Hiring Lab",
    attribution: "Indeed Hiring Lab, Job Postings Index (github.com/hiring-lab/job_postings_tracker), CC BY 4.0",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://github.com/hiring-lab/job_postings_tracker",
    vintage: "Sector index to 2024-09-27; national index to 2026-08-14 (100 = 1 February 2020)",
    files: ["indeed/job_postings_by_sector_US.csv", "indeed/aggregate_job_postings_US.csv", "indeed/sector_job_title_examples.csv"],
    usedFor: "Signal M: how postings in the occupation’s sector moved against all postings over the same recent days.",
  },
];

/** One paragraph crediting every source, for API responses and compact footers. */
export const DATA_ATTRIBUTION = DATA_SOURCES.map((source) => source.attribution.replace(/\.$/, "")).join("; ") + ".";
