// DMARC's organisational domain (RFC 7489 §3.2) comes from the Public Suffix List, not from "the
// last two labels": relaxed alignment must treat mail.example.co.uk and example.co.uk as one organisation.
import { describe, expect, it } from 'vitest';
import { orgDomain } from '../../src/model/journey/auth';

describe('the organisational domain DMARC aligns on', () => {
  it.each([
    ['mail.example.co.uk', 'example.co.uk'],
    ['example.co.uk', 'example.co.uk'],
    ['a.b.example.com.au', 'example.com.au'],
    ['alumni.example.net', 'example.net'],
    ['example.com', 'example.com'],
    ['MX1.Example.ORG.', 'example.org'],
    ['mail.bulk-sender.example', 'bulk-sender.example'],
  ])('%s belongs to %s', (name, org) => {
    expect(orgDomain(name)).toBe(org);
  });

  it('does not merge two organisations under one public suffix', () => {
    expect(orgDomain('example.co.uk')).not.toBe(orgDomain('other.co.uk'));
    // The old two-label rule made every .co.uk domain one organisation ("co.uk").
    expect(orgDomain('mail.example.co.uk')).not.toBe('co.uk');
  });

  it('keeps a bare public suffix as its own name', () => {
    expect(orgDomain('co.uk')).toBe('co.uk');
  });
});
