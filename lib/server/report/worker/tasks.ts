import { Piscina } from "piscina";

import type { ReportData } from "../model";
import { renderReportPdf } from "../render";
import { stampBuyer } from "../stamp";

/** The two things a report worker does; both are CPU-bound and would stall the server's event loop. */
export type ReportTask = { kind: "render"; data: ReportData } | { kind: "stamp"; pdf: Uint8Array; buyerEmail: string };

export async function runReportTask(task: ReportTask): Promise<Uint8Array> {
  const bytes = task.kind === "render" ? new Uint8Array(await renderReportPdf(task.data)) : await stampBuyer(task.pdf, task.buyerEmail);
  // Hand the buffer back without a copy.
  return Piscina.move(bytes) as unknown as Uint8Array;
}
