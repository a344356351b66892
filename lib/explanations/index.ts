/**
 * The one module that writes the site's sentences about numbers (METHODOLOGY §10): task
 * explanations, the headline, the outlook line, the profile summary and the "measures agree /
 * contested" sentence. The importer calls it once and stores the result; pages, the PDF and
 * the API read the stored sentences. Pure.
 */
export * from "./occupation";
export * from "./sources";
export * from "./task";
export * from "./verbs";
