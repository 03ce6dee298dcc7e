// fast-check generators shared by the model's property tests: world edits over the simulated hosts.
import fc from 'fast-check';
import type { WorldEdit } from '../../src/model';

const HOSTS = ['mx1.example.org', 'mx2.example.org', 'filter.example.org', 'mail.example.net', 'smtp.example.com'];
const DOMAINS = ['example.org', 'example.com', 'example.net', 'nomx.example.net', 'nomail.example.net'];
export const ADDRESSES = [
  'bob@example.org',
  'dave@example.org',
  'bbob@example.org',
  'carol@example.com',
  'erin@example.net',
];

export const worldEdit: fc.Arbitrary<WorldEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('reach' as const),
    host: fc.constantFrom(...HOSTS),
    value: fc.constantFrom('up' as const, 'timeout' as const, 'refused' as const),
  }),
  fc.record({ kind: fc.constant('greylisting' as const), host: fc.constantFrom(...HOSTS), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('size-limit' as const),
    host: fc.constantFrom(...HOSTS),
    value: fc.integer({ min: 1, max: 100 }),
  }),
  fc.record({ kind: fc.constant('spam' as const), host: fc.constantFrom(...HOSTS), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('mailbox' as const),
    address: fc.constantFrom(...ADDRESSES),
    value: fc.constantFrom('ok' as const, 'temporary' as const, 'permanent' as const, 'absent' as const),
  }),
  fc.record({
    kind: fc.constant('alias' as const),
    address: fc.constantFrom(...ADDRESSES),
    value: fc.option(fc.constantFrom(...ADDRESSES), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('mx' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.array(
      fc.record({
        preference: fc.integer({ min: 0, max: 50 }),
        exchange: fc.constantFrom(...HOSTS, 'mx9.example.org'),
      }),
      { maxLength: 2 },
    ),
  }),
  fc.record({
    kind: fc.constant('domain' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom('exists' as const, 'nxdomain' as const, 'null-mx' as const),
  }),
  fc.record({ kind: fc.constant('servfail' as const), domain: fc.constantFrom(...DOMAINS), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('spf' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom(
      'provider' as const,
      'other' as const,
      'none' as const,
      'softfail' as const,
      'neutral' as const,
      'permerror' as const,
    ),
  }),
  fc.record({ kind: fc.constant('dkim' as const), domain: fc.constantFrom(...DOMAINS), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('dmarc' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom('none' as const, 'quarantine' as const, 'reject' as const, 'absent' as const),
  }),
  fc.record({ kind: fc.constant('password' as const), value: fc.boolean() }),
  fc.record({ kind: fc.constant('attachment' as const), value: fc.constantFrom(0, 10, 40, 60) }),
  // Issue 15: a spoofer, a mailing list, and forwarding to another organisation.
  fc.record({ kind: fc.constant('spoof' as const), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('list' as const),
    address: fc.constantFrom('friends@alumni.example.net', 'bob@alumni.example.net'),
    value: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('alias' as const),
    address: fc.constantFrom('bob@alumni.example.net', 'friends@alumni.example.net'),
    value: fc.constantFrom('bob@example.org', 'erin@example.net', null),
  }),
  // Issue 24: forging and defending.
  fc.record({
    kind: fc.constant('dkim-signing' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom('signed' as const, 'unsigned' as const, 'broken' as const),
  }),
  fc.record({
    kind: fc.constant('dmarc-pct' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    kind: fc.constant('dmarc-align' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom('relaxed' as const, 'strict' as const),
  }),
  fc.record({ kind: fc.constant('dmarc-rua' as const), domain: fc.constantFrom(...DOMAINS), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('mta-sts' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom('none' as const, 'testing' as const, 'enforce' as const),
  }),
  fc.record({
    kind: fc.constant('dane' as const),
    domain: fc.constantFrom(...DOMAINS),
    value: fc.constantFrom('none' as const, 'dnssec' as const, 'no-dnssec' as const),
  }),
  fc.record({ kind: fc.constant('tls-rpt' as const), domain: fc.constantFrom(...DOMAINS), value: fc.boolean() }),
  fc.record({ kind: fc.constant('mitm' as const), value: fc.boolean() }),
  fc.record({
    kind: fc.constant('forgery' as const),
    value: fc.constantFrom(
      'exact' as const,
      'display-name' as const,
      'lookalike' as const,
      'homograph' as const,
      'open-relay' as const,
    ),
  }),
  fc.record({
    kind: fc.constant('arc-trust' as const),
    domain: fc.constantFrom('alumni.example.net', ...DOMAINS),
    value: fc.boolean(),
  }),
);
