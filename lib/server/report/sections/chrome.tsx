import { Text, View } from "@react-pdf/renderer";

import { formatDate } from "@/lib/format";

import type { ReportData } from "../model";
import { styles } from "../styles";
import { dataVintage, shortVersion } from "../text";

/**
 * On every page: when the report was made, from which data, and a last line kept empty for the
 * page number (page-chrome.ts) and who the copy is for (stamped per buyer, stamp.ts). The running
 * header above each page's content is written by page-chrome.ts too.
 */
export function Footer({ data }: { data: ReportData }) {
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerLine}>
        Generated {formatDate(data.generatedAt)} · Data version {shortVersion(data.dataVersion)}
      </Text>
      <Text style={styles.footerLine}>Data vintage: {dataVintage(data)}</Text>
      <View style={styles.footerBuyerSlot} />
    </View>
  );
}
