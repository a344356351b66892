import type { CSSProperties, ReactNode } from "react";

/** One column of a DataTable: its header and how each row fills its cell. */
export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  /** Right-aligned figures: the global "num" class on the header and every cell. */
  numeric?: boolean;
  /** The row's header: rendered as <th scope="row"> instead of <td>. */
  rowHeader?: boolean;
  /** Printed before each cell where a stylesheet stacks the table on phones (`data-label`). */
  label?: string;
  headerClassName?: string;
  className?: string;
}

type RowAttributes = { className?: string; id?: string } & { [data: `data-${string}`]: string | undefined };

interface CommonProps {
  caption?: ReactNode;
  captionClassName?: string;
  /** For a scrolling region labelled by the caption (aria-labelledby). */
  captionId?: string;
  /**
   * The horizontal-scroll wrapper: true (default) is `<div class="table-scroll">`, a string
   * adds that class to it, false leaves the table bare (its parent scrolls or it is narrow).
   */
  scroll?: boolean | string;
  className?: string;
  testId?: string;
  style?: CSSProperties;
  /** Id of a note below the table that explains it (aria-describedby). */
  describedBy?: string;
  /** Rows of the <tfoot> (totals, the rounded score). */
  foot?: ReactNode;
}

interface ColumnProps<Row> extends CommonProps {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  /** Attributes of a body row: a class, an anchor id, data-* hooks for scripts and tests. */
  rowProps?: (row: Row, index: number) => RowAttributes;
  head?: never;
  children?: never;
}

/** For the few irregular tables (grouped row sections, sortable header links): header row(s) and body given as markup. */
interface SlotProps extends CommonProps {
  /** Rows of the <thead>. */
  head?: ReactNode;
  /** The table's body: one or more <tbody> elements. */
  children: ReactNode;
  columns?: never;
}

const join = (...classes: (string | undefined | false)[]) => classes.filter(Boolean).join(" ") || undefined;

function HeaderRow<Row>({ columns }: { columns: readonly Column<Row>[] }) {
  return (
    <tr>
      {columns.map((column) => (
        <th key={column.key} scope="col" className={join(column.numeric && "num", column.headerClassName)}>
          {column.header}
        </th>
      ))}
    </tr>
  );
}

function BodyRows<Row>({ columns, rows, rowKey, rowProps }: Omit<ColumnProps<Row>, keyof CommonProps>) {
  return (
    <tbody>
      {rows.map((row, index) => (
        <tr key={rowKey(row, index)} {...rowProps?.(row, index)}>
          {columns.map((column) => {
            const className = join(column.numeric && "num", column.className);
            return column.rowHeader ? (
              <th key={column.key} scope="row" className={className}>
                {column.cell(row, index)}
              </th>
            ) : (
              <td key={column.key} data-label={column.label} className={className}>
                {column.cell(row, index)}
              </td>
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Every data table of the site: caption, column headers with scope, row headers, the
 * "num" alignment and the scroll wrapper in one place, so each table states only its columns.
 */
export function DataTable<Row>(props: ColumnProps<Row> | SlotProps) {
  const { caption, captionClassName, captionId, scroll = true, className, testId, style, describedBy, foot } = props;
  const table = (
    <table className={className} data-testid={testId} style={style} aria-describedby={describedBy}>
      {caption !== undefined ? <caption id={captionId} className={captionClassName}>{caption}</caption> : null}
      {props.columns !== undefined ? (
        <>
          <thead>
            <HeaderRow columns={props.columns} />
          </thead>
          <BodyRows columns={props.columns} rows={props.rows} rowKey={props.rowKey} rowProps={props.rowProps} />
        </>
      ) : (
        <>
          {props.head !== undefined ? <thead>{props.head}</thead> : null}
          {props.children}
        </>
      )}
      {foot !== undefined ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
  if (scroll === false) return table;
  return <div className={join("table-scroll", typeof scroll === "string" && scroll)}>{table}</div>;
}
