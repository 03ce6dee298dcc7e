// The edit kinds of the forging and defending world (issue 24), one record each, in the same shape
// as editKinds.ts (which joins them into its table): the sender domain's DKIM signing and DMARC tags,
// the recipient domain's MTA-STS, DANE and TLS-RPT, and the attackers (what the spoofer forges, a
// man in the middle). Facts: email-facts.md §9.
import type { ControlSpec, EditKind } from './editTypes';
import { flag, oneOf } from './editFields';
import type { Field } from './editTypes';
import type { Forgery, Signing, World } from './world';
import type { Text } from '../words/vocabulary';
import * as zone from './zoneEdits';

export type StsMode = 'none' | 'testing' | 'enforce';
/** `dnssec`: TLSA records in a signed zone (DANE works); `no-dnssec`: the same records, unsigned (ignored). */
export type DaneEdit = 'none' | 'dnssec' | 'no-dnssec';
export type AlignEdit = 'relaxed' | 'strict';

export type ForgeEdit =
  | { kind: 'dkim-signing'; domain: string; value: Signing }
  | { kind: 'dmarc-pct'; domain: string; value: number } // 0 to 100
  | { kind: 'dmarc-align'; domain: string; value: AlignEdit }
  | { kind: 'dmarc-rua'; domain: string; value: boolean }
  | { kind: 'mta-sts'; domain: string; value: StsMode }
  | { kind: 'dane'; domain: string; value: DaneEdit }
  | { kind: 'tls-rpt'; domain: string; value: boolean }
  | { kind: 'mitm'; value: boolean }
  | { kind: 'forgery'; value: Forgery };

type ForgeOf<K extends ForgeEdit['kind']> = Extract<ForgeEdit, { kind: K }>;

/** A whole number from 0 to 100, as DMARC's pct= takes it (RFC 7489 §6.3). */
const percent: Field<number> = {
  write: (n) => [String(n)],
  read: (f) => (f.length === 1 && /^\d{1,3}$/.test(f[0] ?? '') && Number(f[0]) <= 100 ? [Number(f[0])] : null),
};

/** "Your changes" words keyed by the value: `edit.<kind>.<value>`, naming the domain. */
const byValue = (e: Extract<ForgeEdit, { domain: string }>): Text => ({
  key: `edit.${e.kind}.${String(e.value)}`,
  params: { domain: e.domain },
});

const omit = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/** The sender domain's controls sit on the resolver's card, and on the spoofer's (the forged domain). */
const SENDER_DNS = ['dns', 'spoofer'] as const;
const choice = (nodes: ControlSpec['nodes'], target: ControlSpec['target'], choices: readonly string[]) => ({
  nodes,
  target,
  control: 'choice' as const,
  choices,
});
const toggle = (nodes: ControlSpec['nodes'], target: ControlSpec['target']) => ({
  nodes,
  target,
  control: 'toggle' as const,
});

function stsApply(w: World, e: ForgeOf<'mta-sts'>): World {
  const txt = e.value === 'none' ? null : `v=STSv1; id=${zone.STS_ID}`;
  const next = zone.withZone(w, (z) => zone.txtEdit(z, zone.stsName(e.domain), 'v=STSv1', txt));
  const others = omit(w.mtaSts, e.domain);
  return { ...next, mtaSts: e.value === 'none' ? others : { ...others, [e.domain]: e.value } };
}

function daneApply(w: World, e: ForgeOf<'dane'>): World {
  const next = zone.tlsaEdit(w, e.domain, e.value !== 'none');
  const others = w.dnssec.filter((d) => d !== e.domain);
  return { ...next, dnssec: e.value === 'dnssec' ? [...others, e.domain] : others };
}

