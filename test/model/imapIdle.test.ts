// Reading mail over IMAP as it really happens (the December audit's N9, F5, F13, F17, N29): the app
// has been logged in and idling since before Alice pressed Send, SELECT answered then as an IMAP4rev1
// server does (the client never ENABLEd IMAP4rev2), and when the message is filed the server
// announces it; POP3 still polls after delivery (RFC 2177; RFC 3501 §6.3.1; RFC 9051 §6.3.2).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGE, messageForPreset, type Plan, type PresetName, type Step } from '../../src/model';
import { clockOf } from '../../src/model/message/internetTime';
import { en } from '../i18n/catalogues';
import { planFor } from './helpers';

const planOf = (preset: PresetName | null, retrieval: 'imap' | 'pop3' = 'imap') =>
  planFor(preset ? messageForPreset(preset, DEFAULT_MESSAGE) : {}, preset, retrieval);
const step = (plan: Plan, id: string): Step => plan.steps.find((s) => s.id === id)!;
const wire = (s: Step) => s.transcript.filter((l) => l.who !== 'note').map((l) => l.text);
const notes = (s: Step) => s.transcript.flatMap((l) => (l.note ? [l.note] : []));
/** The journey's clock, as the caption shows it (the sender's zone, +0100). */
const clock = (epoch: number) => clockOf(epoch, 60);

describe('IMAP: the app idles before the message is sent, and the server announces it', () => {
  const plan = planOf(null);
  const [login, notice, store] = [step(plan, 'login'), step(plan, 'notice'), step(plan, 'store')];
  const sendPressed = clock(plan.steps[0]!.startsAt);

  it('the step ids and their order stay as ?step= links know them', () => {
    expect(plan.steps.map((s) => s.id).slice(-5)).toEqual(['store', 'login', 'notice', 'fetch', 'read']);
  });

  it('the login, SELECT and IDLE are dated before Alice pressed Send, and the caption says so', () => {
    const [earlier] = notes(login);
    expect(earlier?.key).toBe('note.imap.earlier');
    const since = String(earlier?.params?.time);
    expect(since < sendPressed).toBe(true);
    expect(login.caption.params?.since).toBe(since);
    expect(notes(login).find((n) => n.key === 'note.imap.idle')?.params?.time).toBe(since);
    const caption = en['step.login.imap'];
    expect(caption).toContain('since {since}, before {sender} pressed Send');
    expect(caption).not.toMatch(/opens the mail app|It logs in/);
    expect(en['beginner.step.login.imap']).toContain('since before {sender} pressed Send');
  });

  it('SELECT saw the inbox without the message: the IMAP4rev1 answer, in RFC 3501’s order', () => {
    const lines = wire(login);
    const select = lines.indexOf('a2 SELECT INBOX');
    expect(lines.slice(select + 1, select + 10)).toEqual([
      '* 3 EXISTS',
      '* 0 RECENT',
      '* OK [UNSEEN 3] Message 3 is first unseen',
      '* OK [UIDVALIDITY 1736840000] UIDs valid',
      '* OK [UIDNEXT 4] Predicted next UID',
      '* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)',
      '* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted',
      'a2 OK [READ-WRITE] SELECT completed',
      'a3 IDLE',
    ]);
    expect(lines.at(-1)).toBe('+ idling');
  });

  it('at the second the message is filed, the server announces number 4 (and that it is recent)', () => {
    // The look back at the earlier session takes none of the journey's time.
    expect(login.simulatedMs).toBe(0);
    expect(notice.startsAt).toBe(store.endsAt);
    expect(notes(notice)[0]).toEqual({ key: 'note.imap.announce', params: { time: clock(store.endsAt) } });
    expect(wire(notice)).toEqual(['* 4 EXISTS', '* 1 RECENT', 'DONE', 'a3 OK IDLE terminated']);
  });

  it('the app then fetches number 4 as the new, recent message; \\Seen only once it reads the body', () => {
    const read = wire(step(plan, 'read'));
    expect(read).toContain('* 4 FETCH (FLAGS (\\Recent) BODY[HEADER.FIELDS (FROM SUBJECT DATE)] {101}');
    expect(read.some((l) => l.startsWith('* 4 FETCH (FLAGS (\\Seen \\Recent) BODY[] {'))).toBe(true);
  });

  it('the words say the server announces; nothing "pushes new mail"', () => {
    for (const key of ['note.imap.idle', 'note.imap.announce', 'step.notice'] as const) {
      expect(en[key]).toMatch(/announce/);
      expect(en[key]).not.toMatch(/push/i);
    }
  });
});

