// Reads a pasted report: a bounce (RFC 3464 delivery status notification or a mail system's text
// bounce), an auto-reply (RFC 3834) or an abuse feedback report (ARF, RFC 5965). Bounces go back to
// the envelope sender from MAILER-DAEMON with MAIL FROM:<> (email-facts §3, §8); the rest of a
// bounce's shape varies by mail system, so several signs are weighed, never one alone.
import { reasonOf, replyCodeIn, statusIn } from './bounceReason';
import { sesReport } from './bounceSes';
import { remoteMtaIn, splitReport, textRecipients, unwrapReply } from './bounceText';
import { allParts, decodeWords, fieldValue, parseEntity, parseFields, unixLines, type Field, type Part } from './mime';
import type { Bounce, BounceAction, BounceRecipient, Report } from './types';

/** More than this is no report anybody pastes; only this much is read. */
const MAX_CHARS = 2_000_000;

const DAEMON =
  /(mailer[-_]?daemon|post_?master|mail ?delivery ?(sub)?system|mail administrator|system administrator|mail ?delivery|mailer@|mail-daemon|mdaemon|symantec_antivirus|double-bounce|nobody@|bounce|returned mail|administrator@|daemon@)/i;

const BOUNCE_SUBJECT =
  /undeliver|undelivered|delivery (status notification|failure|failed|has failed|problem|report|notification)|returned mail|failure notice|mail delivery|could not be delivered|not delivered|nondeliver|non[- ]?delivery|delivery error|mail system error|message (not delivered|delivery failed)|returned to sender|bounced?|rejected|delivery (to the following|unsuccessful)|warning: could not send|undeliverable|unzustellbar|non remis|no se puede entregar|permanent error|error sending|failed to deliver|notice of delivery|delivery notification|mail could not|unable to deliver|message you sent|\bdsn\b|system undeliverable|nachricht .*nicht zugestellt|mail failed|returning to sender|failed addresses|error notification|不達|エラー|配信|送信/i;

/** Words only a mail system's failure report uses. */
const BOUNCE_BODY =
  /could not be delivered|wasn'?t able to deliver|was not delivered|unable to deliver|delivery (to the following recipients? )?(has )?failed|failed permanently|permanent (fatal )?error|did not reach|could not be reached|undeliverable|the following addresses? (had|failed)|delivery has failed|message (was )?(not )?delivered|returned to (you|the sender)|unrecoverable error|remote (host|server|mail server) said|smtp error from|retry (time|timeout)|delivery status notification|not be delivered|rejected (your|the) message|giving up on|couldn'?t be delivered|failed to deliver|no such|user unknown|host unknown|delivery to .* failed|your message (to|was|could|has)|message you sent|the original message|final-recipient|diagnostic-code|this message was created automatically by mail delivery software|mailbox (is )?(full|unavailable)|address rejected|delivery failure|has not been delivered|could not deliver|failed recipient|delivery problem|bounced|error report|送信できません|配信できません|届きませんでした|宛先|できませんでした/i;

const AUTO_SUBJECT =
  /^(auto(matic)?[ -]?(reply|response|antwort)|auto:|out of (the )?office|abwesen|vacation|on vacation|i am (out|away)|away from|absence|r[ée]ponse automatique|risposta automatica|respuesta autom)/i;

function actionOf(text: string | null): BounceAction {
  const word = (text ?? '').trim().toLowerCase();
  if (word.startsWith('delay')) return 'delayed';
  if (word.startsWith('deliver')) return 'delivered';
  if (word.startsWith('relay')) return 'relayed';
  if (word.startsWith('expand')) return 'expanded';
  return 'failed';
}

/** `rfc822; user@example.org` → the address. */
const addressOf = (value: string | null) =>
  (value ?? '')
    .replace(/^[^;]*;/, '')
    .trim()
    .replace(/^<|>$/g, '')
    .toLowerCase();

/** `dns; mx.example.org` → the host. */
const hostOf = (value: string | null) => {
  const host = (value ?? '')
    .replace(/^[^;]*;/, '')
    .trim()
    .replace(/\.$/, '');
  return host ? host.split(/\s/)[0]!.replace(/^\[|\]$/g, '') : null;
};

