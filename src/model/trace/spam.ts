// Spam filters' verdicts in plain words: Microsoft 365 (X-Forefront-Antispam-Report,
// X-Microsoft-Antispam, X-MS-Exchange-Organization-SCL, the mailbox delivery field), SpamAssassin
// (X-Spam-Status, X-Spam-Flag) and rspamd (X-Spamd-Result, X-Rspamd-*). Each code gets a meaning key
// (traceWhy.*); the words live in the catalogue, so the model says which, never how.
import type { SpamCode, SpamVerdict } from './types';

export interface SpamField {
  key: string;
  value: string;
}

const code = (name: string, value: string, key: string, params: Record<string, string> = {}): SpamCode => ({
  name,
  value,
  meaning: { key, params: { value, ...params } },
});

/** Spam confidence level (SCL): -1 skipped, 0–1 clean, 5–6 spam, 7–9 high confidence; 2–4 unused but possible. */
function scl(value: string): SpamCode {
  const n = Number(value);
  const band = n < 0 ? 'skipped' : n <= 1 ? 'clean' : n <= 4 ? 'mid' : n <= 6 ? 'spam' : 'high';
  return code('SCL', value, `traceWhy.ms.scl.${band}`);
}

/** Bulk complaint level (BCL): 0 not bulk, 1–3 few complaints, 4–7 bulk, 8–9 many complaints. */
function bcl(value: string): SpamCode {
  const n = Number(value);
  const band = n <= 0 ? 'none' : n <= 3 ? 'low' : n <= 7 ? 'mid' : 'high';
  return code('BCL', value, `traceWhy.ms.bcl.${band}`);
}

const SFV = ['NSPM', 'SPM', 'SKS', 'SKA', 'SKB', 'SKI', 'SKQ', 'SKN', 'SFE', 'BLK'];
const CAT = [
  'NONE',
  'BULK',
  'SPM',
  'HSPM',
  'PHSH',
  'HPHSH',
  'HPHISH',
  'MALW',
  'SPOOF',
  'DIMP',
  'UIMP',
  'GIMP',
  'AMP',
  'SAP',
  'OSPM',
  'FTBP',
  'INTOS',
];
const IPV = ['CAL', 'NLI'];
const DIR = ['INB', 'OUT', 'INT'];

/** A known code has its own meaning; any other value still shows, with the field's general meaning. */
const known = (name: string, value: string, list: readonly string[]) =>
  code(
    name,
    value,
    list.includes(value.toUpperCase())
      ? `traceWhy.ms.${name.toLowerCase()}.${value.toUpperCase()}`
      : `traceWhy.ms.${name.toLowerCase()}.other`,
  );

/** `A:1;B:2;` → pairs, in order. Values may hold colons (IPv6), so only the first one splits. */
function pairs(value: string): [string, string][] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.includes(':'))
    .map((part) => [part.slice(0, part.indexOf(':')).trim().toUpperCase(), part.slice(part.indexOf(':') + 1).trim()]);
}

function forefront(value: string): SpamCode[] {
  const out: SpamCode[] = [];
  for (const [name, v] of pairs(value)) {
    if (name === 'SCL') out.push(scl(v));
    else if (name === 'SFV') out.push(known('SFV', v, SFV));
    else if (name === 'CAT') out.push(known('CAT', v, CAT));
    else if (name === 'IPV') out.push(known('IPV', v, IPV));
    else if (name === 'SRV' && v)
      out.push(code('SRV', v, v.toUpperCase() === 'BULK' ? 'traceWhy.ms.srv.BULK' : 'traceWhy.ms.srv.other'));
    else if (name === 'PTR' && v) out.push(code('PTR', v, 'traceWhy.ms.ptr'));
    else if (name === 'CIP' && v) out.push(code('CIP', v, 'traceWhy.ms.cip'));
    else if (name === 'CTRY' && v) out.push(code('CTRY', v, 'traceWhy.ms.ctry'));
    else if (name === 'DIR') out.push(known('DIR', v, DIR));
  }
  return out;
}

