// The tracer with real providers and long and hostile input, as a learner sees it: Microsoft 365 and
// Yahoo read for what they are, a 3,000-line paste drawn a page and a folded picture at a time, a
// forged header's hidden characters shown and flagged, a UTF-16 file read, a safe copy.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { SAMPLES } from '../../src/model/trace';
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

/** The tracer with a header typed in and traced, once its table is drawn. */
async function traced(text: string) {
  const view = await openTracer();
  fireEvent.change(view.area, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Trace this email' }));
  await screen.findByRole('table', {}, { timeout: 10_000 });
  return view;
}

/** One column of the table's rows, oldest hop first: 0 is From, 1 is By. */
const column = (index: number) =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]!.textContent);

/** The picture's boxes' roles, in hop order, once it is drawn. */
async function pictureRoles(container: HTMLElement) {
  await waitFor(() => expect(container.querySelectorAll('g.ejt-node').length).toBeGreaterThan(0));
  return [...container.querySelectorAll('g.ejt-node')].map((g) => g.getAttribute('data-role'));
}

/** The caption's main sentence, once a row's hop is chosen. */
async function captionOf(hop: number) {
  fireEvent.click(screen.getByRole('button', { name: `Show hop ${hop}` }));
  const heading = await screen.findByRole('heading', { name: new RegExp(`^Hop ${hop} of `) });
  return heading.closest('section')!;
}

// What the page logs as an error is a fault a learner would not see: none is allowed.
let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});

const M365 = `Received: from HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com
 (2603:1096:100:18::29) by SLXP216MB0381.KORP216.PROD.OUTLOOK.COM with HTTPS
 via SL2P216CA0019.KORP216.PROD.OUTLOOK.COM; Mon, 21 May 2018 05:08:01 +0000
Received: from HE1EUR01FT042.eop-EUR01.prod.protection.outlook.com
 (10.152.0.60) by HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com
 (10.152.1.254) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384_P384) id 15.20.776.10; Mon, 21 May
 2018 05:07:58 +0000
Authentication-Results: spf=pass (sender IP is 192.0.2.25)
 smtp.mailfrom=example.com; outlook.com; dkim=pass (signature was verified)
 header.d=example.com;outlook.com; dmarc=pass action=none
 header.from=example.com;
Received: from out1.example.com (192.0.2.25) by
 HE1EUR01FT042.mail.protection.outlook.com (10.152.0.108) with Microsoft SMTP
 Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.776.10 via Frontend Transport; Mon, 21 May 2018 05:07:55 +0000
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
 by out1.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9; Mon, 21 May 2018 07:07:53 +0200
Date: Mon, 21 May 2018 07:07:52 +0200
From: Alice <alice@example.com>
Subject: Lunch on Friday?
`;

const YAHOO = `Received: from 127.0.0.1  (EHLO mail.example.com) (192.0.2.55)
  by mta1007.mail.sp2.yahoo.com with SMTPS; Tue, 14 Jan 2025 01:30:09 -0800
Authentication-Results: mta1007.mail.sp2.yahoo.com; dkim=pass header.i=@example.com;
  spf=pass smtp.mailfrom=example.com; dmarc=pass(p=REJECT) header.from=example.com;
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
  by mail.example.com (Postfix) with ESMTPSA id 4Xk2Qd0Zz3z9; Tue, 14 Jan 2025 10:30:05 +0100
Date: Tue, 14 Jan 2025 10:30:04 +0100
From: Alice <alice@example.com>
Subject: Lunch on Friday?
`;

describe('real providers, read for what they are', { timeout: 30_000 }, () => {
  it('Microsoft 365: the HTTPS hop is the delivery into the mailbox, the verdicts are the receiver’s, one organisation', async () => {
    const { container } = await traced(M365);
    expect(column(1)).toEqual([
      'out1.example.com',
      'HE1EUR01FT042.mail.protection.outlook.com',
      'HE1EUR01HT085.eop-EUR01.prod.protection.outlook.com',
      'SLXP216MB0381.KORP216.PROD.OUTLOOK.COM',
    ]);
    expect(await pictureRoles(container)).toEqual(['origin', 'submission', 'border', 'internal', 'delivery']);
    const main = (await captionOf(4)).querySelector('.ejt-caption-main')!;
    expect(main).toHaveTextContent('delivered the message into the mailbox store (HTTPS)');
    expect(main).not.toHaveTextContent('webmail');
    const summary = container.querySelector('.ejt-summary')!;
    expect(summary).toHaveTextContent('Written inside outlook.com');
    expect(summary).not.toHaveTextContent('cannot vouch');
    expect([...container.querySelectorAll('[data-method]')].map((li) => li.getAttribute('data-result'))).toEqual([
      'pass',
      'pass',
      'pass',
    ]);
    // One zone for Microsoft's front door, filters and mailbox servers.
    const zones = [...container.querySelectorAll('.ejt-zone .ej-zone-label')].map((z) => z.textContent);
    expect(zones).toContain('outlook.com');
  });

  it('Yahoo: the EHLO name and the client address, not 127.0.0.1; its MX, not a filter', async () => {
    const { container } = await traced(YAHOO);
    // The sender's own hop lies below Yahoo's border: labelled as the sender's side wrote it.
    expect(column(0)).toEqual(['dsl-45.example.net [203.0.113.45] could be forged', 'mail.example.com [192.0.2.55]']);
    await pictureRoles(container);
    expect(container.querySelector('g.ejt-node[data-hop="2"]')).toHaveAttribute('data-role', 'border');
    expect((await captionOf(2)).querySelector('.ejt-caption-main')).toHaveTextContent('incoming server (MX)');
  });
});

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
    await waitFor(() => expect(container.querySelector('[data-phase]')).toHaveAttribute('data-phase', 'ready'));
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

