import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/ui/DataTable";

const rows = [
  { id: "a", name: "Alpha", jobs: 10 },
  { id: "b", name: "Beta", jobs: 2 },
];

describe("DataTable", () => {
  it("renders caption, scoped headers, row headers and numeric cells inside the scroll wrapper", () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Jobs by name"
        captionClassName="visually-hidden"
        testId="jobs"
        rows={rows}
        rowKey={(row) => row.id}
        rowProps={(row) => ({ className: row.jobs > 5 ? "big" : undefined, id: `row-${row.id}`, "data-jobs": String(row.jobs) })}
        columns={[
          { key: "name", header: "Name", rowHeader: true, cell: (row) => row.name },
          { key: "jobs", header: "Jobs", numeric: true, className: "extra", label: "Jobs", cell: (row, index) => `${row.jobs} (#${index + 1})` },
        ]}
      />,
    );
    expect(html).toBe(
      '<div class="table-scroll"><table data-testid="jobs"><caption class="visually-hidden">Jobs by name</caption>' +
        '<thead><tr><th scope="col">Name</th><th scope="col" class="num">Jobs</th></tr></thead>' +
        '<tbody><tr class="big" id="row-a" data-jobs="10"><th scope="row">Alpha</th><td data-label="Jobs" class="num extra">10 (#1)</td></tr>' +
        '<tr id="row-b" data-jobs="2"><th scope="row">Beta</th><td data-label="Jobs" class="num extra">2 (#2)</td></tr></tbody></table></div>',
    );
  });

  it("adds a class to the wrapper, or leaves the table bare", () => {
    const columns = [{ key: "name", header: "Name", cell: (row: (typeof rows)[number]) => row.name }];
    expect(renderToStaticMarkup(<DataTable scroll="wide" rows={rows} rowKey={(row) => row.id} columns={columns} />)).toMatch(/^<div class="table-scroll wide"><table>/);
    expect(renderToStaticMarkup(<DataTable scroll={false} rows={rows} rowKey={(row) => row.id} columns={columns} />)).toMatch(/^<table><thead>/);
  });

  it("takes header rows, bodies and a footer as markup for irregular tables", () => {
    const html = renderToStaticMarkup(
      <DataTable className="t" head={<tr><th scope="col">Group</th></tr>} foot={<tr><td>total</td></tr>}>
        <tbody><tr><td>one</td></tr></tbody>
        <tbody><tr><td>two</td></tr></tbody>
      </DataTable>,
    );
    expect(html).toBe(
      '<div class="table-scroll"><table class="t"><thead><tr><th scope="col">Group</th></tr></thead>' +
        "<tbody><tr><td>one</td></tr></tbody><tbody><tr><td>two</td></tr></tbody><tfoot><tr><td>total</td></tr></tfoot></table></div>",
    );
  });
});
