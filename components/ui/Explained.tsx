import type { ReactNode } from "react";

import { FIELD_SOURCES, type FieldId, type Sentence } from "@/lib/explanations/sources";

import styles from "./Explained.module.css";

/**
 * Small source marks after a clause: the stored fields it was written from (title = what the field is).
 * Children are a flat list (strings need no wrapper): a profile has hundreds of marks, and
 * each keyed Fragment was one more element in the page's RSC payload and one more fiber to hydrate.
 */
function Marks({ sources }: { sources: readonly FieldId[] }) {
  return (
    <sup className={styles.marks} data-testid="source-mark">
      {sources.flatMap((id, index) => [
        ...(index > 0 ? ["·"] : []),
        <abbr key={id} title={FIELD_SOURCES[id].label}>
          {FIELD_SOURCES[id].mark}
        </abbr>,
      ])}
    </sup>
  );
}

/** Consecutive clauses that cite the same marks read as one run with one mark at its end. */
function runs(sentence: Sentence): { text: string; sources: FieldId[] }[] {
  const out: { text: string; sources: FieldId[]; key: string }[] = [];
  for (const part of sentence) {
    const sources = part.sources.filter((id, index) => part.sources.findIndex((other) => FIELD_SOURCES[other].mark === FIELD_SOURCES[id].mark) === index);
    const key = sources.map((id) => FIELD_SOURCES[id].mark).join("|");
    const last = out.at(-1);
    if (last !== undefined && last.key === key) last.text += part.text;
    else out.push({ text: part.text, sources, key });
  }
  return out;
}

/** Generated sentences (lib/explanations) with the source marks of their clauses, as one flat list of text and marks. */
export function Explained({ sentences }: { sentences: readonly Sentence[] }) {
  const children: ReactNode[] = [];
  sentences.forEach((sentence, s) => {
    if (s > 0) children.push(" ");
    runs(sentence).forEach((run, r) => children.push(run.text, <Marks key={`${s}.${r}`} sources={run.sources} />));
  });
  return children;
}
