// @vitest-environment node
// The private share link: the fragment restores the same trace, and with "hide addresses" none of
// the original mail addresses or IP addresses remains, each replaced by the same stand-in everywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, hideAddresses, readMessage } from '../../../src/model/trace';
import { corpusFiles, corpusPresent } from './corpusFiles';

const HEADER = [
  'Received: from mx1.example.org (mx1.example.org [198.51.100.25]) by store.example.org with LMTP for <bob@example.org>; Tue, 14 Jan 2025 09:30:07 +0000',
  'Received: from out1.example.com (out1.example.com [192.0.2.25]) by mx1.example.org with ESMTPS for <bob@example.org>; Tue, 14 Jan 2025 09:30:05 +0000',
  'Received: from [203.0.113.45] (dsl-45.example.net [2001:db8:25::25]) by out1.example.com with ESMTPSA; Tue, 14 Jan 2025 10:30:01 +0100',
  'From: Alice <alice@example.com>',
  'To: Bob <bob@example.org>',
  'Date: Tue, 14 Jan 2025 10:30:00 +0100',
].join('\n');

const addressesIn = (text: string) => text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [];
const ipsIn = (text: string) =>
  (text.match(/(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])|[0-9a-f]*::[0-9a-f:]+/gi) ?? []).filter((ip) =>
    ip.includes(':') ? !ip.includes(':::') && ip.length > 6 : ip.split('.').every((p) => Number(p) <= 255),
  );

describe('the share fragment', () => {
  it('restores exactly the text, any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (s) => decodeShare(encodeShare(s)!) === s));
  });

  it('restores the same trace', async () => {
    const a = await readMessage(HEADER);
    const b = await readMessage(decodeShare(encodeShare(HEADER)!)!);
    expect(b).toEqual(a);
  });

  it('turns away a mangled fragment', () => {
    expect(decodeShare('%%%')).toBeNull();
    expect(decodeShare('A')).toBeNull();
  });
});

describe('hide addresses and IP addresses', () => {
  it('leaves no original address or IP, replaces each consistently, and keeps the route', async () => {
    const hidden = hideAddresses(HEADER);
    for (const original of [...addressesIn(HEADER), ...ipsIn(HEADER)]) expect(hidden).not.toContain(original);
    expect(hidden.match(/person1@hidden\.example/g)).toHaveLength(3); // bob, three times, one stand-in
    const before = await readMessage(HEADER);
    const after = await readMessage(hidden);
    if (!before.ok || !after.ok) throw new Error('both must trace');
    expect(after.trace.hops.map((h) => h.byHost)).toEqual(before.trace.hops.map((h) => h.byHost));
    expect(after.trace.hops.map((h) => h.delaySeconds)).toEqual(before.trace.hops.map((h) => h.delaySeconds));
  });

  it.runIf(corpusPresent())('hides every address and IP of every corpus file that traces', async () => {
    for (const f of corpusFiles()) {
      const text = new TextDecoder().decode(f.bytes).slice(0, 60_000);
      const hidden = hideAddresses(text);
      const remaining = new Set([...addressesIn(hidden), ...ipsIn(hidden)].map((o) => o.toLowerCase()));
      const left = [...addressesIn(text), ...ipsIn(text)].filter(
        (o) => remaining.has(o.toLowerCase()) && !/hidden\.example$/.test(o),
      );
      expect(left, f.name).toEqual([]);
    }
  });
});
