import * as schema from "@/db/content/schema";

import { insertInChunks } from "../util";
import type { Writer } from "./input";

/** O*NET 30.1 skills, knowledge, related occupations and technologies of every SOC code (step "profiles"). */
export const writeOnetProfiles: Writer = (tx, { profiles }) => {
  const elementRows = [...profiles.bySoc].flatMap(([soc, profile]) => [
    ...profile.skills.map((element) => ({ soc, domain: "skill" as const, elementId: element.id, name: element.name, importance: element.importance, level: element.level })),
    ...profile.knowledge.map((element) => ({ soc, domain: "knowledge" as const, elementId: element.id, name: element.name, importance: element.importance, level: element.level })),
  ]);
  insertInChunks(elementRows, 500, (chunk) => tx.insert(schema.onetElements).values(chunk).run());
  const relatedRows = [...profiles.bySoc].flatMap(([soc, profile]) =>
    profile.related.map((related, ordinal) => ({ soc, ordinal, relatedSoc: related.soc, title: related.title, tier: related.tier, onetIndex: related.index })),
  );
  insertInChunks(relatedRows, 500, (chunk) => tx.insert(schema.onetRelatedOccupations).values(chunk).run());
  const technologyRows = [...profiles.bySoc].flatMap(([soc, profile]) => profile.technologies.map((technology) => ({ soc, ...technology })));
  insertInChunks(technologyRows, 500, (chunk) => tx.insert(schema.onetTechnologies).values(chunk).run());
};
