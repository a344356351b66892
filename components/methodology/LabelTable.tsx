import styles from "@/components/docs/docs.module.css";
import { DataTable } from "@/components/ui/DataTable";

/** One rubric's labels: what each means and what it counts as in the task score. */
export function LabelTable<L extends string>({
  caption,
  labels,
  meanings,
  values,
}: {
  caption: string;
  labels: readonly L[];
  meanings: Record<L, { short: string; long: string }>;
  values: Readonly<Record<L, number>>;
}) {
  return (
    <DataTable
      scroll={styles.tableWrap}
      caption={caption}
      captionClassName={styles.caption}
      rows={labels}
      rowKey={(label) => label}
      columns={[
        { key: "label", header: "Label", rowHeader: true, cell: (label) => label },
        { key: "meaning", header: "Meaning", cell: (label) => `${meanings[label].short}: ${meanings[label].long}` },
        { key: "value", header: "Counts as", numeric: true, cell: (label) => values[label] },
      ]}
    />
  );
}
