// "Why did it land there?" as a learner meets it: verdicts at the hop that wrote them with their
// meanings, untrusted hops labelled, a pasted bounce explained, and the private link that restores
// the trace with no original address or IP address in it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderApp } from './render';

// The tracer's views arrive as a part of their own; loading it once here (in the hook's time, not
// the first test's) keeps the first test's waits about the page, not about a busy machine's imports.
beforeAll(() => import('../../src/view/trace/TraceMode'));
// A trace read on a busy machine may take its 30 s wait in full: each test gets room for it.
vi.setConfig({ testTimeout: 60_000 });

const M365_JUNK = [
  'Received: from DM6PR10MB1234.namprd10.prod.outlook.com (2603:10b6:5:1::1) by SN6PR10MB5678.namprd10.prod.outlook.com with HTTPS; Tue, 14 Jan 2025 09:30:09 +0000',
  'Received: from BN8NAM11FT012.eop-nam11.prod.protection.outlook.com (2603:10b6:408:1::2) by DM6PR10MB1234.namprd10.prod.outlook.com (2603:10b6:5:1::1) with Microsoft SMTP Server id 15.20.1; Tue, 14 Jan 2025 09:30:08 +0000',
  'Authentication-Results: spf=softfail (sender IP is 203.0.113.9) smtp.mailfrom=example.com; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=example.com;compauth=fail reason=000',
  'Received: from mail.example.net (203.0.113.9) by BN8NAM11FT012.mail.protection.outlook.com (10.13.1.1) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Tue, 14 Jan 2025 09:30:06 +0000',
  'Received: from localhost (localhost [127.0.0.1]) by mail.example.net with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000',
  'X-Forefront-Antispam-Report: CIP:203.0.113.9;CTRY:US;LANG:en;SCL:6;SRV:;IPV:NLI;SFV:SPM;H:mail.example.net;PTR:mail.example.net;CAT:SPOOF;DIR:INB;',
  'X-Microsoft-Antispam: BCL:7;',
  'From: Alice <alice@example.com>',
  'To: bob@contoso.example',
  'Subject: Invoice',
  'Date: Tue, 14 Jan 2025 09:30:04 +0000',
].join('\n');

const BOUNCE = [
  'Received: from out1.example.com (out1.example.com [192.0.2.25]) by mail.example.com with ESMTPS; Tue, 14 Jan 2025 09:30:09 +0000',
  'From: MAILER-DAEMON@out1.example.com (Mail Delivery System)',
  'To: alice@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'Date: Tue, 14 Jan 2025 09:30:08 +0000',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
  '',
  '--b1',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; out1.example.com',
  '',
  'Final-Recipient: rfc822; bbob@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Remote-MTA: dns; mx1.example.org',
  'Diagnostic-Code: smtp; 550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown',
  '',
  '--b1',
  'Content-Type: text/rfc822-headers',
  '',
  'Received: from [203.0.113.45] by out1.example.com with ESMTPSA; Tue, 14 Jan 2025 09:30:01 +0000',
  'From: Alice <alice@example.com>',
  'To: bbob@example.org',
  '',
  '--b1--',
].join('\n');

