/**
 * The month of this release (METHODOLOGY §9: id `YYYY.MM-<8 hex of the data version>`): the
 * month its sources were frozen. A constant, not the clock, so the same sources and code
 * always build the same database. Bump it when cutting a release (see data/releases/README.md).
 */
export const RELEASE_MONTH = "2026.12";
