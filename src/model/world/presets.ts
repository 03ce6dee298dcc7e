// The named scenarios (`scenario=` key): each one record, a named edit of the default world plus,
// where the story needs one, the recipient that shows it best. Adding a preset is one record here
// (and its name in the catalogues and the test table); nothing else in the model knows the names.
import type { WorldEdit } from './edits';
import type { ComposedMessage } from '../words/vocabulary';

export interface Preset {
  /** Rewrites the To address when the story needs a particular recipient. */
  to?: string;
  /** What is different in this world: applied to the default world before the learner's edits. */
  edits: readonly WorldEdit[];
}

const BOB = 'bob@example.org';

/** The presets, in the order the menu lists them. */
export const PRESET_RECORDS = {
  // No edit: bbob has no mailbox at example.org, so its MX answers 550 5.1.1.
  'unknown-user': { to: 'bbob@example.org', edits: [] },
  // .invalid never exists (RFC 2606 §2): DNS answers NXDOMAIN.
  'no-such-domain': { to: 'bob@example.invalid', edits: [] },
  // nomail.example.net publishes `MX 0 .` (RFC 7505).
  'null-mx': { to: 'bob@nomail.example.net', edits: [] },
  // nomx.example.net has an address but no MX: the implicit MX (RFC 5321 §5.1).
  'no-mx': { to: 'grace@nomx.example.net', edits: [] },
  'primary-mx-down': { edits: [{ kind: 'reach', host: 'mx1.example.org', value: 'timeout' }] },
  'all-mx-down': {
    edits: [
      { kind: 'reach', host: 'mx1.example.org', value: 'timeout' },
      { kind: 'reach', host: 'mx2.example.org', value: 'timeout' },
    ],
  },
  greylisted: { edits: [{ kind: 'greylisting', host: 'mx1.example.org', value: true }] },
  'auth-failed': { edits: [{ kind: 'password', value: false }] },
  // A spoof: a server outside example.com's SPF forges From: alice@example.com with a signature that
  // cannot verify; example.com publishes p=reject, so Bob's MX refuses after DATA with 550 5.7.1 and
  // nobody bounces to Alice (email-facts.md §8; RFC 7489 §6.3, §10.3).
  'dmarc-reject': {
    edits: [
      { kind: 'spoof', value: true },
      { kind: 'dmarc', domain: 'example.com', value: 'reject' },
    ],
  },
  // Issue 24, forging and defending (email-facts.md §9). The same forgery as dmarc-reject, but
  // example.com publishes no DMARC record: nothing tells the MX to refuse, so it is delivered.
  'spoof-no-dmarc': {
    edits: [
      { kind: 'spoof', value: true },
      { kind: 'dmarc', domain: 'example.com', value: 'absent' },
    ],
  },
  // p=quarantine: the MX accepts the forgery and files it in Junk (RFC 7489 §6.3).
  'spoof-quarantine': {
    edits: [
      { kind: 'spoof', value: true },
      { kind: 'dmarc', domain: 'example.com', value: 'quarantine' },
    ],
  },
  // From: alice@examp1e.com: the forger's own domain, where SPF, DKIM and DMARC all pass. example.com's
  // p=reject does not help: DMARC protects a domain's exact name, not names that look like it.
  lookalike: {
    edits: [
      { kind: 'spoof', value: true },
      { kind: 'forgery', value: 'lookalike' },
      { kind: 'dmarc', domain: 'example.com', value: 'reject' },
    ],
  },
  // A man in the middle deletes 250-STARTTLS between out1.example.com and mx1.example.org: the
  // sender carries on in plaintext (RFC 3207 §6).
  'starttls-stripped': { edits: [{ kind: 'mitm', value: true }] },
  // The same attack against example.org's MTA-STS policy in enforce mode: the sender refuses to
  // deliver without TLS and keeps the message queued (RFC 8461 §5).
  'mta-sts-enforce': {
    edits: [
      { kind: 'mitm', value: true },
      { kind: 'mta-sts', domain: 'example.org', value: 'enforce' },
    ],
  },
  spam: { edits: [{ kind: 'spam', host: 'filter.example.org', value: true }] },
  // 552 5.2.2 at once; a `temporary` full mailbox would answer 452 4.2.2 on every try instead.
  'mailbox-full': { edits: [{ kind: 'mailbox', address: BOB, value: 'permanent' }] },
  // A 60 MiB video: more than the submission server's SIZE of 50 MiB (RFC 1870).
  'too-large': { edits: [{ kind: 'attachment', value: 60 }] },
  // example.net's MX points at a server of example.org, which does not take mail for example.net:
  // it is neither the destination nor an authorised relay, so RCPT TO gets 554 5.7.1 (email-facts §3, §6.7).
  'relay-denied': {
    to: 'erin@example.net',
    edits: [{ kind: 'mx', domain: 'example.net', value: [{ preference: 10, exchange: 'mx1.example.org' }] }],
  },
  // A third organisation forwards: bob@alumni.example.net -> bob@example.org. SRS, ARC; at example.org
  // SPF does not align with example.com, DKIM passes, DMARC passes by DKIM (email-facts.md §8).
  forwarded: {
    to: 'bob@alumni.example.net',
    edits: [{ kind: 'alias', address: 'bob@alumni.example.net', value: BOB }],
  },
  // A mailing list at the same organisation: subject tag and footer break DKIM, so it rewrites From:.
  'mailing-list': {
    to: 'friends@alumni.example.net',
    edits: [
      { kind: 'alias', address: 'friends@alumni.example.net', value: BOB },
      { kind: 'list', address: 'friends@alumni.example.net', value: true },
    ],
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESET_RECORDS;

export const PRESETS = Object.keys(PRESET_RECORDS) as readonly PresetName[];

export function isPreset(value: string): value is PresetName {
  return Object.hasOwn(PRESET_RECORDS, value);
}

export const presetEdits = (preset: PresetName | null): readonly WorldEdit[] =>
  preset ? PRESET_RECORDS[preset].edits : [];

export function messageForPreset(preset: PresetName, message: ComposedMessage): ComposedMessage {
  const record: Preset = PRESET_RECORDS[preset];
  return record.to ? { ...message, to: record.to } : message;
}
