// English strings of the "Trace a real email" mode; they travel with that mode's lazy part.
export const enTrace = {
  'trace.heading': 'Trace a real email',
  'trace.intro':
    'Paste the header of an email you received, or drop its .eml file here, and watch the route it really took. Everything is read on this page: nothing you paste leaves your browser.',
  'trace.input.label': 'Message header (or the whole message)',
  'trace.input.placeholder': 'Received: from … by … with ESMTPS …; Tue, 14 Jan 2025 09:30:05 +0000',
  'trace.input.read': 'Trace this email',
  'trace.input.file': 'Open an .eml file',
  'trace.input.clear': 'Clear',
  'trace.input.drop': 'Drop an .eml file here',
  'trace.input.reading': 'Reading…',
  'trace.input.source.file': 'From the file {name}',
  'trace.input.source.large': 'Pasted {size} of text: too long to show here, so it was read directly.',
  'trace.input.source.sample': 'Sample: {name}',
  'trace.samples.label': 'Or try a sample',
  'trace.samples.none': 'Choose a sample…',
  'trace.samples.webmail': 'Big webmail provider to hosted mail (many internal hops)',
  'trace.samples.small-server': 'Small Postfix server with a spam filter (and a fast laptop clock)',
  'trace.samples.forwarded': 'Forwarded from a university address to a personal one',
  'trace.samples.greylisted': 'Greylisted: accepted on the second try, six minutes later',
  'trace.help.summary': 'Where do I find the header?',
  'trace.help.gmail': 'Gmail on the web: open the message, ⋮ (More) → Show original.',
  'trace.help.outlook':
    'Outlook on the web: ⋯ → View → View message source. Outlook for Windows: File → Properties → Internet headers.',
  'trace.help.apple': 'Apple Mail: View → Message → Raw Source.',
  'trace.help.thunderbird': 'Thunderbird: View → Message Source (Ctrl+U).',
  'trace.help.privacy':
    'Headers hold addresses and server names. This page never sends them anywhere, but think twice before sharing a screenshot.',

  'trace.problem.empty': 'There is nothing to read yet. Paste a message header, open an .eml file, or pick a sample.',
  'trace.problem.binary':
    'That file is not an email: it looks like a picture, a PDF or another binary file. Save the email as .eml (or copy its header) and try again.',
  'trace.problem.json':
    'That looks like JSON or program data, not an email header. A header is lines like “Received: from … by …; date”.',
  'trace.problem.noHeader':
    'No header fields were found. A header is lines of the form “Name: value”, such as “Received: …” and “Date: …”, before the first empty line.',
  'trace.problem.noReceived':
    'This header has no Received lines, so there is no route to trace. Copy the full header (“Show original”) of a message you received, not one you are writing.',
  'trace.problem.unreadable': 'This text could not be read as an email header. Check that you copied the whole header.',

  'trace.summary.heading': 'What the header says',
  'trace.summary.subject': 'Subject',
  'trace.summary.from': 'From',
  'trace.summary.to': 'To',
  'trace.summary.sent': 'Date: header',
  'trace.summary.hops': 'Hops',
  'trace.summary.total': 'Time in transit',
  'trace.summary.receiver': 'Delivered into',
  'trace.summary.unknown': 'not stated',
  'trace.summary.totalNote': 'from the Date: header to the last Received line',
  'trace.summary.totalFromFirst': 'from the first to the last Received line',

  'trace.remark.noDate': 'The header has no readable Date: field, so the first hop has no delay.',
  'trace.remark.loop':
    'This message carries {count} Received lines. Real mail has a handful; servers treat 100 or more as a mail loop and stop (RFC 5321 §6.3).',
  'trace.remark.authForeign':
    'No Authentication-Results field names the receiving organisation, so the verdicts below come from a server you cannot vouch for.',
  'trace.remark.stray': '{count} line(s) of the text were not header fields and were left out (listed below).',
  'trace.remark.cut': 'The text is very long; only its first 1.9 MB were read.',
  'trace.remark.dateSkew':
    'The Date: header is later than the first Received line: the sender’s clock runs fast. The transit time is counted from the first hop instead.',
  'trace.remark.controls':
    '{count} Received line(s) hold invisible or text-direction control characters (such as U+202E), shown here as codes like <U+202E>. No mail server writes them: someone forged these lines to make them read differently.',
  'trace.remark.greylist': 'The receiving server left a note: X-Greylist: {text}',
  'trace.stray.heading': 'Lines left out',
  'trace.stray.line': 'line {number}',

  'trace.auth.heading': 'Sender checks (SPF, DKIM, DMARC)',
  'trace.auth.by': 'Written by {server}, the topmost Authentication-Results of the receiving organisation.',
  'trace.auth.byForeign': 'Written by {server}. It does not name the receiving organisation.',
  'trace.auth.noServer': 'an unnamed server',
  'trace.auth.byUnnamed':
    'Written inside {org} after the message arrived there: the field names no server (Microsoft 365 writes it this way), but it sits above the organisation’s first Received line, so it is the receiver’s own verdict.',
  'trace.auth.merged':
    'This server wrote its verdicts in {count} Authentication-Results fields; they are read together.',
  'trace.auth.others':
    '{count} more Authentication-Results field(s) lie lower in the header. Other servers wrote them, earlier on the way, and anyone upstream could have forged them.',
  'trace.auth.none':
    'The header has no Authentication-Results field, so it does not say whether the sender was checked.',
  'trace.auth.about': 'about {about}',
  'trace.auth.spf': 'SPF: was the sending server allowed to send for the envelope sender’s domain?',
  'trace.auth.dkim': 'DKIM: does a valid signature of the domain cover the message?',
  'trace.auth.dmarc': 'DMARC: does a passing SPF or DKIM domain match the From: address?',

  'trace.table.heading': 'Hops',
  'trace.table.caption': 'Every hop, oldest first. Choose a hop to show it on the picture.',
  'trace.table.hop': 'Hop',
  'trace.table.from': 'From',
  'trace.table.by': 'By',
  'trace.table.with': 'With',
  'trace.table.time': 'Time (UTC)',
  'trace.table.delay': 'Delay',
  'trace.table.sort': 'Sort by {column}',
  'trace.table.copy': 'Copy table',
  'trace.table.copied': 'Copied as tab-separated text.',
  'trace.table.copyManual': 'Copying was not allowed here; select the text below and copy it.',
  'trace.table.copyField': 'The hop table as text',
  'trace.table.show': 'Show hop {number}',
  'trace.table.noDate': 'no date',
  'trace.table.skew': 'clock skew',
  'trace.table.slightSkew': 'clocks differ slightly',
  'trace.table.dateSkew': 'sender’s clock ahead',
  'trace.table.forged': 'hidden characters: forged?',
  'trace.table.pages': 'Pages of the hop table',
  'trace.table.previous': 'Previous hops',
  'trace.table.next': 'Next hops',
  'trace.table.range': 'Hops {from}–{to} of {count}',
  'trace.table.tls.yes': 'encrypted (TLS)',
  'trace.table.tls.no': 'no TLS recorded',
  'trace.table.tls.unknown': 'encryption not recorded',
  'trace.table.tls.local': 'inside one machine',

  'trace.graph.label': 'The route of the pasted email: {count} hops, oldest first',
  'trace.graph.folded':
    'Long runs of hops inside one organisation are folded into “…” boxes ({count} hops); the table lists every hop.',
  'trace.node.origin': 'the sender’s app',
  'trace.node.unnamed': 'an unnamed server',
  'trace.node.fold': '… {count} more hops',
  'trace.zone.origin': 'sender’s side',
  'trace.table.notRecorded': 'not recorded',
  'trace.zone.unknown': 'not named',
  'trace.roleShort.origin': 'where it started',
  'trace.roleShort.webmail': 'webmail front end',
  'trace.roleShort.submission': 'submission (login)',
  'trace.roleShort.local': 'local hand-over',
  'trace.roleShort.border': 'incoming server (MX)',
  'trace.roleShort.internal': 'internal relay',
  'trace.roleShort.filter': 'filter on the same host',
  'trace.roleShort.delivery': 'mailbox delivery',
  'trace.roleShort.fold': 'folded (see the table)',

  'trace.playback.label': 'Replay the route',
  'trace.playback.replay': 'Replay',
  'trace.playback.position': 'Hop {hop} of {count}',
  'trace.playback.ready': '{count} hops',
  'trace.timing.legend': 'Timing',
  'trace.timing.scale': 'To scale',
  'trace.timing.equal': 'Equal steps',

  'trace.caption.heading': 'Hop {number} of {count}',
  'trace.caption.start': 'Press Replay to follow the message hop by hop, or choose a hop in the table.',
  'trace.caption.delay': '{delay} after the previous moment.',
  'trace.caption.delayFirst': '{delay} after the Date: header.',
  'trace.caption.noDelay': 'No delay can be worked out for this hop.',
  'trace.caption.source': 'From Received line {line} of {count}, counting from the top (the newest is on top):',
  'trace.caption.fields': 'What the parser read from it',
  'trace.caption.forged':
    'Warning: this line holds invisible or text-direction control characters, shown as codes like <U+202E>. Host names cannot contain them (RFC 5321): the line was forged to read differently from what it says.',
  'trace.field.helo': 'Introduced itself as (EHLO)',
  'trace.field.rdns': 'Reverse DNS name',
  'trace.field.ip': 'IP address',
  'trace.field.by': 'Received by',
  'trace.field.with': 'With',
  'trace.field.id': 'Queue ID',
  'trace.field.for': 'For',
  'trace.field.software': 'Mail software',
  'trace.field.date': 'Date as written',
  'trace.field.utc': 'In UTC',

  'trace.role.webmail':
    '{by} took the message from the provider’s webmail front end. The browser spoke HTTPS to the web server; no SMTP was used from the browser.',
  'trace.role.submission':
    '{by} accepted the message from the sender’s app after a login ({with}): this is the submission server, the first mail server on the way.',
  'trace.role.local':
    'A program on {by} handed the message to the mail system (no network hop), for example the local submission program.',
  'trace.role.border':
    '{by} received the message from {from} over the Internet: here it passed from {fromOrg} into {byOrg}. This is {byOrg}’s incoming server (MX).',
  'trace.role.internal': '{by} passed the message on inside {byOrg}: a relay, filter or hub server.',
  'trace.role.filter':
    '{from} handed the message to {by} on the same machine. Mail servers pass each message through filter programs (spam, viruses) this way, and every pass adds a Received line.',
  'trace.role.delivery':
    '{by} delivered the message into the mailbox store ({with}). From here the recipient’s app reads it over IMAP or POP3.',

  'trace.note.tls.yes': 'The connection was encrypted (TLS).',
  'trace.note.tls.no':
    'No TLS recorded for this hop. Over the Internet that would mean anyone on the path could read it; inside one organisation or one machine it is common.',
  'trace.note.tls.unknown': 'The line does not say whether this hand-over was encrypted.',
  'trace.note.tls.local': 'This hand-over stayed inside one machine.',
  'trace.note.auth': 'The sender logged in (the A in {with} or an “Authenticated sender” note).',
  'trace.note.helo': 'It introduced itself as {helo}, but its address’s reverse DNS name is {rdns}.',
  'trace.note.skew':
    'This time is more than a few seconds earlier than the hop before it, which cannot be: one of the two servers’ clocks is wrong. The delay is shown as 0.',
  'trace.note.slightSkew':
    'This time is a few seconds earlier than the hop before it: the two servers’ clocks differ slightly, which is common and harmless. The delay is shown as 0.',
  'trace.note.dateAhead':
    'The Date: header is later than this first Received time. Date: is usually written by the sender’s own device (the mail app), whose clock is often a little off; the servers’ times are the ones to trust.',
  'trace.note.controls':
    'This line holds invisible or text-direction control characters: a sign of forgery (no mail server writes them).',
  'trace.note.implausible': 'More than a week for one hop: most likely a server’s clock is wrong.',
  'trace.note.slow':
    'A long wait for one hop. Typical reasons: greylisting (the receiver asked the sender to retry later), a retry after a failure, or a busy queue.',
  'trace.note.noDate': 'This line carries no date that could be read, so its delay is unknown.',
  'trace.note.zone': 'The date names no time zone the parser knows; UTC was assumed.',
  'trace.note.inferredBy': 'The line does not name its server; {by} is taken from the line above it.',
  'trace.note.upstream':
    'Written before the message reached the receiving organisation: a claim by the sending side that could be forged.',
  'trace.note.unparsed': 'Not understood and skipped: “{text}”.',
} as const;
