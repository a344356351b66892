import styles from "@/components/docs/docs.module.css";

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
    <div className={`table-scroll ${styles.tableWrap}`}>
      <table>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Meaning</th>
            <th scope="col" className="num">
              Counts as
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>
                {meanings[label].short}: {meanings[label].long}
              </td>
              <td className="num">{values[label]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