/** The status to show: the report's, unless it says only x.0.0 and the server's reply is more exact. */
function statusFor(reported: string | null, diagnostic: string): string | null {
  const quoted = statusIn(diagnostic);
  const given = reported && /^[245]\.\d{1,3}\.\d{1,3}$/.test(reported.trim()) ? reported.trim() : null;
  // The remote server's own code, quoted in the diagnostic, is more exact than the reporter's summary.
  if (given && quoted && given[0] === quoted[0]) return quoted;
  return given ?? quoted;
}

/** Words of a report that say the queue gave up after retrying (RFC 5321 §4.5.4.1). */
const GAVE_UP =
  /could not be delivered for (more than )?\d|has not been delivered for|retry time(out)? (not reached|exceeded)|message (has )?expired|too long in (the )?queue|undelivered (for|after) \d|could not send message for past \d|still undelivered after|maximum (queue|retry) (time|lifetime)|queue lifetime/i;

function reasonFor(text: string, status: string | null, action: BounceAction, context: string) {
  return status?.startsWith('4') && GAVE_UP.test(`${text}\n${context}`) ? 'expired' : reasonOf(text, status, action);
}

function recipient(
  address: string,
  action: BounceAction,
  reported: string | null,
  diagnostic: string,
  remoteMta: string | null,
  context = '',
): BounceRecipient {
  // X-Unix: a local program (a pipe, procmail) failed, not a remote server (RFC 3464 §2.3.6).
  const local = /^x-unix;/i.test(diagnostic.trim());
  const text = unwrapReply(diagnostic.replace(/^\s*(smtp|x-[\w-]+|mailbox|x400|unix|x-unix);\s*/i, ''));
  let status = statusFor(reported, text);
  // A text bounce that quotes only the reply code: its class is the status class.
  if (!status) {
    const code = replyCodeIn(text);
    if (code) status = `${code[0]}.0.0`;
  }
  return {
    address,
    action: action,
    status,
    remoteMta: remoteMta ?? remoteMtaIn(text),
    diagnostic: text || null,
    reason: local ? 'mailererror' : reasonFor(text, status, action, context),
  };
}

/** RFC 3464 §2: per-message fields, then one block of fields per recipient. */
function deliveryStatus(text: string): {
  reportingMta: string | null;
  arrivalDate: string | null;
  recipients: BounceRecipient[];
} {
  const blocks = unixLines(text)
    .split(/\n[ \t]*\n/)
    .map((b) => parseFields(b.trim()))
    .filter((b) => b.length > 0);
  const all = blocks.flat();
  const per = blocks.filter((b) => fieldValue(b, 'final-recipient') || fieldValue(b, 'original-recipient'));
  const recipients = per.map((b) => {
    const address = addressOf(fieldValue(b, 'final-recipient') ?? fieldValue(b, 'original-recipient'));
    return recipient(
      address,
      actionOf(fieldValue(b, 'action')),
      fieldValue(b, 'status'),
      fieldValue(b, 'diagnostic-code') ?? '',
      hostOf(fieldValue(b, 'remote-mta')),
    );
  });
  return {
    reportingMta: hostOf(fieldValue(all, 'reporting-mta')),
    arrivalDate: fieldValue(all, 'arrival-date'),
    recipients: recipients.filter((r) => r.address.includes('@')),
  };
}

const isDeliveryStatus = (p: Part) =>
  p.type === 'message/delivery-status' || p.type === 'message/global-delivery-status';

function originalOf(parts: readonly Part[]): { headers: string } | null {
  const message = parts.find((p) => p.type === 'message/rfc822' || p.type === 'message/global');
  if (message?.parts[0]?.headerText.trim()) return { headers: message.parts[0].headerText };
  const headers = parts.find((p) => p.type === 'text/rfc822-headers' || p.type === 'message/rfc822-headers');
  return headers?.text.trim() ? { headers: headers.text.trim() } : null;
}

/** The host after the @ of the report's sender, when a mail daemon sent it. */
function daemonHost(from: string | null): string | null {
  const address = /([^\s<>"]+@[^\s<>"]+)/.exec(from ?? '')?.[1];
  return address && DAEMON.test(from ?? '') ? address.split('@')[1]!.toLowerCase() : null;
}

