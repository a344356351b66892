import { eq } from "drizzle-orm";

import { contentDb, type ContentDb } from "@/db/content/client";
import { meta } from "@/db/content/schema";

export interface SourceVintages {
  /** "2024–34" */
  projections: string;
  projectionsBaseYear: number;
  projectionsTargetYear: number;
  /** "2019 and 2021 (EP 2022–32 Table 5.3)" */
  attainment: string;
  /** "May 2025" */
  oews: string;
  /** "2025-08-28" */
  crosswalk: string;
  /** "30.1" */
  onet: string;
  onetReleased: string | null;
  postingsWindow: string;
}

/** The source editions the build read (from the files themselves), for every label that names a year. */
export function getSourceVintages(db: ContentDb = contentDb()): SourceVintages | null {
  const value = db.select({ value: meta.value }).from(meta).where(eq(meta.key, "vintages")).get()?.value;
  if (value === undefined) return null;
  try {
    return JSON.parse(value) as SourceVintages;
  } catch {
    return null;
  }
}

/** The release id stamped by db:build ("2026.12-1a2b3c4d"). */
export function getReleaseId(db: ContentDb = contentDb()): string | null {
  return db.select({ value: meta.value }).from(meta).where(eq(meta.key, "release_id")).get()?.value ?? null;
}

