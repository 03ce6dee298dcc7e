// Every verdict a header records, at the hop of the server that wrote it: SPF, DKIM per signature,
// DMARC alignment spelled out, the ARC chain, and spam filters' codes. A field's place among the
// Received lines tells who wrote it (each server prepends its own lines, RFC 5321 §4.4); a field
// below the receiving organisation's border was written by the sender's side and proves nothing
// (RFC 8601 §5, email-facts §4), whatever server it names.
import { getDomain } from 'tldts-icann';
import { organisation } from './hosts';
import { microsoftVerdict, rspamdVerdict, spamAssassinVerdict, type SpamField } from './spam';
import { tokenize } from './tokens';
import type {
  Alignment,
  ArcChain,
  ArcInstance,
  DkimCheck,
  DmarcCheck,
  Hop,
  SpfCheck,
  VerdictItem,
  WriterVerdicts,
} from './types';

export interface PlacedValue {
  key: string;
  value: string;
  /** Received fields above it; unknown when the field came without its place. */
  receivedAbove?: number;
}

/** One `method=result prop=value … (comment)` clause of an Authentication-Results field. */
interface Clause {
  method: string;
  result: string;
  props: Record<string, string>;
  comments: string[];
}

/** RFC 8601 §2.2: `authserv-id; method=result props (comments); …`. Microsoft 365 writes no authserv-id. */
export function clauses(value: string): { id: string; clauses: Clause[] } {
  const out: Clause[] = [];
  let id = '';
  let first = true;
  let current: Clause | null = null;
  for (const token of tokenize(value.slice(0, 8000))) {
    if (token.kind === 'semicolon') {
      first = false;
      current = null;
      continue;
    }
    if (token.kind === 'comment') {
      current?.comments.push(token.text);
      continue;
    }
    const eq = token.text.indexOf('=');
    if (first && eq < 0 && !current) {
      id = token.text;
      continue;
    }
    const head = /^([a-z][a-z0-9-]*)(?:\/\d+)?=(\S+)$/i.exec(token.text);
    if (!current && head) {
      current = { method: head[1]!.toLowerCase(), result: head[2]!.toLowerCase(), props: {}, comments: [] };
      out.push(current);
    } else if (current && eq > 0) current.props[token.text.slice(0, eq).toLowerCase()] = token.text.slice(eq + 1);
  }
  return { id, clauses: out };
}

const domainPart = (value: string | undefined) =>
  value ? value.replace(/^.*@/, '').replace(/[<>"]/g, '').toLowerCase() || null : null;

const IP = /\b(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})\b/i;

function spfOf(c: Clause, source: string): SpfCheck {
  const domain = domainPart(c.props['smtp.mailfrom'] ?? c.props['smtp.helo']);
  const ip = c.props['smtp.client-ip'] ?? c.props['client-ip'] ?? c.comments.map((t) => IP.exec(t)?.[1]).find(Boolean);
  return { kind: 'spf', result: c.result, domain, clientIp: ip ?? null, source };
}

function dkimOf(c: Clause, source: string, signatures: readonly Signature[]): DkimCheck {
  // Microsoft writes `dkim=none header.d=none` for an unsigned message: no domain at all.
  const named = domainPart(c.props['header.d'] ?? c.props['header.i']);
  const domain = named === 'none' ? null : named;
  const selector = c.props['header.s'] ?? signatures.find((s) => s.domain === domain)?.selector ?? null;
  return { kind: 'dkim', result: c.result, domain, selector, source };
}

/** The organisational domain (RFC 7489 §3.2), by the Public Suffix List's ICANN section. */
const orgOf = (domain: string) =>
  getDomain(domain, { allowPrivateDomains: false, extractHostname: false, validateHostname: false }) ?? domain;

function aligned(domain: string, from: string, mode: 'relaxed' | 'strict') {
  return mode === 'strict' ? domain === from : orgOf(domain) === orgOf(from);
}

function dmarcOf(c: Clause, source: string, checks: readonly VerdictItem[], fromHeader: string | null): DmarcCheck {
  const words = `${c.comments.join(' ')} ${Object.entries(c.props)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ')}`;
  const fromDomain = domainPart(c.props['header.from']) ?? fromHeader;
  const strict = /\b(adkim|aspf)=s\b/i.test(words);
  const mode = strict ? 'strict' : 'relaxed';
  const alignments: Alignment[] = [];
  for (const check of checks) {
    if ((check.kind !== 'spf' && check.kind !== 'dkim') || !check.domain || !fromDomain) continue;
    alignments.push({
      method: check.kind,
      domain: check.domain,
      passed: check.result === 'pass',
      aligned: aligned(check.domain, fromDomain, mode),
    });
  }
  const policy = /\bp=(\w+)/i.exec(words)?.[1] ?? c.props['policy.dmarc'] ?? null;
  const disposition = /\bdis=(\w+)/i.exec(words)?.[1] ?? /\baction=(\w+)/i.exec(words)?.[1] ?? null;
  return {
    kind: 'dmarc',
    result: c.result,
    fromDomain,
    mode,
    alignments,
    policy: policy?.toLowerCase() ?? null,
    disposition: disposition?.toLowerCase() ?? null,
    source,
  };
}

interface Signature {
  domain: string | null;
  selector: string | null;
}

/** `v=1; a=rsa-sha256; d=example.com; s=s2025; …` → tag → value. */
function tags(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).replace(/\s+/g, '');
  }
  return out;
}

