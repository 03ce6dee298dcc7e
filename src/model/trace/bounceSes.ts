// Amazon SES notifications: the bounce, complaint or delivery arrives as JSON in the body (SNS
// e-mail subscriptions), sometimes wrapped in SNS's own JSON with the notice as a string inside.
import { reasonOf } from './bounceReason';
import type { BounceAction, BounceRecipient, Report } from './types';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** The first JSON object in the text that parses, or null. */
function firstObject(text: string): Json | null {
  const start = text.indexOf('{"');
  if (start < 0) return null;
  const end = text.lastIndexOf('}');
  for (let e = end; e > start; e = text.lastIndexOf('}', e - 1)) {
    try {
      const value: unknown = JSON.parse(text.slice(start, e + 1));
      return isObject(value) ? value : null;
    } catch {
      // A shorter span may parse: the notice can be followed by SNS's footer text.
    }
    if (end - e > 20_000) break;
  }
  return null;
}

function notice(text: string): Json | null {
  const outer = firstObject(text);
  if (!outer) return null;
  if (str(outer.notificationType) || str(outer.eventType)) return outer;
  const inner = str(outer.Message);
  if (!inner) return null;
  try {
    const value: unknown = JSON.parse(inner);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

const host = (mta: string | null) => (mta ? mta.replace(/^[^;]*;\s*/, '').trim() || null : null);

/** Reads a SES notification, or returns null when the text holds none. */
export function sesReport(text: string): Report | null {
  if (!/notificationType|eventType/.test(text)) return null;
  const n = notice(text);
  const type = str(n?.notificationType) ?? str(n?.eventType);
  if (!n || !type) return null;
  if (type === 'Complaint') {
    const c = isObject(n.complaint) ? n.complaint : {};
    return {
      kind: 'feedback',
      feedbackType: str(c.complaintFeedbackType) ?? 'abuse',
      sourceIp: null,
      reportedBy: str(c.userAgent),
    };
  }
  const mail = isObject(n.mail) ? n.mail : {};
  const headers = list(mail.headers)
    .filter(isObject)
    .map((h) => `${str(h.name) ?? ''}: ${str(h.value) ?? ''}`)
    .join('\n');
  const original = headers ? { headers } : null;
  if (type === 'Delivery') {
    const d = isObject(n.delivery) ? n.delivery : {};
    const response = str(d.smtpResponse) ?? '';
    const recipients = list(d.recipients).flatMap((a) =>
      typeof a === 'string' ? [entry(a, 'delivered', null, response)] : [],
    );
    return {
      kind: 'bounce',
      bounce: {
        reportingMta: host(str(d.reportingMTA)),
        arrivalDate: str(d.timestamp),
        recipients,
        original,
        format: 'text',
      },
    };
  }
  if (type !== 'Bounce') return null;
  const b = isObject(n.bounce) ? n.bounce : {};
  const recipients = list(b.bouncedRecipients)
    .filter(isObject)
    .map((r) =>
      entry(
        str(r.emailAddress) ?? '',
        str(r.action) === 'delayed' ? 'delayed' : 'failed',
        str(r.status),
        (str(r.diagnosticCode) ?? '').replace(/^smtp;\s*/i, ''),
      ),
    );
  return {
    kind: 'bounce',
    bounce: {
      reportingMta: host(str(b.reportingMTA)),
      arrivalDate: str(b.timestamp),
      recipients,
      original,
      format: 'text',
    },
  };
}

function entry(address: string, action: BounceAction, status: string | null, diagnostic: string): BounceRecipient {
  const code = status ?? /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(diagnostic)?.[1] ?? null;
  return {
    address: address.toLowerCase(),
    action,
    status: code,
    remoteMta: null,
    diagnostic: diagnostic || null,
    reason: reasonOf(diagnostic, code, action),
  };
}
