// English words of the Expert detail (protocol transcripts, notes, mailbox views): they travel with
// that part (see ../detail.ts), so the first load stays small.
export const enDetail = {
  'note.tls':
    'Encryption starts here (TLS handshake; the client checks the certificate of {server}). The client must say EHLO again: what it learned before is forgotten.',
  'note.imap.seen': 'A fetch without PEEK marks the message \\Seen on the server, so every device sees it as read.',
  'note.imap.idle':
    'Since {time} the app waits with IDLE. When a message is filed, the server announces it (for example "* 4 EXISTS"), without its content.',
  'note.imap.earlier':
    '{time}, before {sender} pressed Send: the app connected, logged in and opened the inbox. Our message was not there yet.',
  'note.imap.announce':
    '{time}: the message has just been filed, and the server announces it to the waiting app at once.',
  'note.literal': '… {octets} octets of the message …',
  'note.pop3.inboxOnly': 'POP3 can only see the inbox; the message in the Junk folder is not in this list.',
  'note.pop3.dele': 'DELE only marks the message; nothing is removed yet.',
  'note.pop3.update':
    'After QUIT the server removes the marked message. Had the connection dropped before QUIT, nothing would be deleted.',
  'note.dsn.nullSender': 'A bounce is sent from the empty sender <>, so nobody ever bounces a bounce.',
  'note.dsn.srs':
    'The forwarder was given the SRS envelope sender {srs}, an address at its own domain: it decodes it to {sender} and sends the bounce there.',
  'note.dsn.original': '… the header of the original message …',
  'note.noAnswer': 'connect to {host} port 25: connection timed out. No SMTP conversation at all.',
  'note.mailq': 'The relay’s queue (as Postfix’s mailq shows it):',
  'note.check.resolver':
    "{mx} asks its own resolver (the receiving provider's, not the sender's); the answer comes from the name servers of the zone that holds {name}.",
  'note.msa.sender':
    "Logged in as {user}. Many providers' submission servers now also check that MAIL FROM and From: are addresses {user} may use, and refuse or rewrite any other (provider policy).",
  'note.muaError': 'The app shows: “Your message could not be sent. The server said: {reply}”',
  'code.class.2': 'success',
  'code.class.3': 'go on',
  'code.class.4': 'temporary failure',
  'code.class.5': 'permanent failure',
  'code.220': '220: the server is ready (a greeting, or ready to start encryption).',
  'code.221': '221: the server closes the connection.',
  'code.235': '235: login accepted.',
  'code.250': '250: done; for the final dot it means the server now takes responsibility for the message.',
  'code.354': '354: go ahead, send the message; end it with a line holding one dot.',
  'code.451': '451: temporary failure; try again later (the message stays queued).',
  'code.452': '452: temporary failure, here a full mailbox; the sender will retry.',
  'code.535': '535: the user name or password is wrong.',
  'code.550': '550: permanent refusal; the sender must not retry.',
  'code.552': '552: permanent refusal because of size (message or mailbox).',
  'code.556': '556: the domain accepts no mail (null MX).',
  'code.other': '{code}: an SMTP reply.',
  'cmd.EHLO': 'EHLO: the client says hello and asks which extensions the server supports.',
  'cmd.LHLO': 'LHLO: the LMTP version of EHLO, used for delivery into the mailbox store.',
  'cmd.STARTTLS': 'STARTTLS: switch this connection to encryption.',
  'cmd.AUTH':
    'AUTH PLAIN: log in; the text is user name and password in base64 (encoding, not encryption; TLS protects it).',
  'cmd.MAIL': 'MAIL FROM: the envelope sender, where bounces go. It can differ from the From: line.',
  'cmd.RCPT': 'RCPT TO: the envelope recipient; this, not the To: line, decides where the message goes.',
  'cmd.DATA': 'DATA: the message itself follows: header lines, a blank line, the text.',
  'cmd.QUIT': 'QUIT: end the conversation.',
  'cmd.dot': 'A line with a single dot ends the message.',
  'cmd.LOGIN': 'LOGIN: the reader’s app logs in to the IMAP server.',
  'cmd.SELECT': 'SELECT: open a folder on the server.',
  'cmd.FETCH': 'FETCH: read parts of a message; the message stays on the server.',
  'cmd.IDLE': 'IDLE: wait for the server to announce new mail.',
  'cmd.DONE': 'DONE: stop waiting.',
  'cmd.LOGOUT': 'LOGOUT: end the IMAP session.',
  'cmd.USER': 'USER: the POP3 user name.',
  'cmd.PASS': 'PASS: the POP3 password.',
  'cmd.STAT': 'STAT: how many messages, and how many octets.',
  'cmd.RETR': 'RETR: download one message.',
  'cmd.DELE': 'DELE: mark a message for deletion (it goes after QUIT).',
  'details.heading': 'Under the hood: step {n}, {label}',
  'details.preview': 'Under the hood (press Send to follow along)',
  'details.tabs': 'Protocol detail',
  'details.tab.transcript': 'Conversation',
  'details.tab.headers': 'Message header',
  'details.tab.envelope': 'Envelope and letter',
  'details.tab.mailbox': 'Mailbox',
  'details.legend':
    'C: is the client, S: the server. Hover over or focus a command or reply code to see what it means.',
  'details.noTranscript': 'Nothing is said on the network in this step.',
  'details.headersIntro':
    'The header as it stands after this step. Every server that takes the message adds one Received line on top; the oldest is at the bottom.',
  'details.showOriginal': 'Show original',
  'details.hideOriginal': 'Show fields',
  'details.original': 'The original message, as the reader’s app shows it',
  'details.new': 'new',
  'details.envelopeIntro': 'Servers route by the envelope, not by the letter inside it.',
  'details.envelope': 'Envelope (SMTP)',
  'details.letter': 'Letter (header)',
  'details.sender': 'Sender',
  'details.recipient': 'Recipient',
  'details.bcc':
    'The To: line is only text for the reader; RCPT TO decides where the message goes. A Bcc recipient is an extra RCPT TO that never appears in the header.',
  'details.envelopeBounce': 'A bounce has an empty envelope sender (MAIL FROM:<>), so no bounce is ever bounced.',
  'mailbox.server': 'Mailbox on {store}',
  'mailbox.server.absent': 'Not here yet',
  'mailbox.server.unread': 'In {folder}, unread',
  'mailbox.server.read': 'In {folder}, marked \\Seen (read)',
  'mailbox.server.removed': 'Gone: downloaded and deleted after QUIT',
  'mailbox.laptop': "{name}'s laptop",
  'mailbox.laptop.none': 'Nothing yet',
  'mailbox.laptop.shown': 'Shows the message, read from the server',
  'mailbox.laptop.downloaded': 'Holds the only copy (downloaded)',
  'mailbox.phone': "{name}'s phone",
  'mailbox.phone.none': 'Never sees it: the message left the server',
  'mailbox.phone.unread': 'Would show it as unread',
  'mailbox.phone.read': 'Shows it as read too (IMAP keeps flags on the server)',
  'mailbox.intro.imap':
    'With IMAP the message stays on the server, and every device sees the same folders and read marks.',
  'mailbox.intro.pop3':
    'With POP3 the app downloads the inbox; unless it leaves a copy there, DELE and QUIT remove the message from the server.',
  'mailbox.server.none': 'Does not exist: there is no mailbox for this address',
  'mailbox.phone.waiting': 'Nothing yet: nothing has arrived',
  'mailbox.laptop.no-mailbox': 'Nothing: with no mailbox there is nothing to read',
  'mailbox.phone.no-mailbox': 'Nothing: with no mailbox there is nothing to read',
  'mailbox.laptop.copy': 'Holds a downloaded copy; the server keeps its own',
  'mailbox.laptop.not-inbox': 'Never sees it: POP3 reads only the inbox',
  'mailbox.phone.not-inbox': 'Never sees it: POP3 reads only the inbox',
  'mailbox.nowhere': "{name}'s mailbox",
  'mailbox.intro.bounce':
    "The bounce is a new message from the mail system, filed in {name}'s own mailbox: {name}'s devices read it like any other mail.",
  'note.refused': 'connect to {host} port 25: Connection refused. The host turns the connection down at once.',
  'note.implicitTls':
    'Port 465: the TLS handshake with {server} comes first, before any SMTP line (RFC 8314 §3.3). There is no STARTTLS.',
  'note.https': 'HTTPS (TLS on port 443) to {host}: the browser posts the form; no SMTP leaves the browser.',
  'note.imap.appendSession': "The app's IMAP session with {host} is already open (LOGIN over TLS on port 993).",
  'note.pop3.noSent':
    'POP3 has no folders on the server, so there is no Sent folder to store a copy in: the app keeps it locally.',
  'note.pop3.uidl': 'UIDL lists each message’s unique id: the app remembers which ones it downloaded before.',
  'note.pop3.keep': '"Leave a copy on the server": no DELE, so the message stays on the server after QUIT.',
  'note.filter.inside':
    '{host} runs everything on one host: its spam and virus check runs inside its own Postfix (a milter), so no SMTP session to itself is opened and no Received line is added.',
  'note.forward.srs':
    'SRS: the envelope sender {from} becomes {srs}; From: in the header is unchanged. The forwarder adds:',
  'note.forward.list': 'The list sends with its own envelope sender {srs} and changes the header:',
  // The open relay and ARC trust.
  'note.open-relay':
    '{spoofer} handed the message to the open relay {relay}, which takes mail for any domain from anyone (a correct server answers 554 5.7.1 Relay access denied) and sends it on from {ip}:',
  'note.arc.pass':
    'ARC (RFC 8617): the chain i=1 sealed by {sealer} (ARC-Seal cv=none, as the first seal must) validates: arc=pass. {mx} trusts this sealer.',
  'note.arc.override':
    'ARC (RFC 8617 §7.2): the chain i=1 sealed by {sealer} (cv=none, the first seal) validates, and its ARC-Authentication-Results say DMARC passed there. {mx} trusts this sealer, so its local policy overrides p=reject (RFC 7489 §6.7; the report’s override reason trusted_forwarder, Appendix C).',
  // Issue 24: a stripped STARTTLS and the reports after a journey.
  'note.starttls.stripped':
    '(A man in the middle deleted the line 250-STARTTLS here: the reply the sender sees offers no encryption.)',
  'note.starttls.plain':
    'No STARTTLS offered: opportunistic TLS (RFC 3207) carries on in plaintext. Everything from here on is readable on the wire.',
  'note.starttls.mta-sts':
    'The cached MTA-STS policy (id={id}) says mode: enforce and mx: {mx}: without TLS the sender must not deliver (RFC 8461 §5). It defers the message.',
  'note.starttls.dane':
    'DNSSEC-validated TLSA records for {mx} exist (DANE, RFC 7672): TLS with a matching certificate is required. The sender defers the message.',
  'note.mta-sts.txt':
    'MTA-STS (RFC 8461): does {domain} publish a policy? The TXT record only says so and gives its id:',
  'note.mta-sts.fetch': 'The policy itself, over HTTPS from {host} (trusted through its certificate, not through DNS):',
  'note.mta-sts.cached':
    'The sender keeps this policy for max_age ({days} days) and fetches it again only when the TXT id changes.',
  'note.report.dmarc': 'The DMARC aggregate report (RFC 7489 §7.2) to {to}, one record of its XML:',
  'note.report.tls': 'The TLS report (RFC 8460) posted to {to}:',
} as const;
