import { Text, View, type Styles } from "@react-pdf/renderer";

import { styles } from "./styles";

/**
 * Small building blocks of the report. Plain function components without hooks: react-pdf
 * renders them with its own reconciler.
 */

type Children = React.ReactNode;

/**
 * Props that make an element a PDF outline entry. react-pdf supports `bookmark` on every
 * element, but its types only declare it on <Page>.
 */
export function bookmarkProps(title: string): Record<string, unknown> {
  return { bookmark: { title, fit: true } };
}
type Style = Styles[string];

export function Section({ title, intro, children }: { title: string; intro?: string; children: Children }) {
  return (
    <View style={styles.section}>
      {/* Keep a heading with the start of its content; it also becomes a PDF bookmark. */}
      <Text style={styles.sectionTitle} minPresenceAhead={80} {...bookmarkProps(title)}>
        {title}
      </Text>
      {intro ? <Text style={styles.sectionIntro}>{intro}</Text> : null}
      {children}
    </View>
  );
}

export function Subheading({ children }: { children: Children }) {
  return (
    <Text style={styles.subheading} minPresenceAhead={40}>
      {children}
    </Text>
  );
}

export function Paragraph({ children, style }: { children: Children; style?: Style | Style[] }) {
  return <Text style={[styles.paragraph, ...(Array.isArray(style) ? style : style ? [style] : [])]}>{children}</Text>;
}

export function Caption({ children }: { children: Children }) {
  return <Text style={styles.caption}>{children}</Text>;
}

export interface Column {
  label: string;
  /** Flex share of the row width. */
  flex: number;
  numeric?: boolean;
}

export function HeaderRow({ columns }: { columns: readonly Column[] }) {
  return (
    <View style={styles.headerRow} wrap={false} minPresenceAhead={30}>
      {columns.map((column) => (
        <Text key={column.label} style={[styles.th, { flex: column.flex }, column.numeric ? styles.num : {}]}>
          {column.label}
        </Text>
      ))}
    </View>
  );
}

/** A table row whose cells line up with `columns`; rows never split across pages. */
export function Row({ columns, cells, total = false }: { columns: readonly Column[]; cells: readonly Children[]; total?: boolean }) {
  return (
    <View style={total ? styles.totalRow : styles.row} wrap={false}>
      {columns.map((column, index) => {
        const content = cells[index];
        const cellStyle = [styles.td, { flex: column.flex }];
        // Plain values become one Text node (fewer layout nodes: react-pdf's cost is per node).
        return typeof content === "string" || typeof content === "number" ? (
          <Text key={column.label} style={column.numeric ? [...cellStyle, styles.num] : cellStyle}>
            {content}
          </Text>
        ) : (
          <View key={column.label} style={cellStyle}>
            {content}
          </View>
        );
      })}
    </View>
  );
}

/**
 * A table of `rows`: the header row, then one Row per item with `cells` in column order, then
 * `children` (sums, totals). `width` narrows a short table ("60%").
 */
export function Table<T>({
  columns,
  rows,
  rowKey,
  cells,
  width,
  children,
}: {
  columns: readonly Column[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  cells: (row: T, index: number) => readonly Children[];
  width?: Style["width"];
  children?: Children;
}) {
  return (
    <View style={width === undefined ? styles.table : [styles.table, { width }]}>
      <HeaderRow columns={columns} />
      {rows.map((row, index) => (
        <Row key={rowKey(row)} columns={columns} cells={cells(row, index)} />
      ))}
      {children}
    </View>
  );
}