function arcChain(fields: readonly PlacedValue[], result: string | null): ArcChain | null {
  const seals = fields.filter((f) => f.key === 'arc-seal').map((f) => tags(f.value));
  if (seals.length === 0) return null;
  const results = fields.filter((f) => f.key === 'arc-authentication-results');
  const instances: ArcInstance[] = seals
    .map((t) => {
      const instance = Number(t.i ?? NaN);
      const aar = results.find((r) => new RegExp(`^\\s*i=${instance}\\s*;`).test(r.value));
      const vouched = aar
        ? clauses(aar.value.replace(/^\s*i=\d+\s*;/, ''))
            .clauses.filter((c) => ['spf', 'dkim', 'dmarc', 'arc'].includes(c.method))
            .map((c) => `${c.method}=${c.result}`)
        : [];
      return { instance, sealer: t.d?.toLowerCase() ?? null, cv: t.cv?.toLowerCase() ?? null, vouched };
    })
    .sort((a, b) => a.instance - b.instance);
  // RFC 8617 §5.1: instances 1…n, the first sealed with cv=none, every later one with cv=pass.
  const intact = instances.every((s, i) => s.instance === i + 1 && (i === 0 ? s.cv === 'none' : s.cv === 'pass'));
  const source = fields
    .filter((f) => f.key.startsWith('arc-'))
    .map((f) => `${f.key}: ${f.value}`)
    .join('\n');
  return { kind: 'arc', instances, intact, result, source };
}

/**
 * The hop whose server wrote a field: the Received line just below it (its own, added with it).
 * Only a field without a place is matched by the server it names: a name is easy to forge, a
 * place in the header is not (servers prepend, RFC 5321 §4.4).
 */
function hopAt(hops: readonly Hop[], receivedAbove: number | undefined, named: string): Hop | null {
  if (receivedAbove === undefined) return hops.findLast((h) => sameServer(h.byHost, named)) ?? null;
  // Hops run oldest first and Received lines newest first: line k is hop (total − k + 1).
  const total = hops[0]?.totalLines ?? 0;
  const lineHop = (line: number) => {
    const hop = hops[total - line];
    return hop?.line === line ? hop : undefined;
  };
  const below = lineHop(receivedAbove + 1);
  // Gmail adds its verdicts right below its own Received line: the line above, when it names the writer.
  const above = lineHop(receivedAbove);
  if (above && sameServer(above.byHost, named) && !(below && sameServer(below.byHost, named))) return above;
  return below ?? hops[0] ?? null;
}

/** The same server, or one of the same organisation, as an authserv-id names. */
function sameServer(host: string, named: string): boolean {
  if (!named || !host) return false;
  if (host.toLowerCase() === named.toLowerCase()) return true;
  const org = organisation(named);
  return org !== null && organisation(host) === org;
}

/**
 * Microsoft 365 files its spam fields below the whole original header, where their place says
 * nothing: they belong to the first Microsoft server inside the receiving organisation (or, for
 * mail sent out through Microsoft, the first Microsoft server at all).
 */
function microsoftHop(hops: readonly Hop[]): Hop | null {
  const ms = hops.filter((h) => h.byOrg === 'outlook.com');
  return ms.find((h) => !h.upstream) ?? ms[0] ?? null;
}

interface Context {
  hops: readonly Hop[];
  receivingOrg: string | null;
  fromHeader: string | null;
}

/** Trusted: written inside the receiving organisation (at or after its border), and naming no other one. */
function trustedAt(hop: Hop | null, id: string, ctx: Context): boolean {
  if (!hop || hop.upstream || ctx.receivingOrg === null) return false;
  if (!id) return true;
  const idOrg = organisation(id);
  return idOrg === null || idOrg === ctx.receivingOrg || hop.byHost.toLowerCase() === id.toLowerCase();
}

/** Authentication-Results read at most: a real message has a handful; a pasted loop has thousands. */
const MAX_AUTH_FIELDS = 40;

