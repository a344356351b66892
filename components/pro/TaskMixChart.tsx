"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface TaskMixChartDatum {
  level: string;
  published: number | null;
  yours: number | null;
}

/**
 * Published versus personal scores by level. Loaded only in the browser of a Pro member who
 * opens the task mix (recharts renders nothing on the server); the same numbers are printed
 * beside it, so the chart adds a picture, not information.
 */
export default function TaskMixChart({ data }: { data: TaskMixChartDatum[] }) {
  return (
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
        <XAxis dataKey="level" stroke="var(--fg-muted)" tick={{ fill: "var(--fg)", fontSize: 13 }} />
        <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} stroke="var(--fg-muted)" tick={{ fill: "var(--fg)", fontSize: 12 }} />
        <Tooltip contentStyle={{ background: "var(--bg-raised)", border: "1px solid var(--border)", color: "var(--fg)" }} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        <Bar dataKey="published" name="Published" fill="var(--fg-muted)" isAnimationActive={false} />
        <Bar dataKey="yours" name="Your task mix" fill="var(--accent)" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
