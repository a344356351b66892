import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { TaskTable } from "@/components/occupation/TaskTable";
import { getOnetOccupationTasks, listOnetTaskPages } from "@/db/queries/profile";
import { formatDecimal } from "@/lib/format";
import { occupationPath } from "@/lib/soc";
import { isOnetSocCode } from "@/lib/soc";

import { resolveProfileSegment } from "../../resolve";

export const dynamic = "force-static";
// Every task page is known at build time; unknown ones are 404s that write nothing to disk.
export const dynamicParams = false;

/**
 * Both segments at once: Next passes a page's generated params to a child page's
 * generateStaticParams unreliably (vercel/next.js#53717), so the child lists every pair and
 * keeps those under the parent segment when it is given.
 */
export function generateStaticParams({ params }: { params?: { soc?: string } }) {
  const pages = listOnetTaskPages().filter(({ slug }) => params?.soc === undefined || params.soc === slug);
  return pages.map(({ slug, onetSoc }) => ({ soc: slug, onet: onetSoc }));
}

type Props = { params: Promise<{ soc: string; onet: string }> };

function load(segment: string, onetSoc: string) {
  if (!isOnetSocCode(onetSoc)) notFound();
  const profile = resolveProfileSegment(segment, `/tasks/${onetSoc}`);
  const onet = getOnetOccupationTasks(onetSoc);
  if (onet === null || onet.onet.soc !== profile.occupation.soc) notFound();
  return { profile, ...onet };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { soc, onet } = await params;
  const data = load(soc, onet);
  return {
    title: `${data.onet.title} (${data.onet.onetSoc}) — tasks`,
    description: `The ${data.tasks.length} O*NET tasks of ${data.onet.title}, each scored for current-generation AI feasibility.`,
    alternates: { canonical: `${occupationPath(data.profile.occupation.slug)}/tasks/${data.onet.onetSoc}` },
  };
}

/** The task view of one O*NET-SOC code: the `.00` code or a specialisation. */
export default async function OnetTasksPage({ params }: Props) {
  const { soc, onet } = await params;
  const { profile, onet: occupation, tasks } = load(soc, onet);
  return (
    <article>
      <p className="muted">
        <Link href={occupationPath(profile.occupation.slug)}>← {profile.occupation.title}</Link>
      </p>
      <h1>{occupation.title}</h1>
      <p>
        O*NET-SOC {occupation.onetSoc}, part of SOC {profile.occupation.soc}.{" "}
        {occupation.taskSignal === null ? "No rated tasks." : `Task signal (weighted mean task score): ${formatDecimal(occupation.taskSignal)}.`}{" "}
        {occupation.inSocTaskList
          ? "These tasks make up the task list of the occupation’s score."
          : "A specialisation: its tasks are shown here but do not enter the occupation’s score, which uses the .00 code’s tasks."}
      </p>
      {tasks.length === 0 ? <p className="notice">O*NET lists no rated tasks for this code.</p> : <TaskTable tasks={tasks} oohUrl={profile.ooh?.url ?? null} onetVersion={profile.vintages?.onet ?? null} />}
    </article>
  );
}
