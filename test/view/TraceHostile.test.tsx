// The tracer with long and hostile input, as a learner sees it: a 3,000-line paste drawn a page and a
// folded picture at a time, a forged header's hidden characters shown and flagged, a safe copy.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetSafe } from '../../src/view/trace/tableText';
import { outlookFile } from '../model/trace/outlookFile';
import { renderApp } from './render';

// The tracer's views arrive as a part of their own; loading it once here (in the hook's time, not
// the first test's) keeps the first test's waits about the page, not about a busy machine's imports.
beforeAll(() => import('../../src/view/trace/TraceMode'));

async function openTracer() {
  const view = renderApp({ tool: 'trace', sample: null });
  const area = await screen.findByLabelText('Message header (or the whole message)', {}, { timeout: 5000 });
  return { ...view, area };
}

/** 3,000 Received lines through three organisations, one second apart. */
function longChain(): string {
  const lines: string[] = [];
  for (let i = 3000; i >= 1; i -= 1) {
    const org = i <= 1000 ? 'example.com' : i <= 2000 ? 'relay.example.net' : 'example.org';
    const s = 1_736_847_000 + i;
    const date = new Date(s * 1000).toUTCString().replace('GMT', '+0000');
    lines.push(
      `Received: from h${i - 1}.${org} (h${i - 1}.${org} [192.0.2.${i % 250}]) by h${i}.${org} with ESMTP id q${i}; ${date}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

// Generous limits: jsdom is slow with 3,000 hops on a busy machine; nothing here measures time.
describe('a 3,000-line paste', { timeout: 60_000 }, () => {
  // One paste serves both subjects: reading 3,000 lines and drawing them is most of what each costs.
  it('reads it without filling the text area, pages the table and folds the picture; turns to the page of a hop chosen elsewhere (the caption steps there)', async () => {
    const user = userEvent.setup();
    const { area, container } = await openTracer();
    await user.click(area);
    await act(() => user.paste(longChain()));
    await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(area).toHaveValue('');
    expect(container.querySelector('[data-hops]')).toHaveAttribute('data-hops', '3000');
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows()).toHaveLength(100);
    expect(screen.getByText('Hops 1–100 of 3,000')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next hops' }));
    expect(screen.getByText('Hops 101–200 of 3,000')).toBeInTheDocument();
    expect(rows()[0]).toHaveAttribute('data-hop', '101');
    // The picture: a bounded number of boxes, long runs folded.
    await waitFor(() => expect(container.querySelectorAll('g.ejt-node').length).toBeGreaterThan(0));
    const nodes = container.querySelectorAll('g.ejt-node');
    expect(nodes.length).toBeLessThanOrEqual(36);
    expect(container.querySelectorAll('g.ejt-node[data-folded]').length).toBeGreaterThan(0);
    expect(screen.getByText(/Long runs of hops inside one organisation are folded/)).toBeInTheDocument();
    // A hop of the second page chosen: the caption steps there, the table stays on its page.
    await user.click(screen.getByRole('button', { name: 'Show hop 150' }));
    expect(screen.getByRole('heading', { name: 'Hop 150 of 3000' })).toBeInTheDocument();
    expect(screen.getByText('Hops 101–200 of 3,000')).toBeInTheDocument();
    // "Trace this email" with the empty text area keeps the result.
    await user.click(screen.getByRole('button', { name: 'Trace this email' }));
    expect(container.querySelector('[data-hops]')).toHaveAttribute('data-hops', '3000');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('a forged header with a right-to-left override', { timeout: 30_000 }, () => {
  const FORGED =
    'Received: from \u202Emoc.elgoog.liam\u202C (\u202Emoc.elgoog.liam\u202C [192.0.2.9])\n' +
    '\tby mx.example.org\u202E.attacker.example.net with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000\n';

  it('shows the control characters as codes in the table, caption and raw line, and flags the hop', async () => {
    const user = userEvent.setup();
    const { area } = await openTracer();
    await user.click(area);
    await act(() => user.paste(FORGED));
    await user.click(screen.getByRole('button', { name: 'Trace this email' }));
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveAttribute('data-forged', 'true');
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]!.textContent).toContain('<U+202E>moc.elgoog.liam<U+202C> [192.0.2.9]');
    expect(cells[0]!.querySelector('bdi')).not.toBeNull();
    expect(cells[1]!.textContent).toBe('mx.example.org<U+202E>.attacker.example.net');
    expect(within(row).getByText('hidden characters: forged?')).toBeInTheDocument();
    // No raw override anywhere in the result (the paste area holds the learner's own text as pasted).
    expect(document.querySelector('.ejt-result')!.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    await user.click(within(row).getByRole('button', { name: 'Show hop 1' }));
    const caption = screen.getByRole('heading', { name: 'Hop 1 of 1' }).closest('section')!;
    expect(within(caption).getByText(/this line holds invisible or text-direction control characters/)).toBeVisible();
    expect(caption.querySelector('.ejt-raw')!.textContent).toContain('from <U+202E>moc.elgoog.liam<U+202C> (');
    expect(caption.querySelector('.ejt-caption-main')!.textContent).toContain('<U+202E>');
  });
});

describe('Copy table', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', '\'=HYPERLINK("http://evil.example","x")'],
    ['+cmd', "'+cmd"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "' indent"],
    ['\rreturn', "' return"],
    ['mail.example.com', 'mail.example.com'],
    // A quoted cell loses its quotes on paste; some spreadsheets skip leading spaces; full-width forms.
    ['"=1+1"', '\'"=1+1"'],
    [' =1+1', "' =1+1"],
    ['\u200b=1+1', "'\u200b=1+1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['\n=1+1', "' =1+1"],
    ['2025-01-14 09:30:05', '2025-01-14 09:30:05'],
  ])('makes %j safe for a spreadsheet', (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
  });
});

describe('hostile names and noise', () => {
  it('flags a look-alike server name in the table and counts 50,000 noise lines in one remark', async () => {
    const user = userEvent.setup();
    const { area } = await openTracer();
    const noise = Array.from({ length: 50_000 }, (_, i) => `noise ${i}`).join('\n');
    await user.click(area);
    await act(() =>
      user.paste(
        `${noise}\nReceived: from mail.g\u043e\u043egle.com (mail.g\u043e\u043egle.com [192.0.2.5]) by mx.example.org with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000\n`,
      ),
    );
    await screen.findByRole('table', {}, { timeout: 10_000 });
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(row).toHaveAttribute('data-forged', 'true');
    expect(row).toHaveTextContent('look-alike name mail.g<U+043E><U+043E>gle.com: forged?');
    expect(screen.getByText(/name a server in letters that only look like plain ones/)).toBeInTheDocument();
    const remarks = screen.getAllByText(/lines of the text were not header fields/);
    expect(remarks).toHaveLength(1);
    expect(remarks[0]).toHaveTextContent(
      '50,000 lines of the text were not header fields and were left out; the first 50',
    );
    expect(document.querySelectorAll('.ejt-stray li')).toHaveLength(50);
  });
});

describe('an Outlook .msg file', () => {
  const header = [
    'Received: from mail.example.com (mail.example.com [192.0.2.5]) by mx.example.org with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000',
    'Subject: Lunch on Friday?',
    '',
  ].join('\r\n');
  const file = (bytes: Uint8Array) => new File([bytes.slice()], 'Lunch.msg', { type: 'application/vnd.ms-outlook' });

  it('is traced from its transport header, with the first words of its text', async () => {
    const user = userEvent.setup();
    await openTracer();
    await user.upload(screen.getByLabelText('Open an .eml file'), file(outlookFile(header, 'Hi Bob, noon?')));
    await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(screen.getByText('From the file Lunch.msg')).toBeInTheDocument();
    expect(screen.getByText(/Read from an Outlook .msg file/)).toBeInTheDocument();
    expect(screen.getByText('Hi Bob, noon?')).toBeInTheDocument();
  });

  it('that is damaged or never sent gets a plain message, not a blank screen', async () => {
    const user = userEvent.setup();
    await openTracer();
    await user.upload(screen.getByLabelText('Open an .eml file'), file(outlookFile(header, 'x').slice(0, 700)));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be read as an Outlook message');
    await user.upload(screen.getByLabelText('Open an .eml file'), file(outlookFile(null, 'draft')));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('holds no transport header'));
  });
});
