// One record per kind of world edit (world/editKinds.ts): the codec, the cards and the picture read
// it. Links shared before the table existed must still open the same world, byte for byte.
import { describe, expect, it } from 'vitest';
import { encodeEdits, type WorldEdit } from '../../src/model';
import { decodeEdits } from '../../src/model/engine';
import { EDIT_KINDS } from '../../src/model/world/editKinds';

/** Issue 24's kinds: new letters, and new values of an old letter (f_…_s|q|e); nothing old changes. */
const FORGE_LINK = [
  'f_example.com_s',
  'f_example.com_q',
  'f_example.com_e',
  'i_example.com_b',
  'c_example.com_50',
  'n_example.com_s',
  'u_example.com_1',
  'o_example.org_e',
  'e_example.org_v',
  'h_example.org_1',
  'x_1',
  'y_l',
].join('*');

const FORGE_EDITS: WorldEdit[] = [
  { kind: 'spf', domain: 'example.com', value: 'softfail' },
  { kind: 'spf', domain: 'example.com', value: 'neutral' },
  { kind: 'spf', domain: 'example.com', value: 'permerror' },
  { kind: 'dkim-signing', domain: 'example.com', value: 'broken' },
  { kind: 'dmarc-pct', domain: 'example.com', value: 50 },
  { kind: 'dmarc-align', domain: 'example.com', value: 'strict' },
  { kind: 'dmarc-rua', domain: 'example.com', value: true },
  { kind: 'mta-sts', domain: 'example.org', value: 'enforce' },
  { kind: 'dane', domain: 'example.org', value: 'dnssec' },
  { kind: 'tls-rpt', domain: 'example.org', value: true },
  { kind: 'mitm', value: true },
  { kind: 'forgery', value: 'lookalike' },
];

/** The open relay (a new value of the forgery's letter) and ARC trust (a new letter). */
const FORGEMORE_LINK = ['y_r', 'v_alumni.example.net_1', 'v_alumni.example.net_0'].join('*');
const FORGEMORE_EDITS: WorldEdit[] = [
  { kind: 'forgery', value: 'open-relay' },
  { kind: 'arc-trust', domain: 'alumni.example.net', value: true },
  { kind: 'arc-trust', domain: 'alumni.example.net', value: false },
];

/** A `world` text with every kind, as the codec wrote it before the table (and as links carry it). */
const OLD_LINK = [
  'r_mx1.example.org_t',
  'g_mx2.example.org_1',
  'z_mx1.example.org_7',
  'j_filter.example.org_0',
  'b_bob_example.org_p',
  'a_bob_alumni.example.net_bob_example.org',
  'a_carol_alumni.example.net',
  'l_friends_alumni.example.net_1',
  'm_example.org_10_mx2.example.org_20_mx1.example.org',
  'm_example.net',
  'd_example.org_0',
  'f_example.com_o',
  'k_example.com_0',
  'p_example.com_q',
  'w_0',
  't_40',
  's_1',
].join('*');

const EDITS: WorldEdit[] = [
  { kind: 'reach', host: 'mx1.example.org', value: 'timeout' },
  { kind: 'greylisting', host: 'mx2.example.org', value: true },
  { kind: 'size-limit', host: 'mx1.example.org', value: 7 },
  { kind: 'spam', host: 'filter.example.org', value: false },
  { kind: 'mailbox', address: 'bob@example.org', value: 'permanent' },
  { kind: 'alias', address: 'bob@alumni.example.net', value: 'bob@example.org' },
  { kind: 'alias', address: 'carol@alumni.example.net', value: null },
  { kind: 'list', address: 'friends@alumni.example.net', value: true },
  {
    kind: 'mx',
    domain: 'example.org',
    value: [
      { preference: 10, exchange: 'mx2.example.org' },
      { preference: 20, exchange: 'mx1.example.org' },
    ],
  },
  { kind: 'mx', domain: 'example.net', value: [] },
  { kind: 'domain', domain: 'example.org', value: 'null-mx' },
  { kind: 'spf', domain: 'example.com', value: 'other' },
  { kind: 'dkim', domain: 'example.com', value: false },
  { kind: 'dmarc', domain: 'example.com', value: 'quarantine' },
  { kind: 'password', value: false },
  { kind: 'attachment', value: 40 },
  { kind: 'spoof', value: true },
];

/** Issue 28's DNS kind: the recipient domain's name servers fail (SERVFAIL), a new letter. */
const DNS_LINK = 'q_example.org_1*q_example.net_0';
const DNS_EDITS: WorldEdit[] = [
  { kind: 'servfail', domain: 'example.org', value: true },
  { kind: 'servfail', domain: 'example.net', value: false },
];

describe('the edit kinds table', () => {
  it('gives every kind its own letter', () => {
    const codes = Object.values(EDIT_KINDS).map((k) => k.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^[a-z]$/.test(c))).toBe(true);
  });

  it('opens a link written before the table into the same edits, and writes it back unchanged', () => {
    expect(new Set([...EDITS, ...FORGE_EDITS, ...FORGEMORE_EDITS, ...DNS_EDITS].map((e) => e.kind))).toEqual(
      new Set(Object.keys(EDIT_KINDS)),
    );
    expect(decodeEdits(OLD_LINK)).toEqual(EDITS);
    expect(encodeEdits(EDITS)).toBe(OLD_LINK);
  });

  it('reads and writes the DNS failure kind (issue 28)', () => {
    expect(decodeEdits(DNS_LINK)).toEqual(DNS_EDITS);
    expect(encodeEdits(DNS_EDITS)).toBe(DNS_LINK);
    for (const text of ['q_example.org', 'q_example.org_2', 'q_1_1']) expect(decodeEdits(text), text).toBeNull();
  });

  it('reads and writes the forging and defending kinds (issue 24)', () => {
    expect(decodeEdits(FORGE_LINK)).toEqual(FORGE_EDITS);
    expect(encodeEdits(FORGE_EDITS)).toBe(FORGE_LINK);
    for (const text of ['c_example.com_101', 'c_example.com_-1', 'o_example.org_x', 'y_z', 'x_2'])
      expect(decodeEdits(text), text).toBeNull();
  });

  it('reads and writes the open relay and ARC trust, leaving the links above byte for byte', () => {
    expect(decodeEdits(FORGEMORE_LINK)).toEqual(FORGEMORE_EDITS);
    expect(encodeEdits(FORGEMORE_EDITS)).toBe(FORGEMORE_LINK);
    expect(encodeEdits([...EDITS, ...FORGE_EDITS])).toBe(`${OLD_LINK}*${FORGE_LINK}`);
    for (const text of ['v_alumni.example.net_2', 'v_1', 'v_alumni.example.net', 'y_r_1'])
      expect(decodeEdits(text), text).toBeNull();
  });

  it('refuses a letter no kind has, and a kind with a field too many or too few', () => {
    for (const text of [
      '9_1',
      'w_1_1',
      'b_bob',
      'a_bob_alumni.example.net_bob',
      'm_example.org_10',
      'r_mx1.example.org',
    ])
      expect(decodeEdits(text), text).toBeNull();
  });
});
