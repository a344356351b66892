import { beforeAll, describe, expect, it } from "vitest";

import { EvidenceMatcher, EVIDENCE_THRESHOLDS, profilePassages } from "@/scripts/import/evidence";
import { readOohProfiles } from "@/scripts/import/sources/ooh";
import { alsoCalledTitles } from "@/scripts/import/sources/ooh";
import { sentences, stem, tokens } from "@/lib/text/tokens";

describe("text normalisation", () => {
  it("stems common suffixes so task and duty wording meet", () => {
    expect(["reports", "reporting", "reported", "report"].map(stem)).toEqual(["report", "report", "report", "report"]);
    expect(["analysis", "analyzes", "analytics"].map(stem)).toEqual(["analyz", "analyz", "analyz"]);
    expect(tokens("Prepare and maintain production reports.")).toEqual(["prepar", "maintain", "production", "report"]);
  });

  it("splits paragraphs into sentences", () => {
    expect(sentences("They plan work. They hire staff! Why? 3 steps follow.")).toEqual(["They plan work.", "They hire staff!", "Why?", "3 steps follow."]);
  });

  it("extracts 'also called' titles from OOH text", () => {
    expect(alsoCalledTitles("Industrial production managers, also called plant managers, may oversee an entire plant.")).toEqual(["plant managers"]);
    expect(alsoCalledTitles("Biochemists, sometimes called molecular biologists or cellular biologists, may study cells.")).toEqual([
      "molecular biologists",
      "cellular biologists",
    ]);
    expect(alsoCalledTitles("Pilots who fly in low visibility, also known as IMC, need a rating.")).toEqual([]);
  });
});

describe("BLS evidence matching thresholds", () => {
  let matcher: EvidenceMatcher;
  beforeAll(() => {
    matcher = new EvidenceMatcher(readOohProfiles("data/sources").flatMap(profilePassages));
  });

  // Pairs read by hand: the passage describes the same activity as the task.
  it.each([
    ["Hire, train, evaluate, or discharge staff or resolve personnel grievances.", "industrial-production-managers", "Hire, train, and evaluate workers"],
    ["Prepare and maintain production reports or personnel records.", "industrial-production-managers", "Review production reports"],
    ["Identify, pursue, and arrest suspects and perpetrators of criminal acts.", "police-and-detectives", "Arrest people suspected of committing crimes"],
    [
      "Examine patients or order, perform, and interpret diagnostic tests to obtain information on medical condition and determine diagnosis.",
      "physicians-and-surgeons",
      "Physicians examine patients;",
    ],
  ])("quotes a passage that matches: %s", (statement, slug, expected) => {
    const match = matcher.match(statement, slug);
    expect(match?.passage.text.startsWith(expected)).toBe(true);
  });

  // Pairs read by hand: the best passage shares words but not the activity, and sits just below its threshold.
  it.each([
    ["Accept music requests from event guests.", "announcers", "duty"],
    ["Develop new calibration methods or techniques based on measurement science, analyses, or customer needs.", "calibration-technologists-and-technicians", "sentence"],
    ["Communicate with network personnel or Web site hosting agencies to address hardware or software issues affecting Web sites.", "web-developers", "sentence"],
  ] as const)("quotes nothing for a false friend: %s", (statement, slug, kind) => {
    const loose = matcher.match(statement, slug, { duty: 0, sentence: 0 });
    expect(loose?.passage.kind).toBe(kind);
    expect(loose!.similarity).toBeGreaterThan(0.25);
    expect(loose!.similarity).toBeLessThan(EVIDENCE_THRESHOLDS[kind]);
    expect(matcher.match(statement, slug)).toBeNull();
  });

  it("quotes nothing for a profile it does not know", () => {
    expect(matcher.match("Hire staff.", "no-such-profile")).toBeNull();
  });
});