/** The report's text: the first text parts that are not the returned message. */
function reportText(root: Part): string {
  const texts = allParts(root).filter(
    (p, _, list) =>
      (p.type === 'text/plain' || p.type === 'text/html') &&
      !list.some((q) => (q.type === 'message/rfc822' || q.type === 'message/global') && allParts(q).includes(p)),
  );
  const plain = texts.filter((p) => p.type === 'text/plain');
  const chosen = plain.length ? plain : texts;
  const body = chosen.map((p) => (p.type === 'text/html' ? htmlText(p.text) : p.text)).join('\n');
  return body || root.text;
}

/** Text of an HTML part, for the few mail systems that bounce in HTML only. */
function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

const addressesIn = (value: string | null) =>
  [...(value ?? '').matchAll(/([^\s<>",;:()]+@[^\s<>",;:()]+)/g)].map((m) => m[1]!.toLowerCase());

function textBounce(root: Part, fields: readonly Field[]): Bounce | null {
  const { report, originalHeader } = splitReport(reportText(root));
  const own = [...addressesIn(fieldValue(fields, 'from')), ...addressesIn(fieldValue(fields, 'to'))];
  const failedHeader = addressesIn(fieldValue(fields, 'x-failed-recipients'));
  let found = textRecipients(report, own);
  if (failedHeader.length) {
    const byHeader = failedHeader.map(
      (a) => found.find((f) => f.address === a) ?? { address: a, diagnostic: found[0]?.diagnostic ?? '' },
    );
    found = byHeader;
  }
  const parts = allParts(root);
  const original = originalOf(parts) ?? (originalHeader ? { headers: originalHeader } : null);
  if (found.length === 0 && original) {
    // Some reports name no address at all ("your message could not be delivered"): the copy's To: does.
    const to = addressesIn(fieldValue(parseFields(unixLines(original.headers)), 'to'));
    found = to
      .slice(0, 1)
      .map((address) => ({ address, diagnostic: report.replace(/\s+/g, ' ').trim().slice(0, 600) }));
  }
  const temporary =
    /will (be )?retr|still trying|not yet been delivered|delayed|will keep trying|warning: could not send/i.test(
      report,
    );
  return {
    reportingMta: daemonHost(fieldValue(fields, 'from')),
    arrivalDate: null,
    recipients: found.map((f) =>
      recipient(f.address, temporary ? 'delayed' : 'failed', null, f.diagnostic, null, report),
    ),
    original,
    format: 'text',
  };
}

function isFeedback(root: Part): boolean {
  return (
    (root.type === 'multipart/report' && /feedback-report/i.test(root.params['report-type'] ?? '')) ||
    allParts(root).some((p) => p.type === 'message/feedback-report')
  );
}

function feedback(root: Part): Report {
  const part = allParts(root).find((p) => p.type === 'message/feedback-report');
  const fields = part ? parseFields(unixLines(part.text).trim()) : [];
  return {
    kind: 'feedback',
    feedbackType: fieldValue(fields, 'feedback-type'),
    sourceIp: fieldValue(fields, 'source-ip'),
    reportedBy: fieldValue(fields, 'reported-domain') ?? daemonHost(fieldValue(root.fields, 'from')),
  };
}

/** Hotmail's older complaint reports: no feedback-report part, the complained-of message attached. */
const isComplaint = (subject: string, parts: readonly Part[]) =>
  /^\s*complaint about message from/i.test(subject) && parts.some((p) => p.type === 'message/rfc822');

function isAutoReply(fields: readonly Field[], subject: string): boolean {
  const auto = fieldValue(fields, 'auto-submitted') ?? '';
  return (
    /auto-replied/i.test(auto) ||
    fields.some((f) => /^x-(autoreply|autorespond|auto-response-suppress-never)$/.test(f.key)) ||
    /auto_reply|autoreply/i.test(fieldValue(fields, 'precedence') ?? '') ||
    AUTO_SUBJECT.test(subject.trim())
  );
}

/**
 * What kind of report a pasted message is. A delivery-status part makes it a bounce; so do a mail
 * daemon as sender (or X-Failed-Recipients) with a failure subject or failure words in the body.
 */
