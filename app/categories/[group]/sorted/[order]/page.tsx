import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryView } from "@/components/categories/CategoryView";
import { listCategoryOccupations, listCategorySummaries } from "@/db/queries/categories";
import { CATEGORY_ORDERS, categoryOrderSegment, categorySortFromOrderSegment, isDefaultCategorySort } from "@/lib/categories";

import { categoryFromSegment, categoryMetadata } from "../../category-route";

type Params = Promise<{ group: string; order: string }>;

/**
 * A category page in another sort order, prerendered (22 groups × 9 orders). Readers reach it
 * as /categories/<slug>?sort=<key>&dir=<dir>, which proxy.ts rewrites here; the canonical
 * address of every order is the category's own page.
 */
export const dynamicParams = false;

export function generateStaticParams() {
  const orders = CATEGORY_ORDERS.filter((order) => !isDefaultCategorySort(order));
  return listCategorySummaries().flatMap((category) => orders.map((order) => ({ group: category.slug, order: categoryOrderSegment(order) })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return categoryMetadata((await params).group);
}

export default async function SortedCategoryPage({ params }: { params: Params }) {
  const { group, order } = await params;
  const category = categoryFromSegment(group);
  const sort = categorySortFromOrderSegment(order);
  if (category === null || sort === null) notFound();
  return <CategoryView category={category} occupations={listCategoryOccupations(category.code)} sort={sort} />;
}
