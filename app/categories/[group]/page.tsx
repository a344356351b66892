import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryView } from "@/components/categories/CategoryView";
import { listCategoryOccupations, listCategorySummaries } from "@/db/queries/categories";
import { DEFAULT_DIRECTION, DEFAULT_SORT } from "@/lib/categories";

import { categoryFromSegment, categoryMetadata } from "./category-route";

type Params = Promise<{ group: string }>;

/**
 * A category page in its default order (score, highest first), prerendered. Other spellings of
 * the group ("11", "11-managment") are redirected by proxy.ts, which also serves the other sort
 * orders (`?sort=&dir=`) from their own prerendered pages (./sorted/[order]).
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return listCategorySummaries().map((category) => ({ group: category.slug }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return categoryMetadata((await params).group);
}

export default async function CategoryPage({ params }: { params: Params }) {
  const category = categoryFromSegment((await params).group);
  if (category === null) notFound();
  return <CategoryView category={category} occupations={listCategoryOccupations(category.code)} sort={{ sort: DEFAULT_SORT, dir: DEFAULT_DIRECTION[DEFAULT_SORT] }} />;
}
