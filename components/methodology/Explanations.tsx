import type { ContentCounts } from "@/db/queries/meta";
import { formatInteger } from "@/lib/format";
import { FIELD_SOURCES } from "@/lib/explanations/sources";

/** The written explanations and quoted evidence: how each sentence is built and checked. */
export function Explanations({ counts }: { counts: Pick<ContentCounts, "tasks" | "tasksWithEvidence"> }) {
  return (
    <section aria-labelledby="explanations">
      <h2 id="explanations">Written explanations and quoted evidence</h2>
      <p>
        Every sentence the site writes about a number — each task’s explanation, the headline, the outlook line, the summary and whether
        the measures agree — is written at import by one module from the stored fields, and each clause carries small marks naming the
        fields it came from: {Object.values(FIELD_SOURCES).map((source) => source.mark).filter((mark, index, all) => all.indexOf(mark) === index).join(", ")}{" "}
        (hover a mark for the field). Tests read every sentence of every occupation back against its fields: a label, its meaning, a
        share, a direction or a “highest”/“lowest” the fields contradict fails the build’s tests, and two tasks of one occupation get
        the same text only when their fields are the same.
      </p>
      <p>
        A task explanation names the activity (its O*NET work activities and the task’s own verbs and object), what current AI does on
        it (both raters’ labels, the automation level, the task score and where it ranks in the occupation), what measured use shows
        (Claude share and mode, Copilot completion on its work activities against the mean over all work activities) and what stays
        with people (the part the automation level leaves to a person, augmentation in Claude use, the lowest-completion work
        activity, and the occupation’s O*NET work contexts where they differ from the average job). AI tool categories are a Pro
        analysis and are not named in the free text.
      </p>
      <p>
        A quoted Occupational Outlook Handbook passage (duties, “What they do”, “Work environment”, “How to become one”) must say the
        workers do the task’s own activity on the task’s own object. The activity is one of the task’s verbs or a close synonym, standing
        as the passage’s verb (a duty’s leading verbs; elsewhere not after a word that makes it a noun, as in “the design”, not where a
        part-of-speech tagger reads it as a noun or adjective, as in “medical records”, and not in a clause such as “needed to
        perform”). The object is the head noun of what the task acts on (“reports” in “production reports”, “budgets” in “plant or
        unit budgets”) or a near synonym, named after that verb in the same clause. A passage whose verb is followed directly by the
        object (“Prepare charts, presentations, and reports”) passes at a lower TF-IDF cosine than one that names the object further
        on; sharing nouns alone never passes. Thresholds are set on a committed set of hand-labelled task–passage pairs, and a sample
        of 80 quotes drawn at random from the final matcher and labelled afterwards measures it: 96% of those quotes support the task
        or part of it and 4% are spurious, short of the 3% we aim for. {formatInteger(counts.tasksWithEvidence)} of{" "}
        {formatInteger(counts.tasks)} tasks get a quote.
      </p>
    </section>
  );
}
