"use client";

import dynamic from "next/dynamic";
import { useMemo, useState, useSyncExternalStore } from "react";

import { DataTable } from "@/components/ui/DataTable";
import { computeTaskMix, encodeMix, MIX_MAX_VALUE, mixFieldName, type MixStatus, type TaskMixBase } from "@/lib/pro/task-mix";
import { pressureColor } from "@/lib/pressure-scale";

import styles from "./pro.module.css";

export interface TaskMixProps {
  base: TaskMixBase;
  /** The mix decoded on the server from `?mix=` (or the O*NET weights). */
  initialMix: Record<number, number>;
  status: MixStatus;
  /** The profile's canonical path: the form's action and the base of the share link. */
  path: string;
}

const noSubscription = () => () => {};

// recharts only in the browser, fetched when the task mix first renders; a fixed-height
// placeholder keeps the layout from shifting while it loads.
const TaskMixChart = dynamic(() => import("./TaskMixChart"), { ssr: false, loading: () => <div style={{ height: 180 }} aria-hidden="true" /> });

const parseValue = (text: string): number | null => (/^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : null);

function mixUrl(path: string, query: string): string {
  return `${path}${query === "" ? "" : `?mix=${query}`}#task-mix`;
}

/**
 * "Your task mix": one number input per task (defaults = O*NET weights). Recomputes the
 * personal score and entry / mid / senior scores as you type with lib/pro/task-mix.ts (which
 * calls lib/scoring), keeps the URL in step and copies a link that restores the mix. Without
 * JavaScript the same markup is a GET form; the member page reads the submitted values.
 */
export function TaskMix({ base, initialMix, status, path }: TaskMixProps) {
  const [texts, setTexts] = useState<Record<number, string>>(() =>
    Object.fromEntries(base.tasks.map((task) => [task.taskId, String(initialMix[task.taskId] ?? task.weight)])),
  );
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  // False in the server HTML (the no-JavaScript form), true once hydrated.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const mix = useMemo(() => Object.fromEntries(base.tasks.map((task) => [task.taskId, parseValue(texts[task.taskId] ?? "") ?? 0])), [base.tasks, texts]);
  const invalid = base.tasks.filter((task) => parseValue(texts[task.taskId] ?? "") === null).map((task) => task.taskId);
  const result = useMemo(() => computeTaskMix(base, mix), [base, mix]);
  const query = encodeMix(base.tasks, mix);
  const href = mixUrl(path, query);

  const update = (taskId: number, text: string) => {
    const next = { ...texts, [taskId]: text };
    setTexts(next);
    setCopyState("idle");
    const nextMix = Object.fromEntries(base.tasks.map((task) => [task.taskId, parseValue(next[task.taskId] ?? "") ?? 0]));
    if (Object.values(nextMix).some((value) => value > 0)) window.history.replaceState(null, "", mixUrl(path, encodeMix(base.tasks, nextMix)));
  };

  const reset = () => {
    setTexts(Object.fromEntries(base.tasks.map((task) => [task.taskId, String(task.weight)])));
    setCopyState("idle");
    window.history.replaceState(null, "", mixUrl(path, ""));
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  const levels = [
    { id: "entry", label: "Entry" },
    { id: "mid", label: "Mid" },
    { id: "senior", label: "Senior" },
  ] as const;

  return (
    <form
      method="get"
      action={`${path}#task-mix`}
      data-pro-section="task-mix"
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      <p className={styles.lead}>
        Give each task a number for how much of your week it takes (0–{MIX_MAX_VALUE}; any unit, only the proportions count). The defaults are O*NET’s
        weights: Core tasks 2, Supplemental 1. Your score replaces those weights with your time; the other four signals stay as published.
      </p>
      {status === "invalid" ? (
        <p className="notice" role="alert">
          The task mix in the link could not be read, so the O*NET weights are shown.
        </p>
      ) : null}
      <div className={styles.mixResult} aria-live="polite" data-testid="task-mix-result">
        {result.score === null ? (
          <span>Give at least one task more than 0 to see your score.</span>
        ) : (
          <>
            <span>
              Your score{" "}
              <span className={styles.mixScore} data-testid="task-mix-score">
                {result.score}
              </span>{" "}
              <span className="small muted">(published: {base.stored.score ?? "—"})</span>
            </span>
            {levels.map((level) => (
              <span key={level.id} className={styles.mixLevel}>
                <span aria-hidden="true" className={styles.levelSwatch} style={{ background: pressureColor(result.seniority?.[level.id] ?? 0) }} />
                {level.label} <strong data-testid={`task-mix-${level.id}`}>{result.seniority?.[level.id] ?? "—"}</strong>
              </span>
            ))}
            <span className="small muted">Task signal {result.taskSignal === null ? "—" : result.taskSignal.toFixed(1)}</span>
          </>
        )}
      </div>
      {scripted && result.score !== null ? (
        <TaskMixChart
          data={[
            { level: "Overall", published: base.stored.score, yours: result.score },
            ...levels.map((level) => ({ level: level.label, published: base.stored.seniority?.[level.id] ?? null, yours: result.seniority?.[level.id] ?? null })),
          ]}
        />
      ) : null}
      <DataTable
        className={styles.mixTable}
        caption="Your time per task"
        captionClassName="visually-hidden"
        rows={base.tasks}
        rowKey={(task) => String(task.taskId)}
        columns={[
          { key: "task", header: "Task", rowHeader: true, cell: (task) => <label htmlFor={`mix-${task.taskId}`}>{task.statement}</label> },
          { key: "score", header: "Task score", numeric: true, cell: (task) => task.score },
          {
            key: "time",
            header: "Your time",
            numeric: true,
            cell: (task) => (
              <input
                id={`mix-${task.taskId}`}
                name={mixFieldName(task.taskId)}
                type="number"
                inputMode="numeric"
                min={0}
                max={MIX_MAX_VALUE}
                step={1}
                required
                value={texts[task.taskId] ?? ""}
                aria-invalid={invalid.includes(task.taskId) || undefined}
                onChange={(event) => update(task.taskId, event.target.value)}
              />
            ),
          },
          {
            key: "share",
            header: "Share of week",
            numeric: true,
            cell: (task) => {
              const share = result.shares[task.taskId] ?? 0;
              return (
                <>
                  <span className={styles.shareBar} aria-hidden="true">
                    <span style={{ width: `${Math.round(share * 100)}%` }} />
                  </span>
                  {Math.round(share * 100)}%
                </>
              );
            },
          },
        ]}
      />
      <div className={styles.mixActions}>
        {scripted ? null : (
          <button type="submit" className="button">
            Recalculate
          </button>
        )}
        <a
          href={mixUrl(path, "")}
          className="button secondary"
          onClick={(event) => {
            event.preventDefault();
            reset();
          }}
        >
          Reset to O*NET weights
        </a>
        {scripted ? (
          <button type="button" className="button secondary" onClick={copy}>
            Copy link to this mix
          </button>
        ) : null}
        <span role="status" className="small">
          {copyState === "copied" ? "Link copied." : copyState === "failed" ? "Could not copy; use the link below." : null}
        </span>
      </div>
      <p className={styles.mixLink}>
        Link to this mix: <a href={href} data-testid="task-mix-link">{href}</a>
      </p>
    </form>
  );
}
