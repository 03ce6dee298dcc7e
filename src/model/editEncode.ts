// Writing world edits in their compact form (the format is described in editCodec.ts, which reads
// it). Apart from the reader: every page writes `data-world` and share links, only links are read.
import type { WorldEdit } from './edits';

/** Bounds (editCodec.ts): a longer text or more edits than this is refused, not truncated. */
export const MAX_WORLD_TEXT = 1000;
export const MAX_EDITS = 24;

/** The letters of each edit's values. */
export const REACH = { u: 'up', t: 'timeout', x: 'refused' } as const;
export const MAILBOX = { o: 'ok', t: 'temporary', p: 'permanent', x: 'absent' } as const;
export const DOMAIN = { e: 'exists', n: 'nxdomain', '0': 'null-mx' } as const;
export const SPF = { p: 'provider', o: 'other', n: 'none' } as const;
export const DMARC = { n: 'none', q: 'quarantine', r: 'reject', x: 'absent' } as const;
const letterOf = (table: Readonly<Record<string, string>>, value: string) =>
  Object.keys(table).find((k) => table[k] === value) ?? '';

function encodeOne(e: WorldEdit): string {
  const split = (a: string) => a.split('@').join('_');
  switch (e.kind) {
    case 'reach':
      return `r_${e.host}_${letterOf(REACH, e.value)}`;
    case 'greylisting':
      return `g_${e.host}_${e.value ? 1 : 0}`;
    case 'size-limit':
      return `z_${e.host}_${e.value}`;
    case 'spam':
      return `j_${e.host}_${e.value ? 1 : 0}`;
    case 'mailbox':
      return `b_${split(e.address)}_${letterOf(MAILBOX, e.value)}`;
    case 'alias':
      return e.value === null ? `a_${split(e.address)}` : `a_${split(e.address)}_${split(e.value)}`;
    case 'mx':
      return ['m', e.domain, ...e.value.flatMap((r) => [String(r.preference), r.exchange])].join('_');
    case 'domain':
      return `d_${e.domain}_${letterOf(DOMAIN, e.value)}`;
    case 'spf':
      return `f_${e.domain}_${letterOf(SPF, e.value)}`;
    case 'dkim':
      return `k_${e.domain}_${e.value ? 1 : 0}`;
    case 'dmarc':
      return `p_${e.domain}_${letterOf(DMARC, e.value)}`;
    case 'password':
      return `w_${e.value ? 1 : 0}`;
    case 'attachment':
      return `t_${e.value}`;
    case 'spoof':
      return `s_${e.value ? 1 : 0}`;
    case 'list':
      return `l_${split(e.address)}_${e.value ? 1 : 0}`;
  }
}

/** The compact text of a list of edits (the empty text when there are none). */
export const encodeEdits = (edits: readonly WorldEdit[]): string => edits.map(encodeOne).join('*');
