/**
 * The data sources behind every number, with the attribution lines their licences ask for
 * (copied from data/sources/README.md). Shown on /sources, referenced by /methodology and
 * linked from every public API response. Pure data.
 */
export interface DataSource {
  id: "onet-gpts" | "onet" | "onet-current" | "bls-ep" | "bls-crosswalk" | "bls-oews" | "ooh" | "digital-exposure" | "indeed" | "anthropic-aei" | "microsoft-wwai" | "openai-signals";
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

/** O*NET's required attribution, word for word (data/sources/README.md). */
export const ONET_CURRENT_ATTRIBUTION =
  "This site incorporates information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. AI Pressure has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.";

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
      "Every task’s human and GPT-4 exposure labels (E0/E1/E2) and GPT-4 automation level (T0–T4), hence the task scores and the task signal T; the paper’s occupation-level β shown as “other indices”; O*NET basic skills (listed on the profile data); work contexts for the seniority curves.",
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
    id: "onet-current",
    name: "O*NET 30.1 Database (task statements, emerging tasks, titles, skills, knowledge, related occupations, technologies, Job Zones)",
    publisher: "U.S. Department of Labor, Employment and Training Administration",
    attribution: ONET_CURRENT_ATTRIBUTION,
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://www.onetcenter.org/database.html",
    vintage: "O*NET 30.1, December 2025 release",
    files: [
      "onet-30.1/Read Me.txt",
      "onet-30.1/Task Statements.xlsx",
      "onet-30.1/Emerging Tasks.xlsx",
      "onet-30.1/Alternate Titles.xlsx",
      "onet-30.1/Sample of Reported Titles.xlsx",
      "onet-30.1/Tasks to DWAs.xlsx",
      "onet-30.1/DWA Reference.xlsx",
      "onet-30.1/Skills.xlsx",
      "onet-30.1/Knowledge.xlsx",
      "onet-30.1/Related Occupations.xlsx",
      "onet-30.1/Technology Skills.xlsx",
      "onet-30.1/Job Zones.xlsx",
    ],
    usedFor:
      "Which labelled O*NET 27 tasks still exist (the others are flagged “no longer in O*NET 30.1”), the Emerging Tasks listed unrated on each profile, the Alternate Titles and Sample of Reported Titles that search and the profile header use, each task’s work activities (task → detailed → intermediate work activity), the join to the Microsoft and OpenAI usage data; and for the career pivots: Skills and Knowledge (importance × level), Related Occupations (shown under “Related” too), Technology Skills (Hot Technology and In Demand flags; also “you likely use” in AI tool recommendations) and Job Zones.",
  },
  {
    id: "bls-ep",
    name: "Employment Projections 2024–34 (and 2022–32 for educational attainment)",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (public domain); educational attainment from Employment Projections 2022–32, Table 5.3.",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm",
    vintage: "2024 base year, projected to 2034; educational attainment 2019 and 2021 (the newest published, in the 2022–32 file)",
    files: ["bls/ep_occupation_2024_34.xlsx", "bls/ep_occupation_2022_32.xlsx", "bls/nem_occupational_coverage_2024_34.xlsx"],
    usedFor:
      "Employment 2024 and 2034, projected % change (signal O), openings, median wage 2024, typical entry education (signal E), BLS’s own notes on factors affecting each occupation (Tables 1.2 and 1.12); attainment of workers 25+ (signal E, Table 5.3 of 2022–32); the NEM occupation directory, so category totals count each BLS occupation once.",
  },
  {
    id: "bls-crosswalk",
    name: "O*NET-SOC to NEM and OOH crosswalk",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, O*NET-SOC to National Employment Matrix and OOH coverage crosswalk, as of 2025-08-28 (public domain).",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/emp/classifications-crosswalks/",
    vintage: "As of 2025-08-28",
    files: ["bls/nem_onet_to_soc_crosswalk_2024_34.xlsx"],
    usedFor: "Linking each SOC code to the Employment Projections row BLS reports it under (NEM code) and to the Occupational Outlook Handbook profile that covers it (signal D, the summary and the BLS evidence).",
  },
  {
    id: "bls-oews",
    name: "Occupational Employment and Wage Statistics (national)",
    publisher: "U.S. Bureau of Labor Statistics",
    attribution: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025 (public domain).",
    licence: "Public domain (U.S. government work)",
    licenceUrl: null,
    url: "https://www.bls.gov/oes/",
    vintage: "May 2025",
    files: ["bls/oews_national_may2025.xlsx"],
    usedFor: "Wage percentiles (10th–90th) for the wage-impact analysis and pay comparisons between occupations, by the occupation’s own code or the NEM code BLS reports it under.",
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
  {
    id: "anthropic-aei",
    name: "Anthropic Economic Index: Claude conversations per O*NET task",
    publisher: "Anthropic; per-task table of the 2026-01-15 release compiled by the Yale Budget Lab",
    attribution:
      "Anthropic Economic Index (2026-01-15 release, CC BY 4.0), per-task table compiled by the Yale Budget Lab; Anthropic Economic Index (2025-03-27 release, CC BY 4.0).",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://github.com/Budget-Lab-Yale/AI-Employment-Model",
    vintage: "2026-01-15 release (Claude.ai and first-party API conversations of November 2025); 2025-03-27 release for tasks the newer one lacks",
    files: [
      "anthropic-aei/release_2026_01_15/automation_vs_augmentation_by_task_v3.csv",
      "anthropic-aei/release_2025_03_27/task_pct_v2.csv",
      "anthropic-aei/release_2025_03_27/automation_vs_augmentation_by_task.csv",
    ],
    usedFor: "Measured AI use: whether each task is seen in Claude use, its share of conversations and its automation/augmentation mix; observed coverage U, usage share and automation share per occupation.",
  },
  {
    id: "microsoft-wwai",
    name: "Working with AI: Copilot metrics per work activity and occupation",
    publisher: "Microsoft Research (Tomlinson, Jaffe, Wang, Counts, Suri)",
    attribution:
      "Tomlinson, Jaffe, Wang, Counts & Suri, “Working with AI: Measuring the Applicability of Generative AI to Occupations” (2025), arXiv 2507.07935, github.com/microsoft/working-with-ai, CC BY 4.0.",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://github.com/microsoft/working-with-ai",
    vintage: "US Bing Copilot conversations, January–September 2024; O*NET 29.0 work-activity weights",
    files: ["microsoft-wwai/iwa_metrics.csv", "microsoft-wwai/soc_iwa_weights.csv", "microsoft-wwai/soc_ai_applicability_scores.csv"],
    usedFor:
      "Measured AI use: Copilot completion rate and impact scope per work activity (shown per task), Microsoft’s AI applicability per occupation, and the work-activity weights of the ChatGPT trend; the same weights are the work-activity profile of the career-pivot similarity.",
  },
  {
    id: "openai-signals",
    name: "OpenAI Signals: ChatGPT messages by work activity",
    publisher: "OpenAI",
    attribution: "OpenAI Signals v1.0, share of US consumer ChatGPT work-related messages by O*NET IWA, CC BY 4.0.",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    url: "https://github.com/yoyothesheep/ai-resilient-occupations",
    vintage: "Monthly, July 2024 to December 2025 (differential privacy applied)",
    files: ["openai-signals/usa_share_of_work_related_messages_by_onet_iwa_month.csv"],
    usedFor: "Measured AI use: each occupation’s monthly ChatGPT trend on its work activities.",
  },
];

/** One paragraph crediting every source, for API responses and compact footers. */
export const DATA_ATTRIBUTION = DATA_SOURCES.map((source) => source.attribution.replace(/\.$/, "")).join("; ") + ".";
