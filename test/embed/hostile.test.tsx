// Values from outside the app: the iframe's origin key, share links that must stay short, and
// notices that write out invisible characters and isolate what they quote; then the same on the page
// a link opens (src/main.tsx's mount), through its own buttons and notices.
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { SHARE_QUERY_MAX, shareLeavesTextOut, toQueryString } from '../../src/embed/config';
import { parseOrigin, partnerOrigin } from '../../src/embed/origin';
import { createSequence } from '../../src/embed/sequence';
import { DEFAULT_MESSAGE } from '../../src/model';
import { Notices, visible } from '../../src/view/Notices';
import { StoreProvider } from '../../src/view/StoreContext';
import { journeyStore } from '../helpers/journey';
import { linkPages, stubClipboard } from '../helpers/openLink';

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

describe('on the page', () => {
  const open = linkPages();
  const status = (container: HTMLElement) => container.querySelector('.ej-copy-status')?.textContent;

  it('"Copy link to this step" with a 5,000-character body leaves the text out and says so', async () => {
    const longBody = 'Grüße aus Köln, Bob! Wie geht’s? '.repeat(160).slice(0, 5000);
    const written = stubClipboard();
    const { container } = await open('');
    const body = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.change(body, { target: { value: longBody } });
    expect(body).toHaveValue(longBody);
    expect((body as HTMLTextAreaElement).value).toHaveLength(5000);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    await waitFor(() =>
      expect(status(container)).toBe(
        'Link copied. The message text is too long for a link, so the link keeps only the settings and the step.',
      ),
    );
    expect(written).toHaveLength(1);
    const link = written[0]!;
    expect(link.length).toBeLessThan(8000);
    expect(new URL(link).searchParams.has('body')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Embed this' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(
      'The message text is too long for a link, so the link keeps only the settings and the step.',
    );
    const iframeSnippet = dialog.querySelectorAll('pre')[1]?.textContent ?? '';
    const src = /src="([^"]+)"/.exec(iframeSnippet)?.[1] ?? '';
    expect(src.length).toBeGreaterThan(0);
    expect(src.length).toBeLessThan(8000);
  });

  it('a short body is kept in the link, with no note', async () => {
    const written = stubClipboard();
    const { container } = await open('');
    fireEvent.change(screen.getByRole('textbox', { name: 'Message' }), { target: { value: 'See you at noon.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this step' }));
    await waitFor(() => expect(status(container)).toBe('Link copied.'));
    expect(new URL(written[0]!).searchParams.get('body')).toBe('See you at noon.');
  });

  it('a URL value with a right-to-left override is shown with the controls written out, isolated', async () => {
    const errors = vi.spyOn(console, 'error');
    const { container } = await open(`?to=${encodeURIComponent('\u202Emoc.elgoog@bob\u202C')}`);
    await waitFor(() =>
      expect([...container.querySelectorAll('.ej-notices li')].map((li) => li.textContent)).toEqual([
        'to=<U+202E>moc.elgoog@bob<U+202C> is not a valid value, so the default (bob@example.org) is used. Use an address such as bob@example.org.',
      ]),
    );
    const item = container.querySelector('.ej-notices li')!;
    expect(item.querySelector('bdi')?.textContent).toBe('<U+202E>moc.elgoog@bob<U+202C>');
    expect(item.textContent).not.toContain('\u202E');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
