import { Document, Page } from "@react-pdf/renderer";

import type { ReportData } from "./model";
import { Footer } from "./sections/chrome";
import { SenioritySection, SignalCompositionSection } from "./sections/composition";
import { Cover } from "./sections/cover";
import { HeatmapSection, PivotsWageToolsSections } from "./sections/pro";
import { ExternalSignalsSection } from "./sections/signals";
import { SourcesSection } from "./sections/sources";
import { TasksSection } from "./sections/tasks";
import { styles } from "./styles";

/**
 * One or more printed pages with the footer (the running header and page numbers are written
 * afterwards, page-chrome.ts). Each major section starts its own <Page>: the same output as
 * page breaks, but react-pdf paginates each part on its own, which keeps generation time from
 * growing with the square of the document length.
 */
function ReportPage({ data, children }: { data: ReportData; children: React.ReactNode }) {
  return (
    <Page size="LETTER" style={styles.page} wrap>
      {children}
      <Footer data={data} />
    </Page>
  );
}

/** The sections of each <Page>, in the profile page's order. */
const PAGES: readonly (readonly ((props: { data: ReportData }) => React.ReactNode)[])[] = [
  [Cover],
  [SignalCompositionSection, SenioritySection],
  [TasksSection],
  [HeatmapSection],
  [PivotsWageToolsSections],
  [ExternalSignalsSection],
  [SourcesSection],
];

/**
 * The PDF report of one occupation, sections in the profile page's order. A pure function
 * of `data`: no I/O, no clock (the generation date is in `data`), no hooks.
 */
export function ReportDocument({ data }: { data: ReportData }) {
  const { occupation } = data.profile;
  return (
    <Document
      title={`${occupation.title} (SOC ${occupation.soc}): AI pressure report`}
      author="AI Pressure"
      subject={`AI pressure score, task analysis and sources for ${occupation.title}`}
      keywords={`SOC ${occupation.soc}, AI exposure, O*NET, BLS`}
      creator="AI Pressure"
      producer="AI Pressure (react-pdf)"
      language="en-US"
      pageMode="useOutlines"
      creationDate={data.generatedAt}
      modificationDate={data.generatedAt}
    >
      {PAGES.map((sections, index) => (
        <ReportPage key={index} data={data}>
          {sections.map((Part) => (
            <Part key={Part.name} data={data} />
          ))}
        </ReportPage>
      ))}
    </Document>
  );
}
