import Link from "next/link";
import type { ReactNode } from "react";

import type { Column } from "@/components/ui/DataTable";

type CategoryRow = { code: string; slug: string; title: string };

/** The row-header "Category" column of a table of SOC major groups: the group's linked title, then `detail`. */
export function categoryColumn<Row extends CategoryRow>({ detail, className }: { detail: (row: Row) => ReactNode; className?: string }): Column<Row> {
  const cell = (row: Row) => (
    <>
      <Link href={`/categories/${row.slug}`}>{row.title}</Link>
      {detail(row)}
    </>
  );
  return { key: "category", header: "Category", rowHeader: true, className, cell };
}