describe('POP3 has no IDLE: the app polls after delivery', () => {
  const plan = planOf(null, 'pop3');
  it('logs in after the message is filed, with no earlier session and no notice', () => {
    const login = step(plan, 'login');
    expect(login.startsAt).toBeGreaterThanOrEqual(step(plan, 'store').endsAt);
    expect(notes(login).map((n) => n.key)).not.toContain('note.imap.earlier');
    expect(plan.steps.some((s) => s.id === 'notice')).toBe(false);
    expect(wire(login)[0]).toBe('+OK POP3 server ready');
  });
});

describe('SELECT after the message arrived (Junk, and the sender reading her bounce)', () => {
  const selectOf = (s: Step) => {
    const lines = wire(s);
    const at = lines.findIndex((l) => / SELECT /.test(l));
    return lines.slice(at, at + 9);
  };

  it('Junk answers with its own counts and UIDVALIDITY, the message recent and unseen', () => {
    expect(selectOf(step(planOf('spam'), 'login'))).toEqual([
      'a2 SELECT Junk',
      '* 1 EXISTS',
      '* 1 RECENT',
      '* OK [UNSEEN 1] Message 1 is first unseen',
      '* OK [UIDVALIDITY 1736840001] UIDs valid',
      '* OK [UIDNEXT 2] Predicted next UID',
      '* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)',
      '* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] Flags permitted',
      'a2 OK [READ-WRITE] SELECT completed',
    ]);
  });

  it('Alice’s inbox counts the bounce as its fourth message, and her app logs in after it was filed', () => {
    const plan = planOf('unknown-user');
    const fetch = step(plan, 'bounce-fetch');
    expect(fetch.startsAt).toBeGreaterThanOrEqual(step(plan, 'bounce').endsAt);
    expect(selectOf(fetch).slice(1, 6)).toEqual([
      '* 4 EXISTS',
      '* 1 RECENT',
      '* OK [UNSEEN 3] Message 3 is first unseen',
      '* OK [UIDVALIDITY 1736840000] UIDs valid',
      '* OK [UIDNEXT 5] Predicted next UID',
    ]);
    expect(notes(fetch).map((n) => n.key)).not.toContain('note.imap.earlier');
  });
});

describe('several recipients: each mailbox is named (N18)', () => {
  const plan = planFor({ to: 'bob@example.org', cc: 'carol@example.com', bcc: 'nobody@example.org' });

  it('the steps of each recipient’s mailbox say whose it is; the trunk and the bounce do not', () => {
    const whose = plan.steps.filter((s) => s.whose).map((s) => `${s.id}:${s.whose}`);
    expect(whose).toEqual([
      ...['store', 'login', 'notice', 'fetch', 'read'].map((id) => `${id}:Bob`),
      ...['store', 'login', 'notice', 'fetch', 'read'].map((id) => `${id}:Carol`),
    ]);
    expect(en['label.store.of']).toBe("File in {name}'s mailbox");
  });

  it('the store Carol’s copy is filed in is named by its provider, not by Alice', () => {
    const carolStore = plan.steps.filter((s) => s.id === 'store')[1]!;
    expect(carolStore.to).toBe('sender-store');
    const node = plan.nodes.find((n) => n.id === 'sender-store')!;
    expect(node.title).toEqual({
      key: 'node.sender-store',
      params: expect.objectContaining({ senderDomain: 'example.com' }),
    });
    expect(en['node.sender-store']).toBe("{senderDomain}'s mailbox store");
  });

  it('with one recipient no step carries a name', () => {
    expect(planOf(null).steps.some((s) => s.whose)).toBe(false);
  });

  it('the DSN’s Arrival-Date is when out1 received the message (the hand-off), not later', () => {
    const dsn = wire(step(plan, 'bounce'));
    const handoff = step(plan, 'handoff');
    expect(dsn).toContain(`Arrival-Date: Tue, 14 Jan 2025 ${clock(handoff.endsAt)} +0100`);
  });
});
