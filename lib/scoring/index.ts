/** The scoring model of METHODOLOGY.md: pure functions, no I/O, safe in server and client code. */
export { scoringConfig, type ScoringConfig } from "./config";
export { clamp, mean, roundHalfUp } from "./math";
export * from "./tasks";
export * from "./signals";
export * from "./composite";
export * from "./seniority";
export * from "./bands";
export * from "./economy";
export * from "./related";
