"use client";

import dynamic from "next/dynamic";

import type { TaskMixProps } from "./TaskMix";

/**
 * Code-splits the task mix: its JavaScript (and the scoring code it runs in the browser) is
 * fetched only when a Pro member's page renders it, never as part of the profile's
 * first-load JavaScript. Still server-rendered, so the form works without JavaScript.
 */
const TaskMix = dynamic(() => import("./TaskMix").then((module) => module.TaskMix));

export function TaskMixLoader(props: TaskMixProps) {
  return <TaskMix {...props} />;
}