/** X-Microsoft-Antispam-Mailbox-Delivery: `dest:J` is the Junk Email folder, `dest:I` the inbox. */
function delivery(value: string): { codes: SpamCode[]; folder: 'inbox' | 'junk' | null } {
  const dest =
    pairs(value)
      .find(([name]) => name === 'DEST')?.[1]
      ?.toUpperCase() ?? null;
  if (!dest) return { codes: [], folder: null };
  const folder = dest === 'J' ? 'junk' : dest === 'I' ? 'inbox' : null;
  return { codes: [code('dest', dest, folder ? `traceWhy.ms.dest.${dest}` : 'traceWhy.ms.dest.other')], folder };
}

/** Microsoft 365's fields, read together: one verdict. */
export function microsoftVerdict(fields: readonly SpamField[]): SpamVerdict | null {
  const codes: SpamCode[] = [];
  let folder: 'inbox' | 'junk' | null = null;
  for (const f of fields) {
    if (f.key === 'x-forefront-antispam-report') codes.push(...forefront(f.value));
    else if (f.key === 'x-microsoft-antispam') {
      const b = pairs(f.value).find(([name]) => name === 'BCL');
      if (b) codes.push(bcl(b[1]));
    } else if (f.key === 'x-ms-exchange-organization-scl' && !codes.some((c) => c.name === 'SCL'))
      codes.push(scl(f.value.trim()));
    else if (f.key === 'x-microsoft-antispam-mailbox-delivery') {
      const d = delivery(f.value);
      codes.push(...d.codes);
      folder = d.folder ?? folder;
    }
  }
  if (codes.length === 0) return null;
  const sclValue = Number(codes.find((c) => c.name === 'SCL')?.value ?? NaN);
  const sfv = codes.find((c) => c.name === 'SFV')?.value.toUpperCase();
  const spam =
    sfv === 'SPM' || sfv === 'SKS' || sfv === 'BLK' || sclValue >= 5
      ? true
      : sfv || !Number.isNaN(sclValue)
        ? false
        : null;
  return {
    kind: 'spam',
    filter: 'microsoft',
    codes,
    spam,
    // SCL 5 and above goes to the Junk Email folder by default (Exchange Online's spam policy).
    folder: folder ?? (sclValue >= 5 ? 'junk' : null),
    source: fields.map((f) => `${f.key}: ${f.value}`).join('\n'),
  };
}

/** A SpamAssassin or rspamd rule name → the family it belongs to, for a one-line meaning. */
const RULE_FAMILIES: readonly [RegExp, string][] = [
  [/^BAYES_/, 'bayes'],
  [/^(URIBL_|URI_|SURBL_|DBL_|RSPAMD_URIBL)/, 'uri'],
  [/^(RCVD_IN_|RBL_|RECEIVED_SPAMHAUS|RCVD_VIA)/, 'rbl'],
  [/^(SPF_|R_SPF_)/, 'spf'],
  [/^(DKIM_|R_DKIM_)/, 'dkim'],
  [/^DMARC_/, 'dmarc'],
  [/^ARC_/, 'arc'],
  [/^(HTML_|MIME_|MPART_|CTYPE_)/, 'mime'],
  [/^(FREEMAIL_|FROM_|TO_|REPLYTO_|FORGED_|HEADER_|MISSING_|MID_|SUBJ_|DATE_)/, 'headers'],
  [/^(RDNS_|HELO_|TO_DN_|RCVD_|ASN|IP_)/, 'sender'],
  [/^(ALL_TRUSTED|WHITELIST|USER_IN_|WELCOMELIST|DEF_WHITELIST)/, 'trusted'],
];

function rule(name: string, weight: string | null): SpamCode {
  const family = RULE_FAMILIES.find(([re]) => re.test(name.toUpperCase()))?.[1] ?? 'other';
  return code(name, weight ?? '', `traceWhy.rule.${family}`, { rule: name });
}

