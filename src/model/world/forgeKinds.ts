// The edit kinds of the forging and defending world (issue 24), one record each, in the same shape
// as editKinds.ts (which joins them into its table): the sender domain's DKIM signing and DMARC tags,
// the recipient domain's MTA-STS, DANE and TLS-RPT, and the attackers (what the spoofer forges, a
// man in the middle). Facts: email-facts.md §9.
import type { ControlSpec, EditKind } from './editTypes';
import { forwardTarget, type Forgery, type Signing, type World } from './world';
import type { Text } from '../words/vocabulary';
import * as zone from './zoneEdits';
import { EDIT_CODES as CODES } from './editCodes';
import type { AlignEdit, DaneEdit, ForgeEdit, StsMode } from './worldEdit';

export type { AlignEdit, DaneEdit, ForgeEdit, StsMode } from './worldEdit';

type ForgeOf<K extends ForgeEdit['kind']> = Extract<ForgeEdit, { kind: K }>;

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
    ...CODES['dkim-signing'],
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
  },
  'dmarc-pct': {
    ...CODES['dmarc-pct'],
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
  },
  'dmarc-align': {
    ...CODES['dmarc-align'],
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
  },
  'dmarc-rua': {
    ...CODES['dmarc-rua'],
    apply: (w, e) => zone.dmarcEdit(w, e.domain, { rua: e.value ? `mailto:${zone.ruaAddress(e.domain)}` : undefined }),
    controls: [
      { ...toggle(SENDER_DNS, 'sender-domain'), read: (w, domain) => Boolean(zone.dmarcTagsOf(domain, w)?.rua) },
    ],
    edit: (c, v) => ({ kind: 'dmarc-rua', domain: c.target, value: v.on }),
    describe: byValue,
  },
  'mta-sts': {
    ...CODES['mta-sts'],
    apply: stsApply,
    controls: [
      {
        ...choice(['recipient-mx', 'mitm'], 'recipient-domain', ['none', 'testing', 'enforce']),
        read: (w, domain) => w.mtaSts[domain] ?? 'none',
      },
    ],
    edit: (c, v) => ({ kind: 'mta-sts', domain: c.target, value: v.choice as StsMode }),
    describe: byValue,
  },
  dane: {
    ...CODES['dane'],
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
  },
  'tls-rpt': {
    ...CODES['tls-rpt'],
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
  },
  mitm: {
    ...CODES['mitm'],
    apply: (w, e) => ({ ...w, mitm: e.value }),
    controls: [{ ...toggle(['recipient-mx', 'mitm'], 'app'), read: (w) => w.mitm }],
    edit: (_c, v) => ({ kind: 'mitm', value: v.on }),
    describe: (e) => ({ key: `edit.mitm.${String(e.value)}` }),
  },
  forgery: {
    ...CODES['forgery'],
    apply: (w, e) => ({ ...w, forgery: e.value }),
    controls: [
      {
        ...choice(['spoofer', 'sender-client'], 'app', [
          'exact',
          'display-name',
          'lookalike',
          'homograph',
          'open-relay',
        ]),
        read: (w) => w.forgery,
      },
    ],
    edit: (_c, v) => ({ kind: 'forgery', value: v.choice as Forgery }),
    describe: (e) => ({ key: `edit.forgery.${e.value}` }),
  },
  'arc-trust': {
    ...CODES['arc-trust'],
    apply: (w, e) => {
      const others = w.arcTrusted.filter((d) => d !== e.domain);
      return { ...w, arcTrusted: e.value ? [...others, e.domain] : others };
    },
    controls: [
      {
        // On Bob's MX, for a message to an address that forwards: the target is the forwarder's
        // domain (the alias's), which seals the copy it sends on (ARC-Seal d=).
        ...toggle(['recipient-mx'], 'recipient-domain'),
        when: (s, w) => forwardTarget(w, s.recipient.address) !== null,
        read: (w, domain) => w.arcTrusted.includes(domain),
      },
    ],
    edit: (c, v) => ({ kind: 'arc-trust', domain: c.target, value: v.on }),
    describe: byValue,
  },
} satisfies { [K in ForgeEdit['kind']]: EditKind<ForgeOf<K>> };
