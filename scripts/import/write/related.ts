import * as schema from "@/db/content/schema";
import { relatedByScore } from "@/lib/scoring";

import { insertInChunks } from "../util";
import type { Writer } from "./input";

/** BLS's similar occupations of each OOH profile, and the closest same-category peers by score. */
export const writeRelated: Writer = (tx, { scored, matched }) => {
  const similarRows = scored.socs.flatMap((soc) => {
    const profile = scored.assembled.get(soc)?.profile;
    if (profile === null || profile === undefined) return [];
    return profile.similar_occupations.map((similar, ordinal) => ({
      soc,
      ordinal,
      title: similar.title,
      oohSlug: similar.slug,
      url: similar.url,
      duties: similar.duties ?? null,
      targetSoc: matched.socsByProfile.get(similar.slug)?.[0] ?? null,
    }));
  });
  insertInChunks(similarRows, 500, (chunk) => tx.insert(schema.similarOccupations).values(chunk).run());
  const relatedRows = matched.peers.flatMap((peer) => relatedByScore(peer, matched.peers).map((relatedSoc, ordinal) => ({ soc: peer.soc, ordinal, relatedSoc })));
  insertInChunks(relatedRows, 500, (chunk) => tx.insert(schema.relatedOccupations).values(chunk).run());
};
