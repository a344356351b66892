import { Link, Text, View } from "@react-pdf/renderer";

import { formatDecimal } from "@/lib/format";
import { otherIndices } from "@/lib/indices";
import { SIGNAL_NAMES } from "@/lib/scoring";

import { ExplainedText } from "../explained";
import type { ReportData } from "../model";
import { Paragraph, Section, Subheading, Table, type Column } from "../primitives";
import { styles } from "../styles";

const SIGNAL_COLUMNS: readonly Column[] = [
  { label: "Signal", flex: 2.6 },
  { label: "Raw value", flex: 4 },
  { label: "0–100", flex: 1, numeric: true },
  { label: "Source and vintage", flex: 4.4 },
];

const INDEX_COLUMNS: readonly Column[] = [
  { label: "Measure", flex: 4 },
  { label: "Value", flex: 1, numeric: true },
  { label: "Note", flex: 5 },
];

/** Where published measures agree or disagree with this score (components/occupation/ExternalSignals.tsx). */
function OtherIndices({ data }: { data: ReportData }) {
  const rows = otherIndices(data.profile.occupation);
  const agreement = data.profile.explanations?.agreement ?? null;
  return (
    <View>
      <Subheading>Other indices</Subheading>
      {agreement === null ? null : <ExplainedText style={styles.paragraph} sentences={[agreement]} />}
      <Table columns={INDEX_COLUMNS} rows={rows} rowKey={(row) => row.name} cells={(row) => [row.name, row.value, <Text key="note" style={[styles.small, styles.muted]}>{row.note}</Text>]} />
    </View>
  );
}

/** Every signal with raw value, vintage, source link and whether it was imputed from the category prior. */
export function ExternalSignalsSection({ data }: { data: ReportData }) {
  const { signals, factors, occupation, ooh } = data.profile;
  return (
    <Section title="8. External signals and sources" intro="Every signal with its raw value, vintage and source; imputed values are marked.">
      <Table
        columns={SIGNAL_COLUMNS}
        rows={signals}
        rowKey={(signal) => signal.signal}
        cells={(signal) => [
          <Text key="name" style={styles.bold}>
            {signal.signal} · {SIGNAL_NAMES[signal.signal]}
          </Text>,
          <View key="raw">
            {signal.imputed ? <Text style={[styles.small, styles.bold]}>Imputed from category prior</Text> : null}
            <Text>{signal.rawLabel}</Text>
            {signal.raw !== null ? <Text style={[styles.small, styles.muted]}>raw value {formatDecimal(signal.raw)}</Text> : null}
            {signal.note ? <Text style={[styles.small, styles.muted]}>{signal.note}</Text> : null}
          </View>,
          formatDecimal(signal.value),
          <View key="source">
            {signal.sourceUrl ? (
              <Link src={signal.sourceUrl} style={styles.link}>
                {signal.source}
              </Link>
            ) : (
              <Text>{signal.source}</Text>
            )}
            <Text style={[styles.small, styles.muted]}>{signal.vintage}</Text>
          </View>,
        ]}
      />
      <OtherIndices data={data} />
      {factors.length > 0 ? (
        <View>
          <Subheading>
            What BLS says affects demand for {occupation.nemTitle ?? occupation.title} (Employment Projections Table 1.12)
          </Subheading>
          {factors.map((factor) => (
            <Text key={factor.ordinal} style={{ marginBottom: 3 }}>
              <Text style={styles.muted}>{factor.industry}: </Text>
              {factor.text}
            </Text>
          ))}
        </View>
      ) : null}
      {ooh ? (
        <Paragraph style={[styles.small, styles.muted, { marginTop: 6 }]}>
          BLS Occupational Outlook Handbook profile: {ooh.title}
          {ooh.title.toLowerCase() !== occupation.title.toLowerCase() ? " (covers this and related occupations)" : ""},{" "}
          <Link src={ooh.url} style={styles.link}>
            {ooh.url}
          </Link>
          .
        </Paragraph>
      ) : (
        <Paragraph style={[styles.small, styles.muted, { marginTop: 6 }]}>This occupation has no profile of its own in the BLS Occupational Outlook Handbook.</Paragraph>
      )}
    </Section>
  );
}