export const FORGE_KINDS = {
  'dkim-signing': {
    // i_DOMAIN_s|u|b: the provider signs, does not sign, or signs and a hop breaks the signature
    code: 'i',
    subject: 'domain',
    value: oneOf({ s: 'signed', u: 'unsigned', b: 'broken' }),
    apply: (w, e) => ({
      ...w,
      signing: e.value === 'signed' ? omit(w.signing, e.domain) : { ...w.signing, [e.domain]: e.value },
    }),
    controls: [
      {
        ...choice(['dns'], 'sender-domain', ['signed', 'unsigned', 'broken']),
        read: (w, domain) => w.signing[domain] ?? 'signed',
      },
    ],
    edit: (c, v) => ({ kind: 'dkim-signing', domain: c.target, value: v.choice as Signing }),
    describe: byValue,
    drawn: 'dns',
  },
  'dmarc-pct': {
    // c_DOMAIN_N: DMARC's pct=N (0 to 100; 100 writes no tag, the default)
    code: 'c',
    subject: 'domain',
    value: percent,
    apply: (w, e) => zone.dmarcEdit(w, e.domain, { pct: e.value === 100 ? undefined : String(e.value) }),
    controls: [
      {
        nodes: SENDER_DNS,
        target: 'sender-domain',
        control: 'choice',
        choices: () =>
          ['100', '50', '10', '0'].map((value) => ({
            value,
            label: { key: 'card.dmarc-pct.value', params: { pct: value } },
          })),
        read: (w, domain) => zone.dmarcTagsOf(domain, w)?.pct ?? '100',
      },
    ],
    edit: (c, v) => ({ kind: 'dmarc-pct', domain: c.target, value: Number(v.choice) }),
    describe: (e) => ({ key: 'edit.dmarc-pct', params: { domain: e.domain, pct: e.value } }),
    drawn: 'dns',
  },
  'dmarc-align': {
    // n_DOMAIN_r|s: relaxed alignment (the default) or strict (adkim=s; aspf=s)
    code: 'n',
    subject: 'domain',
    value: oneOf({ r: 'relaxed', s: 'strict' }),
    apply: (w, e) =>
      zone.dmarcEdit(
        w,
        e.domain,
        e.value === 'strict' ? { adkim: 's', aspf: 's' } : { adkim: undefined, aspf: undefined },
      ),
    controls: [
      {
        ...choice(SENDER_DNS, 'sender-domain', ['relaxed', 'strict']),
        read: (w, domain) => (zone.dmarcTagsOf(domain, w)?.adkim === 's' ? 'strict' : 'relaxed'),
      },
    ],
    edit: (c, v) => ({ kind: 'dmarc-align', domain: c.target, value: v.choice as AlignEdit }),
    describe: byValue,
    drawn: 'dns',
  },
  'dmarc-rua': {
    // u_DOMAIN_1|0: DMARC asks for aggregate reports (rua=mailto:dmarc-reports@DOMAIN) or not
    code: 'u',
    subject: 'domain',
    value: flag,
    apply: (w, e) => zone.dmarcEdit(w, e.domain, { rua: e.value ? `mailto:${zone.ruaAddress(e.domain)}` : undefined }),
    controls: [
      { ...toggle(SENDER_DNS, 'sender-domain'), read: (w, domain) => Boolean(zone.dmarcTagsOf(domain, w)?.rua) },
    ],
    edit: (c, v) => ({ kind: 'dmarc-rua', domain: c.target, value: v.on }),
    describe: byValue,
    drawn: 'dns',
  },
  'mta-sts': {
    // o_DOMAIN_n|t|e: the recipient domain's MTA-STS policy: none, testing, enforce
    code: 'o',
    subject: 'domain',
    value: oneOf({ n: 'none', t: 'testing', e: 'enforce' }),
    apply: stsApply,
    controls: [
      {
        ...choice(['recipient-mx', 'mitm'], 'recipient-domain', ['none', 'testing', 'enforce']),
        read: (w, domain) => w.mtaSts[domain] ?? 'none',
      },
    ],
    edit: (c, v) => ({ kind: 'mta-sts', domain: c.target, value: v.choice as StsMode }),
    describe: byValue,
    drawn: 'mx',
  },
  dane: {
    // e_DOMAIN_n|v|u: no TLSA records, TLSA in a DNSSEC-signed zone, TLSA without DNSSEC
    code: 'e',
    subject: 'domain',
    value: oneOf({ n: 'none', v: 'dnssec', u: 'no-dnssec' }),
    apply: daneApply,
    controls: [
      {
        ...choice(['recipient-mx', 'mitm'], 'recipient-domain', ['none', 'dnssec', 'no-dnssec']),
        read: (w, domain) =>
          !w.zone.some((r) => r.type === 'TLSA' && r.name.endsWith(`.${domain}`))
            ? 'none'
            : w.dnssec.includes(domain)
              ? 'dnssec'
              : 'no-dnssec',
      },
    ],
    edit: (c, v) => ({ kind: 'dane', domain: c.target, value: v.choice as DaneEdit }),
    describe: byValue,
    drawn: 'mx',
  },
  'tls-rpt': {
    // h_DOMAIN_1|0: the recipient domain asks for TLS reports (TXT _smtp._tls, rua=https:…) or not
    code: 'h',
    subject: 'domain',
    value: flag,
    apply: (w, e) =>
      zone.withZone(w, (z) =>
        zone.txtEdit(
          z,
          zone.tlsRptName(e.domain),
          'v=TLSRPTv1',
          e.value ? `v=TLSRPTv1; rua=${zone.tlsRptAddress(e.domain)}` : null,
        ),
      ),
    controls: [
      {
        ...toggle(['recipient-mx', 'mitm'], 'recipient-domain'),
        read: (w, domain) => zone.hasTlsRpt(domain, w),
      },
    ],
    edit: (c, v) => ({ kind: 'tls-rpt', domain: c.target, value: v.on }),
    describe: byValue,
    drawn: 'mx',
  },
  mitm: {
    // x_1|0: a man in the middle strips STARTTLS between the relays (on / off)
    code: 'x',
    subject: null,
    value: flag,
    apply: (w, e) => ({ ...w, mitm: e.value }),
    controls: [{ ...toggle(['recipient-mx', 'mitm'], 'app'), read: (w) => w.mitm }],
    edit: (_c, v) => ({ kind: 'mitm', value: v.on }),
    describe: (e) => ({ key: `edit.mitm.${String(e.value)}` }),
    drawn: 'mitm',
    change: (e) => (e.value ? 'attacker' : 'edited'),
  },
  forgery: {
    // y_e|n|l|h: the spoofer forges the exact address, a display name, a lookalike, a homograph
    code: 'y',
    subject: null,
    value: oneOf({ e: 'exact', n: 'display-name', l: 'lookalike', h: 'homograph' }),
    apply: (w, e) => ({ ...w, forgery: e.value }),
    controls: [
      {
        ...choice(['spoofer', 'sender-client'], 'app', ['exact', 'display-name', 'lookalike', 'homograph']),
        read: (w) => w.forgery,
      },
    ],
    edit: (_c, v) => ({ kind: 'forgery', value: v.choice as Forgery }),
    describe: (e) => ({ key: `edit.forgery.${e.value}` }),
    drawn: 'spoofer',
    change: () => 'attacker',
  },
} satisfies { [K in ForgeEdit['kind']]: EditKind<ForgeOf<K>> };
