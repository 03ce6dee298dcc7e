// World edits: every change a preset or a learner makes to the world, as plain serialisable data,
// and `applyEdits`, the one function that turns a list of them into a new World.
import {
  DKIM_KEY,
  DKIM_SELECTOR,
  dmarcRecord,
  DNS_ZONE,
  serverState,
  spfRecord,
  type DnsRecord,
  type ServerState,
  type World,
} from './world';
import type { MxRecord } from '../words/vocabulary';

export type Reach = 'up' | 'timeout' | 'refused';
export type MailboxEdit = 'ok' | 'temporary' | 'permanent' | 'absent';
export type DomainEdit = 'exists' | 'nxdomain' | 'null-mx';
/** `provider`: lists the sender provider's network; `other`: a network the mail does not come from. */
export type SpfEdit = 'provider' | 'other' | 'none';
export type DmarcEdit = 'none' | 'quarantine' | 'reject' | 'absent';

/** One edit of the world. Host names, domains and addresses are lower case. */
export type WorldEdit =
  | { kind: 'reach'; host: string; value: Reach }
  | { kind: 'greylisting'; host: string; value: boolean }
  | { kind: 'size-limit'; host: string; value: number } // megabytes (MiB)
  | { kind: 'spam'; host: string; value: boolean }
  | { kind: 'mailbox'; address: string; value: MailboxEdit }
  | { kind: 'alias'; address: string; value: string | null } // forwards to `value`; null removes it
  | { kind: 'mx'; domain: string; value: readonly MxRecord[] }
  | { kind: 'domain'; domain: string; value: DomainEdit }
  | { kind: 'spf'; domain: string; value: SpfEdit }
  | { kind: 'dkim'; domain: string; value: boolean }
  | { kind: 'dmarc'; domain: string; value: DmarcEdit }
  | { kind: 'password'; value: boolean } // Alice's app sends the right password
  | { kind: 'attachment'; value: number } // megabytes (MiB) Alice attaches; 0 for none
  | { kind: 'spoof'; value: boolean } // a server outside the sender's SPF forges her From: (issue 15)
  | { kind: 'list'; address: string; value: boolean }; // the address is a mailing list (issue 15)

export const MIB = 1_048_576;
/** The documentation network of each domain's provider, for SPF records (RFC 5737). */
const NETS: Readonly<Record<string, string>> = {
  'example.com': '192.0.2',
  'example.org': '198.51.100',
  'example.net': '203.0.113',
};
const OTHER_NET = '233.252.0'; // RFC 6676's documentation range: nobody's relay

const TTL = 3600;
const without = (zone: readonly DnsRecord[], name: string, keep: (r: DnsRecord) => boolean) =>
  zone.filter((r) => r.name !== name || keep(r));
const notTxt = (tag: string) => (r: DnsRecord) => r.type !== 'TXT' || !r.text.startsWith(tag);

function txtEdit(zone: readonly DnsRecord[], name: string, tag: string, text: string | null): DnsRecord[] {
  const rest = without(zone, name, notTxt(tag));
  return text === null ? rest : [...rest, { name, type: 'TXT', ttl: TTL, text }];
}

function zoneEdit(zone: readonly DnsRecord[], edit: WorldEdit): readonly DnsRecord[] {
  switch (edit.kind) {
    case 'mx': {
      const rest = without(zone, edit.domain, (r) => r.type !== 'MX');
      return [...rest, ...edit.value.map((mx): DnsRecord => ({ name: edit.domain, type: 'MX', ttl: TTL, mx }))];
    }
    case 'domain': {
      const d = edit.domain;
      const inside = (r: DnsRecord) => r.name === d || r.name.endsWith(`.${d}`);
      if (edit.value === 'nxdomain') return zone.filter((r) => !inside(r));
      if (edit.value === 'null-mx')
        return [
          ...without(zone, d, (r) => r.type !== 'MX'),
          { name: d, type: 'MX', ttl: TTL, mx: { preference: 0, exchange: '.' } },
        ];
      // The domain as the default world has it, whatever was edited before.
      return [...zone.filter((r) => !inside(r)), ...DNS_ZONE.filter(inside)];
    }
    case 'spf': {
      const text =
        edit.value === 'none'
          ? null
          : spfRecord(edit.value === 'provider' ? (NETS[edit.domain] ?? OTHER_NET) : OTHER_NET);
      return txtEdit(zone, edit.domain, 'v=spf1', text);
    }
    case 'dkim':
      return txtEdit(zone, `${DKIM_SELECTOR}._domainkey.${edit.domain}`, 'v=DKIM1', edit.value ? DKIM_KEY : null);
    case 'dmarc':
      return txtEdit(
        zone,
        `_dmarc.${edit.domain}`,
        'v=DMARC1',
        edit.value === 'absent' ? null : dmarcRecord(edit.value),
      );
    default:
      return zone;
  }
}

const omit = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

/** One edit applied to a world; the world is never changed in place. */
export function applyEdit(world: World, edit: WorldEdit): World {
  const server = (host: string, change: Partial<ServerState>): World => ({
    ...world,
    servers: { ...world.servers, [host]: { ...serverState(world, host), ...change } },
  });
  switch (edit.kind) {
    case 'reach':
      return server(edit.host, { reach: edit.value });
    case 'greylisting':
      return server(edit.host, { greylisting: edit.value });
    case 'size-limit':
      return server(edit.host, { sizeLimit: edit.value * MIB });
    case 'spam':
      return server(edit.host, { spam: edit.value });
    case 'mailbox': {
      const others = omit(world.mailboxes, edit.address);
      const mailboxes =
        edit.value === 'absent'
          ? others
          : { ...world.mailboxes, [edit.address]: { full: edit.value === 'ok' ? ('no' as const) : edit.value } };
      return { ...world, mailboxes };
    }
    case 'alias': {
      const others = omit(world.aliases, edit.address);
      return { ...world, aliases: edit.value === null ? others : { ...others, [edit.address]: edit.value } };
    }
    case 'password':
      return { ...world, sender: { ...world.sender, passwordRight: edit.value } };
    case 'attachment':
      return { ...world, sender: { ...world.sender, attachmentOctets: edit.value * MIB } };
    case 'spoof':
      return { ...world, spoof: edit.value };
    case 'list': {
      const others = world.lists.filter((a) => a !== edit.address);
      return { ...world, lists: edit.value ? [...others, edit.address] : others };
    }
    default:
      return { ...world, zone: zoneEdit(world.zone, edit) };
  }
}

export const applyEdits = (world: World, edits: readonly WorldEdit[]): World => edits.reduce(applyEdit, world);

/** What an edit changes: a later edit with the same target replaces an earlier one in a list. */
export function editTarget(edit: WorldEdit): string {
  switch (edit.kind) {
    case 'reach':
    case 'greylisting':
    case 'size-limit':
    case 'spam':
      return `${edit.kind}:${edit.host}`;
    case 'mailbox':
    case 'alias':
    case 'list':
      return `${edit.kind}:${edit.address}`;
    case 'password':
    case 'attachment':
    case 'spoof':
      return edit.kind;
    default:
      return `${edit.kind}:${edit.domain}`;
  }
}

/** Adds an edit to a list, replacing an earlier edit of the same thing. */
export function withEdit(edits: readonly WorldEdit[], edit: WorldEdit): WorldEdit[] {
  const target = editTarget(edit);
  return [...edits.filter((e) => editTarget(e) !== target), edit];
}
