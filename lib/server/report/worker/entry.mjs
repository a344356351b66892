// Entry of a report worker thread (pool.ts). The report code is TypeScript/TSX that Next
// compiles for the app; a worker thread runs outside Next's bundle, so it loads the same
// sources through tsx (a runtime dependency already: `npm start` builds the database with it).
import { tsImport } from "tsx/esm/api";

const { runReportTask } = await tsImport("./tasks.ts", import.meta.url);

export default runReportTask;