describe('a forged header whose right-to-left overrides are closed', { timeout: 30_000 }, () => {
  /** The forged line: a right-to-left override around a reversed name, and one inside `by`. */
  const FORGED = `Received: from \u202Emoc.elgoog.liam\u202C (\u202Emoc.elgoog.liam\u202C [192.0.2.9])
\tby example.org\u202E.attacker.example.net\u202C with ESMTPS; Tue, 14 Jan 2025 09:30:05 +0000
Received: from [203.0.113.45] (dsl-45.example.net [203.0.113.45])
\tby smtp.example.com (Postfix) with ESMTPSA; Tue, 14 Jan 2025 09:30:01 +0000
`;

  it('shows the codes in the table, caption and raw line, and flags only the forged hop', async () => {
    const { container } = await traced(FORGED);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).not.toHaveAttribute('data-forged');
    expect(rows[1]).toHaveAttribute('data-hop', '2');
    expect(rows[1]).toHaveAttribute('data-forged', 'true');
    expect(column(0)).toContain('<U+202E>moc.elgoog.liam<U+202C> [192.0.2.9]hidden characters: forged?');
    expect(column(1)).toContain('example.org<U+202E>.attacker.example.net<U+202C>');
    // The cell's text is inside <bdi> (the stylesheet isolates it; the browser test checks the style).
    expect(rows[1]!.querySelector('bdi')).not.toBeNull();
    const caption = await captionOf(2);
    expect(caption.querySelector('.ejt-forged-warning')).toHaveTextContent(
      /this line holds invisible or text-direction control characters/,
    );
    expect(caption.querySelector('.ejt-raw')!.textContent).toContain(
      'from <U+202E>moc.elgoog.liam<U+202C> (<U+202E>moc.elgoog.liam<U+202C> [192.0.2.9])',
    );
    expect(caption.querySelector('.ejt-caption-main')!.textContent).toContain('<U+202E>');
    expect(container.querySelector('.ejt-result')!.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('a UTF-16 .eml file with a byte-order mark (Notepad’s “Unicode”)', () => {
  it('is read as text', async () => {
    const user = userEvent.setup();
    await openTracer();
    const text = `\ufeff${SAMPLES.greylisted.replace(/\n/g, '\r\n')}`;
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const file = new File([bytes], 'unicode.eml', { type: 'message/rfc822' });
    await user.upload(screen.getByLabelText('Open an .eml file', { selector: 'input' }), file);
    expect(await screen.findByText('From the file unicode.eml')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(5));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Copy table', () => {
  it('neutralises the cells a spreadsheet would run, in the text it puts on the clipboard', async () => {
    const user = userEvent.setup();
    await traced(
      `Received: from =HYPERLINK("http://evil.example/?x","click") by @SUM.example.net with +ESMTP; Tue, 14 Jan 2025 09:30:05 +0000
Received: from -2+3.example.com by =IMAGE.example.org with ESMTP; Tue, 14 Jan 2025 09:30:01 +0000
`,
    );
    await user.click(screen.getByRole('button', { name: 'Copy table' }));
    expect(await screen.findByText('Copied as tab-separated text.')).toBeInTheDocument();
    const rows = (await navigator.clipboard.readText()).split('\n').map((line) => line.split('\t'));
    expect(rows[1]!.slice(1, 4)).toEqual(["'-2+3.example.com", "'=IMAGE.example.org", 'ESMTP']);
    expect(rows[2]![1]).toMatch(/^'=HYPERLINK/);
    expect(rows[2]!.slice(2, 4)).toEqual(["'@SUM.example.net", "'+ESMTP"]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

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
