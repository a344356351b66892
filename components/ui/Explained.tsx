import { Fragment } from "react";

import { FIELD_SOURCES, type FieldId, type Sentence } from "@/lib/explanations/sources";

import styles from "./Explained.module.css";

/** Small source marks after a clause: the stored fields it was written from (title = what the field is). */
function Marks({ sources }: { sources: readonly FieldId[] }) {
  return (
    <sup className={styles.marks} data-testid="source-mark">
      {sources.map((id, index) => (
        <Fragment key={id}>
          {index > 0 ? "·" : ""}
          <abbr title={FIELD_SOURCES[id].label}>{FIELD_SOURCES[id].mark}</abbr>
        </Fragment>
      ))}
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

/** Generated sentences (lib/explanations) with the source marks of their clauses. */
export function Explained({ sentences }: { sentences: readonly Sentence[] }) {
  return (
    <>
      {sentences.map((sentence, s) => (
        <Fragment key={s}>
          {s > 0 ? " " : ""}
          {runs(sentence).map((run, r) => (
            <Fragment key={r}>
              {run.text}
              <Marks sources={run.sources} />
            </Fragment>
          ))}
        </Fragment>
      ))}
    </>
  );
}
