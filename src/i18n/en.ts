// The English message catalogue: every string the app shows. Placeholders are {name}.
export const en = {
  'app.title': 'Email Journey',
  'app.tagline': 'Press Send and follow one email from its sender to its reader.',

  'compose.heading': 'Write the email',
  'compose.from': 'From',
  'compose.to': 'To',
  'compose.subject': 'Subject',
  'compose.body': 'Message',
  'compose.locked': 'The email is on its way. Press Reset to change it.',
  'compose.send': 'Send',
  'compose.reset': 'Reset',
  'controls.pause': 'Pause',
  'controls.resume': 'Resume',
  'compose.sendAgain': 'Send again',
  'compose.sendBlocked': 'Send is off until the message is fixed: {reason}',
  'mode.legend': 'Where does the email go?',
  'mode.cross-domain': 'Cross domain',
  'mode.same-domain': 'Same domain',
  'mode.cross-domain.hint': 'To another provider: across the Internet.',
  'mode.same-domain.hint': 'To someone with the same provider: it never leaves.',

  'error.address.empty': 'Please type an email address.',
  'error.address.spaces': 'An email address has no spaces in it.',
  'error.address.no-at': 'An email address needs an @ between the name and the domain, like bob@example.org.',
  'error.address.many-at': 'An email address has exactly one @.',
  'error.address.bad-local':
    'The part before the @ may use letters, digits and . _ + - (no dot at the start or end, no two dots in a row).',
  'error.address.bad-domain': 'The part after the @ must be a domain such as example.org.',
  'error.address.too-long': 'That address is too long: at most 64 characters before the @ and 253 after it.',
  'error.from.provider': 'The sender needs an account with a provider in this simulation: use an address at {domains}.',
  'error.to.outside':
    'This simulation only has the example domains (example.com, example.org, example.net), so it cannot speak for {domain}. Try bob@example.org.',
  'error.subject.long': 'The subject is too long (at most {max} characters).',
  'error.body.long': 'The message is too long for this simulation (at most {max} characters).',

  'node.sender-client': "{sender}'s mail app",
  'node.sender-msa': 'Submission server (MSA)',
  'node.sender-mta': 'Outgoing relay (MTA)',
  'node.dns': 'DNS resolver',
  'node.recipient-mx': 'Incoming mail server (MX)',
  'node.relay': 'Spam and virus filter',
  'node.recipient-store': 'Mailbox store',
  'node.recipient-imap': 'IMAP server',
  'node.recipient-pop3': 'POP3 server',
  'node.recipient-client': "{recipient}'s mail app",

  'zone.provider': "{domain} — {name}'s provider",
  'zone.shared-provider': '{domain} — the provider of {sender} and {recipient}',
  'zone.recipientProvider': "{domain} — the recipient's provider",
  'zone.internet': 'The Internet',
  'zone.device': "{name}'s device",

  'step.compose':
    '{sender} writes to {recipient} and presses Send. The mail app builds the message: header lines (From, To, Subject, Date, Message-ID), a blank line, then the text.',
  'step.submit':
    "{sender}'s app connects to {msa}, the submission server of {sender}'s provider, on port 587. They switch on encryption (STARTTLS), {sender} logs in (AUTH), and the server accepts the message with 250: from now on it is responsible for it.",
  'step.submit.refused':
    "{sender}'s app connects to {msa} on port 587, switches on encryption (STARTTLS) and tries to hand over the message, but the server says no.",
  'step.refuse':
    "{msa} answers {reply}. {sender}'s app shows the error. Nothing was queued and nothing left: at submission no bounce is written.",
  'step.handoff':
    "{recipientDomain} is not one of {senderDomain}'s own domains, so the submission server passes the message to the provider's outgoing relay, {mta}.",
  'step.dns-mx.found':
    '{mta} asks DNS which servers accept mail for {recipientDomain} (its MX records). The answer: {mxList}. The lowest number is tried first.',
  'step.dns-mx.empty':
    '{mta} asks DNS for the MX records of {recipientDomain}. The name exists but has no MX record, so the domain itself will stand in as its mail server (preference 0).',
  'step.dns-mx.null':
    '{mta} asks DNS for the MX records of {recipientDomain}. The answer is a "null MX" (MX 0 .): this domain accepts no email at all.',
  'step.dns-mx.nxdomain':
    '{mta} asks DNS for the MX records of {recipientDomain}. The answer is NXDOMAIN: no such domain exists, so there is nobody to hand the message to.',
  'step.dns-host':
    "{mta} asks DNS for the address of {mx}: {addresses}. That is the address of {recipient}'s mail server, not of {recipient}'s computer.",
  'step.dns-host.implicit':
    '{mta} asks DNS for the address of {mx} itself: {addresses}. That address will receive the mail.',
  'step.dns-host.none': '{mta} asks DNS for the address of {mx}, but it has none.',
  'step.relay.accepted':
    '{mta} connects to {mx} on port 25 and switches on encryption (STARTTLS) because it is offered. No login: servers hand mail to each other without AUTH. {mx} accepts mail for {to} (250).',
  'step.relay.retry-accepted':
    '{mta} tries {mx} again on port 25 (attempt {attempt}). This time the server accepts mail for {to} (250).',
  'step.relay.rejected': '{mta} connects to {mx} on port 25. At RCPT TO the server refuses: {reply}.',
  'step.relay.deferred':
    '{mta} connects to {mx} on port 25. The server answers {reply}: a 4xx code means "not now, try later".',
  'step.relay.no-answer': '{mta} tries to connect to {mx} on port 25, but nothing answers.',
  'step.queue.retry':
    "The message waits in {mta}'s queue. After {minutes} minutes (shortened here) the relay tries again.",
  'step.queue.stuck':
    "The message stays in {mta}'s queue. The relay keeps retrying, at least 30 minutes apart, for up to 5 days before it gives up and bounces it.",
  'step.filter':
    '{mx} has checked who sent the message (SPF, DKIM and DMARC) and passes it to {filter}, which scans it for spam and viruses.',
  'step.filter.spam':
    '{filter} scans the message and decides it looks like spam. It will go to the Junk folder, not the inbox.',
  'step.store':
    "The message is delivered into {recipient}'s mailbox on {store} (over LMTP). It waits there: nothing is pushed to {recipient}'s device yet.",
  'step.store.junk': "The message is filed in the Junk folder of {recipient}'s mailbox on {store} (over LMTP).",
  'step.store.local':
    "{recipientDomain} is {sender}'s own provider, so there is no DNS look-up and no trip across the Internet: the server files the message straight into {recipient}'s mailbox on {store} (over LMTP). Spam filters and rules still run.",
  'step.login.imap':
    "{recipient} opens the mail app. It logs in to {access} over IMAP (port 993, encrypted with TLS), and the IMAP server opens {recipient}'s mailbox in the store.",
  'step.login.pop3':
    "{recipient} opens the mail app. It logs in to {access} over POP3 (port 995, encrypted with TLS), and the POP3 server opens {recipient}'s mailbox in the store.",
  'step.read.imap':
    "The app fetches the message (IMAP FETCH) and {recipient} reads it. The message stays on the server, so {recipient}'s other devices see it too.",
  'step.read.imap.junk': "{recipient}'s app shows the message in the Junk folder (IMAP keeps folders on the server).",
  'step.read.pop3': 'The app downloads the message (POP3 RETR) and {recipient} reads it.',
  'step.read.pop3.junk': 'POP3 only reads the inbox, so the message waits unseen in the Junk folder.',
  'step.bounce':
    "{mta} cannot deliver the message, so it writes a bounce (a delivery status notification, status {status}) from the empty sender <> and sends it back to {sender}'s inbox.",

  'summary.delivered': '{recipient} has the message: {steps} steps, about {seconds} seconds of real Internet time.',
  'summary.bounced':
    "The message could not be delivered (status {status}). {sender}'s inbox now holds the bounce that explains why.",
  'summary.rejected':
    "The submission server refused the message (status {status}). {sender}'s app showed the error and nothing was sent.",
  'summary.deferred':
    "Not delivered yet (status {status}): the message waits in the relay's queue and will be retried.",
  'summary.quarantined': "The message was delivered, but into {recipient}'s Junk folder.",

  'label.compose': 'Write and send',
  'label.submit': 'Submit to the MSA',
  'label.refuse': 'Error shown',
  'label.handoff': 'Pass to the outgoing relay',
  'label.dns-mx': 'Ask DNS for MX records',
  'label.dns-host': 'Ask DNS for the address',
  'label.relay': 'Relay to the MX',
  'label.queue': 'Wait in the queue',
  'label.filter': 'Spam and virus check',
  'label.store': 'File in the mailbox',
  'label.login': 'Log in to read',
  'label.read': 'Read the email',
  'label.bounce': 'Bounce to the sender',

  'step.relay.rejected-data':
    '{mta} connects to {mx} on port 25 and sends the message. After the final dot the server checks who really sent it and refuses: {reply}.',

  'note.tls':
    'Encryption starts here (TLS handshake; the client checks the certificate of {server}). The client must say EHLO again: what it learned before is forgotten.',
  'note.imap.seen': 'A fetch without PEEK marks the message \\Seen on the server, so every device sees it as read.',
  'note.imap.idle':
    'The app now waits with IDLE; the server pushes new mail (for example "* 5 EXISTS") the moment it arrives.',
  'note.literal': '… {octets} octets of the message …',
  'note.pop3.inboxOnly': 'POP3 can only see the inbox; the message in the Junk folder is not in this list.',
  'note.pop3.dele': 'DELE only marks the message; nothing is removed yet.',
  'note.pop3.update':
    'After QUIT the server removes the marked message. Had the connection dropped before QUIT, nothing would be deleted.',
  'note.dsn.nullSender': 'A bounce is sent from the empty sender <>, so nobody ever bounces a bounce.',
  'note.dsn.original': '… the header of the original message …',
  'note.noAnswer': 'connect to {host} port 25: connection timed out. No SMTP conversation at all.',
  'note.mailq': 'The relay’s queue (as Postfix’s mailq shows it):',
  'note.muaError': 'The app shows: “Your message could not be sent. The server said: {reply}”',

  'myth.heading': 'A common mix-up',
  'myth.1':
    'Not “an outgoing box and an incoming box”: these are roles. The submission server wants a login (AUTH) on port 587; servers that pass mail to each other on port 25 never log in and are checked with SPF, DKIM and DMARC instead.',
  'myth.2':
    'IMAP and POP3 only read mail from the mailbox store; they never send or receive it. Security comes from TLS (ports 993 and 995), not from the protocol itself.',
  'myth.3':
    'With webmail in a browser there is no SMTP from the browser: it speaks HTTPS to the provider, whose servers hand the message to this submission server. Mail apps on a laptop or phone use SMTP on 587 like this.',
  'myth.4':
    'Local mail is not “sent straight to the IMAP server”: it is filed in the mailbox store (here over LMTP). IMAP and POP3 servers only serve the store when the reader’s app connects.',
  'myth.5':
    'DNS gives the address of the recipient’s mail server, not of the recipient’s computer. The relay asks for the MX records of the domain after the @ first, then for that server’s address.',
  'myth.6':
    'The message does not pass “a ton of unrelated servers”. Internet routers carry its packets but never read or store mail; only the mail servers of the two providers handle it, each adding one Received line.',
  'myth.7':
    'The receiving server checks the envelope recipient (RCPT TO), not the To: line, and first whether it takes mail for that domain at all. That is why Bcc works.',

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
    'With POP3 the app downloads the inbox; after DELE and QUIT the message is gone from the server.',

  'depth.legend': 'Detail',
  'depth.beginner': 'Beginner',
  'depth.expert': 'Expert',
  'retrieval.legend': 'How does the reader fetch mail?',
  'retrieval.imap': 'IMAP (stays on the server)',
  'retrieval.pop3': 'POP3 (downloads it)',
  'preset.label': 'What happens on the way',
  'preset.none': 'Everything works',
  'preset.unknown-user': 'The mailbox does not exist',
  'preset.no-such-domain': 'The domain does not exist',
  'preset.null-mx': 'The domain takes no mail (null MX)',
  'preset.no-mx': 'The domain has no MX record',
  'preset.primary-mx-down': 'The first mail server is down',
  'preset.all-mx-down': 'Every mail server is down',
  'preset.greylisted': 'Greylisted: "try again later"',
  'preset.auth-failed': 'Wrong password',
  'preset.dmarc-reject': 'Fails DMARC (looks forged)',
  'preset.spam': 'Looks like spam',
  'preset.mailbox-full': 'The mailbox is full',
  'preset.too-large': 'The attachment is too large',

  'narration.heading': 'What is happening',
  'narration.idle': 'Press Send to start the journey.',
  'narration.stepOf': 'Step {n} of {total}',
  'narration.history': 'Steps so far',
  'narration.port': 'port {port}',
  'narration.clock': 'Internet clock: {time} (this step takes about {took} on the real Internet)',
  'narration.clockStart': 'Internet clock: {time}',
  'notice.hint.depth': 'Use beginner or expert.',
  'narration.finished': 'Journey finished',
  'outcome.delivered': 'Delivered',
  'outcome.bounced': 'Bounced',
  'outcome.rejected': 'Rejected',
  'outcome.deferred': 'Deferred',
  'outcome.quarantined': 'Delivered to Junk',

  'graph.label': 'The route of the email',
  'graph.envelope': 'The email',
  'graph.question': 'DNS question',
  'graph.now': 'Now at: {node}.',

  'notice.heading': 'Some settings in the link were not used',
  'notice.badValue': '{key}={value} is not a valid value, so the default ({fallback}) is used. {hint}',
  'notice.dismiss': 'Dismiss',
  'notice.hint.mode': 'Use cross-domain or same-domain.',
  'notice.hint.speed': 'Use a number from 0.25 to 20.',
  'notice.hint.retrieval': 'Use imap or pop3.',
  'notice.hint.scenario': 'See the README for the list of scenarios.',
  'notice.hint.autoplay': 'Use 1 to send on load.',
  'notice.hint.step': 'Use a step number from 1.',
  'notice.hint.lang': 'Use a language tag such as en or de.',
  'notice.hint.theme': 'Use light, dark or contrast.',
  'notice.hint.controls': 'Use full, minimal or none.',
  'notice.hint.address': 'Use an address such as bob@example.org.',
  'notice.hint.text': 'It was too long.',
  'notice.hint.conflict': 'The recipient address decides the mode.',
  'notice.emptyValue': '(empty)',
} as const;

export type MessageKey = keyof typeof en;
