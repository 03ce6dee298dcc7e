// Values from outside the app: the iframe's origin key, share links that must stay short, and
// notices that write out invisible characters and isolate what they quote.
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SHARE_QUERY_MAX, shareLeavesTextOut, toQueryString } from '../../src/embed/config';
import { parseOrigin, partnerOrigin } from '../../src/embed/origin';
import { createSequence } from '../../src/embed/sequence';
import { DEFAULT_MESSAGE } from '../../src/model';
import { Notices, visible } from '../../src/view/Notices';
import { StoreProvider } from '../../src/view/StoreContext';
import { journeyStore } from '../helpers/journey';

describe('the origin key', () => {
  it.each([
    ['https://lessons.example.org', 'https://lessons.example.org'],
    ['https://lessons.example.org/', 'https://lessons.example.org'],
    ['https://lessons.example.org/unit/3.html?x=1#top', 'https://lessons.example.org'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['HTTPS://Lessons.Example.ORG:443', 'https://lessons.example.org'],
  ])('%s is the origin %s', (raw, origin) => {
    expect(parseOrigin(raw)).toEqual({ kind: 'origin', origin });
  });

  it.each(['foo', 'null', 'javascript:alert(1)', 'lessons.example.org', 'file:///etc/passwd', 'data:text/html,x', '*'])(
    '%s is not an origin',
    (raw) => {
      expect(parseOrigin(raw)).toEqual({ kind: 'invalid', raw });
      expect(partnerOrigin(parseOrigin(raw), 'https://app.example')).toBeNull();
    },
  );

  it('empty means the same as absent: the frame talks only to its own origin', () => {
    expect(parseOrigin('')).toEqual({ kind: 'absent' });
    expect(parseOrigin(null)).toEqual({ kind: 'absent' });
    expect(partnerOrigin(parseOrigin(''), 'https://app.example')).toBe('https://app.example');
    expect(partnerOrigin(parseOrigin(null), 'null')).toBeNull();
  });
});

describe('share links', () => {
  const state = (body: string, subject = DEFAULT_MESSAGE.subject) => ({
    message: { ...DEFAULT_MESSAGE, body, subject },
    retrieval: 'imap' as const,
    preset: null,
    speed: 2,
    depth: 'expert' as const,
    cursor: 4,
  });

  it('a 5,000-character body that needs escaping is left out; the settings and step stay', () => {
    const long = state('Grüße aus Köln! '.repeat(320).slice(0, 5000));
    const params = new URLSearchParams(toQueryString(long));
    expect(params.has('body')).toBe(false);
    expect(Object.fromEntries(params)).toEqual({ speed: '2', depth: 'expert', step: '5' });
    expect(shareLeavesTextOut(long)).toBe(true);
  });

  it('a short body is kept, with nothing left out', () => {
    expect(new URLSearchParams(toQueryString(state('See you at noon.'))).get('body')).toBe('See you at noon.');
    expect(shareLeavesTextOut(state('See you at noon.'))).toBe(false);
  });

  it('any body and subject within the form limits give a query under the limit', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 5000, unit: 'binary' }),
        fc.string({ maxLength: 200, unit: 'binary' }),
        (body, subject) => {
          expect(toQueryString(state(body, subject)).length).toBeLessThanOrEqual(SHARE_QUERY_MAX);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('notices quote outside values visibly and isolated', () => {
  it('writes out bidi and invisible controls', () => {
    expect(visible('\u202Emoc.elgoog\u202C')).toBe('<U+202E>moc.elgoog<U+202C>');
    expect(visible('a\u200Bb\u0000c\u2028d\u2066e')).toBe('a<U+200B>b<U+0000>c<U+2028>d<U+2066>e');
    expect(visible('Grüße, שלום')).toBe('Grüße, שלום');
  });

  it('puts the value in a <bdi>, so it cannot reorder the sentence', async () => {
    render(
      <StoreProvider store={journeyStore()}>
        <Notices
          notices={[
            { key: 'to', value: '\u202Emoc.elgoog@bob', fallback: 'bob@example.org', hint: 'notice.hint.address' },
          ]}
        />
      </StoreProvider>,
    );
    const item = await screen.findByRole('listitem');
    expect(item.querySelector('bdi')?.textContent).toBe('<U+202E>moc.elgoog@bob');
    expect(item.textContent).not.toContain('\u202E');
    expect(item.textContent?.startsWith('to=<U+202E>moc.elgoog@bob ')).toBe(true);
  });
});

describe('the host queue', () => {
  it('runs at once when idle, and in order behind an operation still waiting', async () => {
    const run = createSequence();
    const order: string[] = [];
    let finish = () => {};
    run(() => void order.push('first'));
    expect(order).toEqual(['first']);
    run(() => new Promise<void>((resolve) => (finish = resolve)).then(() => order.push('loaded')));
    run(() => void order.push('after'));
    expect(order).toEqual(['first']);
    finish();
    await expect.poll(() => order).toEqual(['first', 'loaded', 'after']);
    run(() => void order.push('idle again'));
    await expect.poll(() => order.at(-1)).toBe('idle again');
  });
});
