/** Shared by the treemap and scatter layouts. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Coordinates to 0.1 unit: enough for SVG, and stable in snapshots. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
