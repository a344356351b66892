import type { ImportReport } from "../report";

export interface ReadContext {
  /** Folder holding the source files (data/sources). */
  sourcesRoot: string;
  /** Project root, for the project-written data files under data/. */
  projectRoot: string;
  report: ImportReport;
}

/**
 * One source of the importer: the files it reads, the progress line it prints, and a reader
 * that validates every row (zod) and returns the data shaped for the steps that follow.
 * Readers find columns by header name, so a newer file with the same columns is a swap.
 */
export interface SourceReader<T> {
  label: string;
  /** Files under data/sources (hashed into the data version; checked present before any reading). */
  files: readonly string[];
  /** Project-written files relative to the project root (hashed into the data version). */
  projectFiles?: readonly string[];
  read(context: ReadContext): T | Promise<T>;
  /** The one-line summary printed when the step is done. */
  describe(data: T): string;
}

/** Identity helper so each reader's data type is inferred where it is declared. */
export const sourceReader = <T>(reader: SourceReader<T>): SourceReader<T> => reader;