function authGroups(fields: readonly PlacedValue[], ctx: Context): WriterVerdicts[] {
  const signatures = fields
    .filter((f) => f.key === 'dkim-signature')
    .map((f) => tags(f.value))
    .map((t) => ({ domain: t.d?.toLowerCase() ?? null, selector: t.s ?? null }));
  const out: WriterVerdicts[] = [];
  let chain: ArcChain | null | undefined;
  for (const f of fields.filter((x) => x.key === 'authentication-results').slice(0, MAX_AUTH_FIELDS)) {
    const parsed = clauses(f.value);
    const hop = hopAt(ctx.hops, f.receivedAbove, parsed.id);
    const source = `Authentication-Results: ${f.value}`;
    const items: VerdictItem[] = [];
    for (const c of parsed.clauses) {
      if (c.method === 'spf') items.push(spfOf(c, source));
      else if (c.method === 'dkim') items.push(dkimOf(c, source, signatures));
    }
    const dmarc = parsed.clauses.find((c) => c.method === 'dmarc');
    if (dmarc) items.push(dmarcOf(dmarc, source, items, ctx.fromHeader));
    const arc = parsed.clauses.find((c) => c.method === 'arc')?.result ?? null;
    // The ARC sets are read once; each receiver's own arc= result goes with them.
    if (arc) chain ??= arcChain(fields, null);
    if (arc && chain) items.push({ ...chain, result: arc });
    if (items.length === 0) continue;
    const writer = parsed.id || hop?.byHost || '';
    // Several fields of one server (Fastmail writes one per method) are one group.
    const same = out.find((g) => g.writer === writer && g.hop === (hop?.number ?? null));
    if (same) same.items.push(...items);
    else out.push({ writer, hop: hop?.number ?? null, trusted: trustedAt(hop, parsed.id, ctx), items });
  }
  return out;
}

/** Spam filters' fields: each filter's verdict at the hop of the topmost field it wrote. */
function spamGroups(fields: readonly PlacedValue[], ctx: Context): WriterVerdicts[] {
  const families: [(f: readonly SpamField[]) => VerdictItem | null, RegExp][] = [
    [
      microsoftVerdict,
      /^x-(forefront-antispam-report|microsoft-antispam|microsoft-antispam-mailbox-delivery|ms-exchange-organization-scl)$/,
    ],
    [spamAssassinVerdict, /^x-spam-(status|flag)$/],
    [rspamdVerdict, /^x-(spamd-result|rspamd-[a-z-]+)$/],
  ];
  const out: WriterVerdicts[] = [];
  for (const [read, pattern] of families) {
    const mine = fields.filter((f) => pattern.test(f.key));
    const verdict = mine.length ? read(mine) : null;
    if (!verdict) continue;
    const place = Math.max(...mine.map((f) => f.receivedAbove ?? -1));
    const hop =
      read === microsoftVerdict
        ? (microsoftHop(ctx.hops) ?? hopAt(ctx.hops, place, ''))
        : hopAt(ctx.hops, place < 0 ? undefined : place, '');
    out.push({
      writer: hop?.byHost ?? '',
      hop: hop?.number ?? null,
      trusted: trustedAt(hop, '', ctx),
      items: [verdict],
    });
  }
  return out;
}

/** All verdicts of a header, oldest writer first. */
export function verdictsOf(fields: readonly PlacedValue[], ctx: Context): WriterVerdicts[] {
  const fromHeader = domainPart(/<([^>]+)>/.exec(ctx.fromHeader ?? '')?.[1] ?? ctx.fromHeader ?? undefined);
  const all = [...authGroups(fields, { ...ctx, fromHeader }), ...spamGroups(fields, { ...ctx, fromHeader })];
  // A receiver that recorded no arc= result still carries the chain: show it at the topmost sealer's hop.
  if (!all.some((g) => g.items.some((i) => i.kind === 'arc'))) {
    const chain = arcChain(fields, null);
    if (chain) {
      const top = fields.filter((f) => f.key === 'arc-seal').map((f) => f.receivedAbove ?? -1);
      const hop = hopAt(ctx.hops, Math.min(...top) < 0 ? undefined : Math.min(...top), '');
      all.push({
        writer: chain.instances.at(-1)?.sealer ?? '',
        hop: hop?.number ?? null,
        trusted: trustedAt(hop, '', ctx),
        items: [chain],
      });
    }
  }
  // One server's verdicts are one group, whether they came in Authentication-Results or a filter's fields.
  const merged: WriterVerdicts[] = [];
  for (const g of all) {
    const same = merged.find((m) => m.hop === g.hop && m.writer === g.writer && m.trusted === g.trusted);
    if (same) same.items.push(...g.items);
    else merged.push(g);
  }
  return merged.sort((a, b) => (a.hop ?? 0) - (b.hop ?? 0));
}