/** `Yes, score=7.3 required=5.0 tests=BAYES_99,URIBL_BLACK autolearn=no` (SpamAssassin). */
export function spamAssassinVerdict(fields: readonly SpamField[]): SpamVerdict | null {
  const status = fields.find((f) => f.key === 'x-spam-status')?.value ?? null;
  const flag =
    fields
      .find((f) => f.key === 'x-spam-flag')
      ?.value.trim()
      .toUpperCase() ?? null;
  if (!status && !flag) return null;
  const text = status ?? '';
  const yes = /^\s*yes\b/i.test(text) || flag === 'YES';
  const score = /score=(-?[\d.]+)/i.exec(text)?.[1] ?? /hits=(-?[\d.]+)/i.exec(text)?.[1] ?? null;
  const required = /required=(-?[\d.]+)/i.exec(text)?.[1] ?? null;
  const tests = (/tests=([^\s]*(?:\s*,\s*[^\s]+)*)/i.exec(text)?.[1] ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => /^[A-Z0-9_]+$/i.test(t) && t.toLowerCase() !== 'none');
  const codes: SpamCode[] = [
    code('X-Spam-Flag', yes ? 'YES' : 'NO', yes ? 'traceWhy.sa.yes' : 'traceWhy.sa.no'),
    ...(score ? [code('score', score, 'traceWhy.sa.score', { required: required ?? '?' })] : []),
    ...tests.slice(0, 40).map((t) => rule(t, null)),
  ];
  const source = fields
    .filter((f) => f.key === 'x-spam-status' || f.key === 'x-spam-flag')
    .map((f) => `${f.key}: ${f.value}`)
    .join('\n');
  return { kind: 'spam', filter: 'spamassassin', codes, spam: yes, folder: null, source };
}

const ACTIONS = ['no action', 'greylist', 'add header', 'rewrite subject', 'soft reject', 'reject'];

/** `default: False [2.40 / 15.00]; R_SPF_ALLOW(-0.20)[+ip4:192.0.2.0/24]; …` and X-Rspamd-Action. */
export function rspamdVerdict(fields: readonly SpamField[]): SpamVerdict | null {
  const result = fields.find((f) => f.key === 'x-spamd-result')?.value ?? null;
  const action =
    fields
      .find((f) => f.key === 'x-rspamd-action')
      ?.value.trim()
      .toLowerCase() ?? null;
  const scoreField = fields.find((f) => f.key === 'x-rspamd-score')?.value.trim() ?? null;
  if (!result && !action && !scoreField) return null;
  const head = /(true|false)\s*\[\s*(-?[\d.]+)\s*\/\s*(-?[\d.]+)\s*\]/i.exec(result ?? '');
  const symbols = [...(result ?? '').matchAll(/([A-Z][A-Z0-9_]+)\((-?[\d.]+)\)/g)].map((m) => rule(m[1]!, m[2]!));
  const score = head?.[2] ?? scoreField;
  const codes: SpamCode[] = [
    ...(action
      ? [
          code(
            'action',
            action,
            ACTIONS.includes(action) ? `traceWhy.rspamd.${action.replace(/ /g, '_')}` : 'traceWhy.rspamd.other',
          ),
        ]
      : []),
    ...(score ? [code('score', score, 'traceWhy.rspamd.score', { required: head?.[3] ?? '?' })] : []),
    ...symbols.slice(0, 40),
  ];
  const spam = head
    ? head[1]!.toLowerCase() === 'true'
    : action
      ? action !== 'no action' && action !== 'greylist'
      : null;
  const source = fields
    .filter((f) => f.key === 'x-spamd-result' || f.key.startsWith('x-rspamd-'))
    .map((f) => `${f.key}: ${f.value}`)
    .join('\n');
  return { kind: 'spam', filter: 'rspamd', codes, spam, folder: null, source };
}
