/** Score against projected change in employment, point area ∝ employment. */
import { type Rect, round1 } from "./geometry";
import type { ExplorerOccupation } from "./types";

export interface ScatterOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Radius of the largest occupation; area ∝ employment below it. */
  maxRadius: number;
  /** Smallest drawn radius, so tiny occupations stay visible and clickable. */
  minRadius: number;
}

export interface ScatterPoint<T> {
  occupation: T;
  cx: number;
  cy: number;
  r: number;
}

export interface ScatterLayout<T> {
  width: number;
  height: number;
  plot: Rect;
  xDomain: [number, number];
  yDomain: [number, number];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Largest first, so small points are drawn on top and stay clickable. */
  points: ScatterPoint<T>[];
  /** Occupations that cannot be placed (no score, no projection or no employment). */
  omitted: T[];
}

/** Score (y, 0–100) against projected % change 2024–34 (x); point area ∝ employment. */
export function layoutScatter<T extends Pick<ExplorerOccupation, "score" | "changePct" | "employment" | "soc">>(
  rows: readonly T[],
  options: ScatterOptions,
  xStep = 10,
): ScatterLayout<T> {
  const placeable = rows.filter(
    (row): row is T & { score: number; changePct: number; employment: number } =>
      row.score !== null && row.changePct !== null && row.employment !== null && row.employment > 0,
  );
  const placed = new Set<T>(placeable);
  const omitted = rows.filter((row) => !placed.has(row));
  const changes = placeable.map((row) => row.changePct);
  const xMin = Math.min(0, Math.floor(Math.min(...changes, 0) / xStep) * xStep);
  const xMax = Math.max(xStep, Math.ceil(Math.max(...changes, 0) / xStep) * xStep);
  const { margin } = options;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: options.width - margin.left - margin.right,
    height: options.height - margin.top - margin.bottom,
  };
  const scaleX = (value: number) => round1(plot.x + ((value - xMin) / (xMax - xMin)) * plot.width);
  const scaleY = (value: number) => round1(plot.y + plot.height - (value / 100) * plot.height);
  const maxJobs = Math.max(...placeable.map((row) => row.employment), 1);
  const points = placeable
    .map((row) => ({
      occupation: row as T,
      cx: scaleX(row.changePct),
      cy: scaleY(row.score),
      r: round1(Math.max(options.minRadius, options.maxRadius * Math.sqrt(row.employment / maxJobs))),
    }))
    .sort((a, b) => b.r - a.r || a.occupation.soc.localeCompare(b.occupation.soc));
  const xTicks: { value: number; x: number }[] = [];
  for (let value = xMin; value <= xMax; value += xStep) xTicks.push({ value, x: scaleX(value) });
  const yTicks = [0, 20, 40, 60, 80, 100].map((value) => ({ value, y: scaleY(value) }));
  return { width: options.width, height: options.height, plot, xDomain: [xMin, xMax], yDomain: [0, 100], xTicks, yTicks, points, omitted };
}
