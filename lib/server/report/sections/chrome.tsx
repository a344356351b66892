import { Text, View } from "@react-pdf/renderer";

import { formatDate } from "@/lib/format";

import type { ReportData } from "../model";
import { styles } from "../styles";
import { dataVintage, shortVersion } from "../text";

/** Repeated on every page after the cover: which occupation this page belongs to. */
export function RunningHeader({ data }: { data: ReportData }) {
  const { occupation } = data.profile;
  const score = occupation.score === null ? "no score" : `AI pressure ${occupation.score}/100`;
  return (
    <Text
      style={styles.runningHeader}
      fixed
      render={({ pageNumber }) => (pageNumber > 1 ? `${occupation.title} · SOC ${occupation.soc} · ${score}` : "")}
    />
  );
}

/**
 * On every page: when the report was made, from which data, the page number, and a last line
 * kept empty for who the copy is for (stamped per buyer, stamp.ts).
 */
export function Footer({ data }: { data: ReportData }) {
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerPage} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      <Text style={styles.footerLine}>
        Generated {formatDate(data.generatedAt)} · Data version {shortVersion(data.dataVersion)}
      </Text>
      <Text style={styles.footerLine}>Data vintage: {dataVintage(data)}</Text>
      <View style={styles.footerBuyerSlot} />
    </View>
  );
}