/**
 * The delivery-status fields pasted alone (a help desk copies the report's middle part): read as
 * that part when a per-recipient block names its recipient and what happened (RFC 3464 §2.3).
 */
function bareStatus(raw: string): { text: string } | undefined {
  const start = raw.slice(0, 8192);
  const alone = /^(reporting-mta|final-recipient):/im.test(start) && /^(action|status):/im.test(start);
  return alone && /^final-recipient:/im.test(start) ? { text: unixLines(raw.slice(0, MAX_CHARS)) } : undefined;
}

export function readReport(raw: string): Report {
  if (typeof raw !== 'string' || !/\S/.test(raw)) return { kind: 'mail' };
  const root = parseEntity(unixLines(raw.slice(0, MAX_CHARS)).replace(/^\s+/, ''));
  const fields = root.fields;
  if (isFeedback(root)) return feedback(root);
  const parts = allParts(root);
  const status = parts.find(isDeliveryStatus) ?? bareStatus(raw);
  if (status) {
    const read = deliveryStatus(status.text);
    const text = textBounce(root, fields);
    // A recipient block without Diagnostic-Code: the report's text often says what happened to it.
    read.recipients = read.recipients.map((r) => {
      if (r.diagnostic) return r;
      const words = text?.recipients.find((t) => t.address === r.address)?.diagnostic;
      if (!words) return r;
      const status = statusFor(r.status, words);
      return { ...r, diagnostic: words, status, reason: reasonFor(words, status, r.action, '') };
    });
    return {
      kind: 'bounce',
      bounce: {
        reportingMta: read.reportingMta ?? daemonHost(fieldValue(fields, 'from')),
        arrivalDate: read.arrivalDate,
        recipients: read.recipients.length ? read.recipients : (text?.recipients ?? []),
        original: originalOf(parts) ?? text?.original ?? null,
        format: 'rfc3464',
      },
    };
  }
  const from = decodeWords(fieldValue(fields, 'from') ?? '');
  const subject = decodeWords(fieldValue(fields, 'subject') ?? '');
  const returnPath = fieldValue(fields, 'return-path');
  const daemon =
    DAEMON.test(from) || /^<>$/.test(returnPath?.trim() ?? '') || fieldValue(fields, 'x-failed-recipients') !== null;
  // fml, a mailing-list manager, refuses posts in its own words: "(name ML)" closes the subject.
  const listRefusal = /-(admin|owner)@/i.test(from) && /\(\S+ ML\)\s*$/.test(subject);
  const reportType = root.type === 'multipart/report' && /delivery-status/i.test(root.params['report-type'] ?? '');
  const body = reportText(root);
  const ses = sesReport(body);
  if (ses) return ses;
  const failureWords = BOUNCE_SUBJECT.test(subject) || BOUNCE_BODY.test(body.slice(0, 20_000));
  if (isComplaint(subject, parts)) return feedback(root);
  if (!reportType && isAutoReply(fields, subject) && !(daemon && failureWords))
    return { kind: 'autoReply', from: fieldValue(fields, 'from'), subject: fieldValue(fields, 'subject') };
  // A provider's notice from a no-reply address still returns the message it could not deliver.
  const returned =
    parts.some((p) => p.type === 'message/rfc822') && BOUNCE_SUBJECT.test(subject) && BOUNCE_BODY.test(body);
  if (!reportType && !(daemon && failureWords) && !returned && !listRefusal) return { kind: 'mail' };
  const bounce = textBounce(root, fields);
  if (!bounce) return { kind: 'mail' };
  // A daemon's message naming no failed address and holding no failure words in the body is a notice, not a bounce.
  if (!reportType && !listRefusal && bounce.recipients.length === 0 && !BOUNCE_BODY.test(body) && body.trim())
    return { kind: 'mail' };
  return { kind: 'bounce', bounce };
}

/** The bounce a pasted message is, or null for anything else (ordinary mail, auto-replies, ARF reports). */
export function readBounce(raw: string): Bounce | null {
  const report = readReport(raw);
  return report.kind === 'bounce' ? report.bounce : null;
}
