import { Text, type Styles } from "@react-pdf/renderer";

import { FIELD_SOURCES, type Sentence } from "@/lib/explanations/sources";

import { INK } from "./colors";

type Style = Styles[string];

/** Marks of consecutive clauses that cite the same fields are printed once, after the run (as on the page). */
function runs(sentences: readonly Sentence[]): { text: string; marks: string }[] {
  const out: { text: string; marks: string }[] = [];
  sentences.forEach((sentence, index) => {
    let previous: string | null = null;
    sentence.forEach((part, c) => {
      const marks = [...new Set(part.sources.map((id) => FIELD_SOURCES[id].mark))].join("·");
      const text = `${index > 0 && c === 0 ? " " : ""}${part.text}`;
      const last = out.at(-1);
      if (last !== undefined && previous === marks) last.text += text;
      else out.push({ text, marks });
      previous = marks;
    });
  });
  return out;
}

/** Generated sentences (lib/explanations) with small source marks, for the PDF. */
export function ExplainedText({ sentences, style }: { sentences: readonly Sentence[]; style?: Style | Style[] }) {
  return (
    <Text style={style}>
      {runs(sentences).map((run, index) => (
        <Text key={index}>
          {run.text}
          <Text style={{ fontSize: 5.5, color: INK.muted }}>{` [${run.marks}]`}</Text>
        </Text>
      ))}
    </Text>
  );
}
