import { getTableConfig as pgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";

import * as sqliteSchema from "@/db/accounts/schema";
import * as pgSchema from "@/db/accounts/schema-pg";

/**
 * The accounts schema is declared twice, once per dialect (drizzle-kit generates each
 * dialect's migrations from its own declaration), and queries.ts runs one body against either.
 * That holds only while the pair matches: same exports, tables, columns, keys and indexes.
 */
type Shape = { table: string; columns: string[]; notNull: string[]; primaryKey: string[]; unique: string[]; indexes: string[] };

/** What both dialects' getTableConfig return, as far as the comparison needs. */
type TableConfig = {
  name: string;
  columns: { name: string; notNull: boolean; primary: boolean; isUnique: boolean }[];
  primaryKeys: { columns: { name: string }[] }[];
  indexes: { config: { name?: string } }[];
};

function shapeOf(config: TableConfig): Shape {
  const names = (columns: TableConfig["columns"]) => columns.map((column) => column.name).sort();
  return {
    table: config.name,
    columns: names(config.columns),
    notNull: names(config.columns.filter((column) => column.notNull)),
    primaryKey: [...names(config.columns.filter((column) => column.primary)), ...config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name))].sort(),
    unique: names(config.columns.filter((column) => column.isUnique)),
    indexes: config.indexes.map((index) => index.config.name ?? "").sort(),
  };
}

const tablesOf = <T>(schema: Record<string, unknown>, isTable: (value: unknown) => value is T) =>
  Object.entries(schema).filter((entry): entry is [string, T] => isTable(entry[1]));

describe("the accounts schema pair (SQLite and PostgreSQL)", () => {
  const sqliteTables = tablesOf(sqliteSchema, (value): value is SQLiteTable => value instanceof SQLiteTable);
  const pgTables = new Map(tablesOf(pgSchema, (value): value is PgTable => value instanceof PgTable));

  it("declares the same tables under the same export names", () => {
    expect(sqliteTables.length).toBeGreaterThanOrEqual(14);
    expect(sqliteTables.map(([name]) => name).sort()).toEqual([...pgTables.keys()].sort());
  });

  it.each(sqliteTables.map(([name, table]) => [name, table] as const))("%s: same columns, nullability, keys and indexes", (name, table) => {
    const pgTable = pgTables.get(name);
    expect(pgTable, `${name} has no PostgreSQL table`).toBeDefined();
    expect(shapeOf(pgTableConfig(pgTable!))).toEqual(shapeOf(sqliteTableConfig(table)));
  });

  it("hands better-auth the same models on both", () => {
    expect(Object.keys(pgSchema.authSchema).sort()).toEqual(Object.keys(sqliteSchema.authSchema).sort());
  });
});