async function paste(text: string) {
  renderApp({ tool: 'trace', sample: null });
  await screen.findByRole('heading', { name: 'Trace a real email' });
  fireEvent.change(screen.getByLabelText('Message header (or the whole message)'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Trace this email' }));
  // Reading gives the page a turn every 250 lines: on a machine kept busy, the table takes its time.
  await screen.findByRole('table', {}, { timeout: 30_000 });
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('verdicts where they were made', () => {
  it('shows why a Microsoft 365 message went to Junk, at the Microsoft hop, in plain words', async () => {
    await paste(M365_JUNK);
    const section = screen.getByRole('region', { name: 'Verdicts, where they were made' });
    const spam = within(section)
      .getByText(/Microsoft 365 spam filter: judged spam/)
      .closest('li')!;
    expect(spam).toHaveTextContent('Spam confidence level 6: spam, delivered to the Junk Email folder by default.');
    expect(spam).toHaveTextContent('Spam filter verdict SPM: spam.');
    expect(spam).toHaveTextContent('Bulk complaint level 7');
    const group = spam.closest('li.ejt-why-group')!;
    expect(group).toHaveAttribute('data-trusted', 'true');
    expect(group).toHaveAttribute('data-hop', '2');
    expect(within(group as HTMLElement).getByRole('button', { name: /^Hop 2: written by/ })).toBeInTheDocument();
    expect(within(section).getByText(/DMARC fail for From: example.com/)).toBeInTheDocument();
    // On the picture: the Microsoft hop carries trusted verdicts; the sender's own hop lies upstream.
    await waitFor(() => expect(document.querySelector('g.ejt-node[data-hop="2"]')).not.toBeNull());
    expect(document.querySelector('g.ejt-node[data-hop="2"]')).toHaveAttribute('data-verdicts', 'trusted');
    expect(document.querySelector('g.ejt-node[data-hop="1"]')).toHaveAttribute('data-upstream', 'true');
  });

  it('labels hops written before the receiver’s border as could be forged', async () => {
    await paste(
      [
        'Received: from droplet-7a3f (unknown [203.0.113.9]) by mx.example.org with ESMTP; Tue, 14 Jan 2025 09:30:05 +0000',
        'Received: from localhost (localhost [127.0.0.1]) by droplet-7a3f with ESMTP; Tue, 14 Jan 2025 09:30:03 +0000',
      ].join('\n'),
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('could be forged');
    expect(rows[1]).not.toHaveTextContent('could be forged');
  });

  it('shows each time in the reader’s time zone beside UTC', async () => {
    await paste(M365_JUNK);
    const row = within(screen.getByRole('table')).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('2025-01-14 09:30:05');
    expect(row).toHaveTextContent(/Your time: .*2025.*\d{2}:\d{2}:\d{2}/);
  });
});

describe('a pasted bounce', () => {
  it('says who reports it, the failed recipient, the reason in plain words and what to do', async () => {
    await paste(BOUNCE);
    const panel = screen.getByRole('region', { name: 'This is a bounce' });
    expect(panel).toHaveTextContent('Reported by out1.example.com');
    expect(panel).toHaveTextContent('bbob@example.org');
    expect(panel).toHaveTextContent('5.1.1');
    expect(panel).toHaveTextContent('The mailbox does not exist at the receiving domain.');
    expect(panel).toHaveTextContent('Check the address for typos');
    expect(panel).toHaveTextContent('mx1.example.org');
  });

  it('traces the returned original in one click', async () => {
    const user = userEvent.setup();
    await paste(BOUNCE);
    await user.click(screen.getByRole('button', { name: 'Trace the returned original' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'This is a bounce' })).toBeNull());
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });
});

describe('the returned original’s route', () => {
  it('opens on the original’s route up to the refusing server, the refusal drawn when the replay gets there', async () => {
    const user = userEvent.setup();
    await paste(BOUNCE);
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    // The original's hop into out1.example.com, then the hand-over mx1.example.org refused.
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('mx1.example.org');
    expect(screen.getByRole('button', { name: 'Route of the returned original, up to the refusal' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const edge = document.querySelector('.ejt-edge[data-result="refused"]')!;
    expect(edge.getAttribute('data-edge')).toBe('2');
    // Nothing tells the ending before the replay reaches it.
    expect(document.querySelector('.ejt-graph [data-code]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show hop 2' }));
    const badge = document.querySelector('.ejt-graph .ej-code')!;
    expect(badge.getAttribute('data-code')).toBe('550');
    expect(badge.getAttribute('aria-label')).toBe('refused with 550');
    const caption = screen.getByRole('heading', { name: 'Hop 2 of 2' }).closest('section')!;
    expect(caption).toHaveTextContent('mx1.example.org refused the message for bbob@example.org (5.1.1)');
    expect(caption.querySelector('.ejt-raw')!.textContent).toBe(
      '550 5.1.1 <bbob@example.org>: Recipient address rejected: User unknown',
    );
  });

  it('switches to the bounce’s own route and back', async () => {
    const user = userEvent.setup();
    await paste(BOUNCE);
    await user.click(screen.getByRole('button', { name: 'Route of the bounce itself' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(document.querySelector('.ejt-edge[data-result="refused"]')).toBeNull();
    expect(screen.getByRole('region', { name: 'This is a bounce' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Route of the returned original, up to the refusal' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3);
  });

  it('shows a bounce pasted without any Received line: its report, not “no hops”', async () => {
    renderApp({ tool: 'trace', sample: null });
    await screen.findByRole('heading', { name: 'Trace a real email' });
    const raw = BOUNCE.split('\n')
      .filter((line) => !line.startsWith('Received:'))
      .join('\n');
    fireEvent.change(screen.getByLabelText('Message header (or the whole message)'), { target: { value: raw } });
    fireEvent.click(screen.getByRole('button', { name: 'Trace this email' }));
    const panel = await screen.findByRole('region', { name: 'This is a bounce' });
    expect(panel).toHaveTextContent('Reported by out1.example.com');
    expect(panel).toHaveTextContent('bbob@example.org');
    expect(panel).toHaveTextContent('The mailbox does not exist at the receiving domain.');
    expect(screen.getByText(/pasted without any Received lines, so there is no route to draw/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the private share link', () => {
  it('restores the same trace from the fragment, with no original address or IP when hidden', async () => {
    const errors = vi.spyOn(console, 'error');
    const user = userEvent.setup();
    await paste(M365_JUNK);
    await user.click(screen.getByRole('button', { name: 'Make the link' }));
    const link = (screen.getByLabelText('Private link to this trace') as HTMLInputElement).value;
    const originals = ['alice@example.com', 'bob@contoso.example', '203.0.113.9', '10.13.1.1', '2603:10b6:5:1::1'];
    for (const o of originals) expect(decodeURIComponent(link)).not.toContain(o);
    expect(new URL(link).hash).toMatch(/^#ejtrace=/);
    document.body.innerHTML = '';
    const url = new URL(link);
    window.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    // Opening the link sends its trace nowhere: no request the page makes carries the fragment (the
    // browser itself never sends a fragment with the page's own request).
    const fetched = vi.spyOn(globalThis, 'fetch');
    const opened = vi.spyOn(XMLHttpRequest.prototype, 'open');
    renderApp({ tool: 'trace', sample: null });
    await screen.findByRole('table');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(5);
    expect(screen.getByText(/Microsoft 365 spam filter: judged spam/)).toBeInTheDocument();
    const verdicts = screen.getByRole('region', { name: 'Verdicts, where they were made' });
    expect(verdicts).toHaveTextContent('Spam confidence level 6: spam');
    // The tracer's panel (the simulation beside it has its own example people).
    const tracer = screen.getByRole('tabpanel', { name: 'Trace a real email' });
    for (const o of originals) expect(tracer.textContent).not.toContain(o);
    const requested = [...fetched.mock.calls.map(([r]) => String(r)), ...opened.mock.calls.map(([, r]) => String(r))];
    expect(requested.filter((r) => r.includes('ejtrace'))).toEqual([]);
    fetched.mockRestore();
    opened.mockRestore();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('says so when a link’s fragment holds no readable trace', async () => {
    window.history.replaceState(null, '', '/?trace=1#ejtrace=%%%');
    renderApp({ tool: 'trace', sample: null });
    expect(await screen.findByText('The link holds no readable trace.')).toBeInTheDocument();
  });
});
