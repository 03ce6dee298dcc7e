// Address checking: friendly problems for typical mistakes, and no crash on any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../src/model';

describe('parseAddress', () => {
  it.each([
    ['bob@example.org', 'bob', 'example.org'],
    ['  Bob.Smith+lunch@Example.ORG ', 'Bob.Smith+lunch', 'example.org'],
  ])('accepts %s', (input, local, domain) => {
    expect(parseAddress(input)).toEqual({ ok: true, address: `${local}@${domain}`, local, domain });
  });

  it.each([
    ['', 'empty'],
    ['bob', 'no-at'],
    ['bob@@example.org', 'many-at'],
    ['bob smith@example.org', 'spaces'],
    ['.bob@example.org', 'bad-local'],
    ['bob..x@example.org', 'bad-local'],
    ['bob@localhost', 'bad-domain'],
    ['bob@-x.org', 'bad-domain'],
    [`${'a'.repeat(65)}@example.org`, 'too-long'],
    ['<script>alert(1)</script>@example.org', 'bad-local'],
  ])('rejects %j as %s', (input, problem) => {
    expect(parseAddress(input)).toEqual({ ok: false, problem });
  });

  it('never throws and accepts only addresses with exactly one @ (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        const result = parseAddress(input);
        if (result.ok) expect(result.address.split('@')).toHaveLength(2);
      }),
    );
  });
});
