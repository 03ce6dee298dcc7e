// The hop table as text: each cell as shown, and the tab-separated copy made safe for spreadsheets.
import { showControls, type Hop } from '../../model/trace';
import { utcText } from './timeText';

/** The sending side as one cell: its name and, when different, its address in brackets. */
export const fromText = (h: Hop) =>
  showControls(
    [h.fromHost, h.fields.ip && h.fields.ip !== h.fromHost ? `[${h.fields.ip}]` : ''].filter(Boolean).join(' '),
  );

/**
 * What a spreadsheet may still read as a formula (OWASP, CSV injection): `=`, `+`, `-`, `@` or their
 * full-width forms, a tab, CR or LF, also after leading spaces, invisible characters or quotes
 * (a pasted `"=1+1"` loses its quotes, and some spreadsheets skip leading spaces).
 */
const FORMULA = /^[\s\p{Cf}"'\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/u;

/**
 * A cell a spreadsheet will not run: one that could start a formula gets a leading apostrophe, so
 * `=HYPERLINK(…)` from a forged header stays text. Tabs and line breaks inside a cell become spaces
 * so the columns stay in place.
 */
export function spreadsheetSafe(cell: string | number): string {
  const text = String(cell);
  const safe = FORMULA.test(text) ? `'${text}` : text;
  return safe.replace(/[\t\r\n]/g, ' ');
}

/** Tab-separated text of the table, in its current order, for pasting into a spreadsheet. */
export function asText(hops: readonly Hop[], header: readonly string[]): string {
  const rows = hops.map((h) =>
    [
      h.number,
      fromText(h),
      showControls(h.byHost),
      showControls(h.fields.with ?? ''),
      utcText(h.fields.date),
      h.delaySeconds ?? '',
    ]
      .map(spreadsheetSafe)
      .join('\t'),
  );
  return [header.map(spreadsheetSafe).join('\t'), ...rows].join('\n');
}
