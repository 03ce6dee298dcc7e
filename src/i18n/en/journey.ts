// English words of the journey, fetched right after the first screen is drawn (loadJourneyText in
// ../index.ts) since nothing is said about a step before Send: each step's caption, label and mix-up
// note and their Beginner twins, outcomes, notices, form errors, world cards, the prediction questions
// and the dialogs. A page that opens mid-journey or with a notice or error waits for them.
export const enJourney = {
  // The timeline's step names and protocols, the caption's step line and clock, and the words of
  // "Cc, Bcc and options": the parts that show them load with these words (App.tsx, ComposePanel.tsx).
  'label.webmail': 'Send from the browser (HTTPS)',
  'label.sent': 'A copy in Sent',
  'protocol.HTTPS': 'HTTPS',
  'label.forward': 'The forwarder sends it on',
  'client.legend': 'Written in',
  'client.app': 'A mail app on the laptop',
  'client.webmail': 'Webmail in the browser',
  'submission.legend': 'The mail app sends on port',
  'submission.587': '587 with STARTTLS',
  'submission.465': '465, encrypted from the first byte',
  'keep.label': 'POP3: leave a copy on the server',
  'label.compose': 'Write and send',
  'label.submit': 'Submit to the MSA',
  'label.refuse': 'Error shown',
  'label.handoff': 'Pass to the outgoing relay',
  'label.dns-mx': 'Ask DNS for MX records',
  'label.dns-a': 'Ask DNS for the address (A)',
  'label.dns-aaaa': 'Ask DNS for the IPv6 address (AAAA)',
  'label.check-ptr': 'The MX looks up who connected (PTR)',
  'label.check-spf': 'The MX checks SPF',
  'label.check-dkim': 'The MX checks DKIM',
  'label.check-dmarc': 'The MX checks DMARC',
  'label.reply': 'The answer goes back',
  'label.notice': '"New mail" notice',
  'label.fetch': 'Ask for the message',
  'label.bounce-fetch': 'The sender asks for new mail',
  'label.bounce-read': 'The sender reads the bounce',
  'label.relay': 'Relay to the MX',
  'label.queue': 'Wait in the queue',
  'label.filter': 'Spam and virus check',
  'label.store': 'File in the mailbox',
  'label.login': 'Ask the mailbox',
  'label.read': 'Read the email',
  'label.bounce': "Bounce into the sender's mailbox",
  'label.store.of': "File in {name}'s mailbox",
  'label.login.of': "{name}'s app asks the mailbox",
  'label.notice.of': '"New mail" notice to {name}',
  'label.fetch.of': "{name}'s app asks for the message",
  'label.read.of': '{name} reads the email',
  'timeline.label': 'Timeline of the journey',
  'timeline.heading': 'Timeline',
  'timeline.hidden': 'What happens next?',
  'timeline.step': 'Step {n}:',
  'narration.stepOf': 'Step {n} of {total}',
  'narration.port': 'port {port}',
  'narration.clock': 'Internet clock: {time} (this step takes about {took} on the real Internet)',
  'narration.clockStart': 'Internet clock: {time}',
  'protocol.RFC 5322': 'RFC 5322',
  'protocol.SMTP submission': 'SMTP submission',
  'protocol.SMTP': 'SMTP',
  'protocol.SMTP relay': 'SMTP relay',
  'protocol.DNS': 'DNS',
  'protocol.Queue': 'Queue',
  'protocol.LMTP': 'LMTP',
  'protocol.IMAP': 'IMAP',
  'protocol.POP3': 'POP3',
  'protocol.DSN (bounce)': 'DSN (bounce)',
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
  'notice.hint.motion': 'Use reduce or auto.',
  'notice.hint.trace': 'Use 1 to open the tracer, or a sample name: webmail, small-server, forwarded or greylisted.',
  'notice.hint.checkpoints': 'Use 1 to ask prediction questions.',
  'notice.hint.depth': 'Use beginner or expert.',
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
  'share.textLeftOut': 'The message text is too long for a link, so the link keeps only the settings and the step.',
  'notice.hint.origin':
    'Use the origin of the lesson site, such as https://lessons.example.org. Until then this frame takes no commands and tells no page what happens.',
  'step.compose':
    '{sender} writes to {recipient} and presses Send. The mail app builds the message: header lines (From, To, Subject, Date), a blank line, then the text. The submission server will add the Message-ID.',
  'step.compose.attachment':
    '{sender} writes to {recipient}, attaches a {mb} MB video and presses Send. The mail app builds the message: header lines (From, To, Subject, Date), a blank line, then the text and the video, encoded as text (base64), which makes it about a third larger.',
  'step.submit':
    "{sender}'s app connects to {msa}, the submission server of {sender}'s provider, on port 587. They switch on encryption (STARTTLS), {sender} logs in (AUTH), and the server accepts the message with 250: from now on it is responsible for it.",
  'step.submit.refused':
    "{sender}'s app connects to {msa} on port 587, switches on encryption (STARTTLS) and tries to hand over the message, but the server says no.",
  'step.submit.refused.password':
    "{sender}'s app connects to {msa} on port 587, switches on encryption (STARTTLS) and logs in (AUTH), but the password is wrong: the server refuses the login, so it never takes the message.",
  'step.submit.refused.size':
    "{sender}'s app connects to {msa} on port 587, switches on encryption (STARTTLS) and logs in. At MAIL FROM it announces the message's size (SIZE=): more than the server takes, so it says no before any of the message is sent.",
  'step.refuse':
    "{msa} answers {reply}. {sender}'s app shows the error. Nothing was queued and nothing left: at submission no bounce is written.",
  'step.refuse.password':
    "{msa} answers {reply}: the login failed. {sender}'s app shows the error and asks for the password again. Nothing was queued and nothing left: at submission no bounce is written.",
  'step.refuse.size':
    "{msa} answers {reply}: the message is larger than it takes. {sender}'s app shows the error. Nothing was queued and nothing left: at submission no bounce is written.",
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
  // Issue 24: the MTA-STS policy the sending MTA looks up and fetches with the MX records.
  'step.dns-mx.found.mta-sts':
    '{mta} asks DNS for the MX records of {recipientDomain} ({mxList}) and for the TXT record _mta-sts.{recipientDomain}, which only says that a policy exists (v=STSv1 and an id). The policy itself comes over HTTPS from mta-sts.{recipientDomain}, trusted through that server’s certificate: mode {mode}, and the allowed MX hosts. It is kept for max_age ({days} days); later deliveries only compare the id.',
  'beginner.step.dns-mx.found.mta-sts':
    'The address book (DNS) names the mail servers and holds a note: an encryption rule exists. The server downloads the rule from a secure website.',
  'dns.q.mta-sts': 'MTA-STS of {domain}?',
  'dns.a.mta-sts': 'HTTPS: mode {mode}',
  'myth.13':
    '“MTA-STS is a DNS record that encrypts” is wrong: the _mta-sts TXT record only says that a policy exists. The policy comes over HTTPS and is trusted through the web server’s certificate; encryption is still STARTTLS, which the policy makes the sender insist on.',
  'beginner.myth.13':
    'The note in the address book encrypts nothing: it only says a rule exists. The rule, from a secure website, makes senders insist on encryption.',
  'step.dns-mx.servfail':
    "{mta} asks DNS for the MX records of {recipientDomain}. The answer is SERVFAIL: the resolver could not get an answer from {recipientDomain}'s name servers. That is not “no such domain”, and a DNS failure does not bounce the mail at once: it is a temporary error (4.4.3), so {mta} keeps the message and will ask again.",
  'step.queue.dns':
    "The message stays in {mta}'s queue: DNS gave no answer for {recipientDomain}, so no receiving server is known yet. The relay asks again first after about {minutes} minutes, then less often (up to about an hour apart); only if DNS still fails after {days} days does it give up and bounce the message ({status}).",
  'step.dns-host':
    "{mta} asks DNS for the address of {mx}: {addresses}. That is the address of {recipient}'s mail server, not of {recipient}'s computer.",
  'step.dns-host.implicit':
    '{mta} asks DNS for the address of {mx} itself: {addresses}. That address will receive the mail.',
  'step.dns-host.none': '{mta} asks DNS for the address of {mx}, but it has none.',
  'step.relay.accepted':
    '{mta} connects to {mx} on port 25 and switches on encryption (STARTTLS) because it is offered. No login: servers hand mail to each other without AUTH. {mx} accepts mail for {to} (250).',
  'step.relay.retry-accepted':
    '{mta} tries {mx} again on port 25 (attempt {attempt}). This time the server accepts mail for {to} (250).',
  'step.relay.accepted.some':
    '{mta} connects to {mx} on port 25. Each RCPT TO gets its own answer: {mx} accepts mail for {to} (250) but refuses {refused}: {reply}. The session goes on for the accepted addresses; the refused one will be bounced.',
  'step.relay.rejected': '{mta} connects to {mx} on port 25. At RCPT TO the server refuses: {reply}.',
  'step.relay.rejected.full':
    '{mta} connects to {mx} on port 25. The address exists, but its mailbox is full, and the server treats that as final: at RCPT TO it refuses: {reply}.',
  'step.relay.rejected.relay':
    "{mta} connects to {mx} on port 25. This server does not take mail for {recipientDomain}: it is neither that domain's destination nor allowed to relay for it, so at RCPT TO it refuses: {reply}.",
  'step.relay.rejected.loop':
    '{mta} connects to {mx} on port 25. The address only forwards, and its forwarding leads back round to an address the message has already passed: a loop. Servers end a loop rather than pass the message round for ever, so at RCPT TO it refuses: {reply}.',
  'step.relay.deferred':
    '{mta} connects to {mx} on port 25. The server answers {reply}: a 4xx code means "not now, try later".',
  'step.relay.no-answer':
    '{mta} tries to connect to {mx} on port 25, but nothing answers. After about {seconds} seconds it gives up on this server.',
  'step.queue.retry':
    "The message waits in {mta}'s queue. Its first retry comes after about {minutes} minutes (Postfix's usual first delay, longer than the greylisting wait), and this time the server takes it.",
  'step.queue.stuck':
    "The message stays in {mta}'s queue. The relay retries first after about {minutes} minutes, then waits longer each time (up to about an hour between tries), and after {days} days it gives up and bounces it.",
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
    "{recipient}'s mail app has been logged in to {access} over IMAP (port 993, encrypted with TLS) since {since}, before {sender} pressed Send. It opened {recipient}'s inbox (SELECT) and waits in IDLE, so the server can announce new mail.",
  'step.login.pop3':
    "{recipient} opens the mail app. It logs in to {access} over POP3 (port 995, encrypted with TLS), and the POP3 server opens {recipient}'s mailbox in the store.",
  'step.read.imap':
    "The app fetches the message (IMAP FETCH) and {recipient} reads it. The message stays on the server, so {recipient}'s other devices see it too.",
  'step.read.imap.junk': "{recipient}'s app shows the message in the Junk folder (IMAP keeps folders on the server).",
  'step.read.pop3': 'The app downloads the message (POP3 RETR) and {recipient} reads it.',
  'step.read.pop3.junk': 'POP3 only reads the inbox, so the message waits unseen in the Junk folder.',
  'step.bounce':
    "{mta} cannot deliver the message, so it writes a bounce (a delivery status notification, status {status}) from the empty sender <> and files it as a new message in {sender}'s mailbox on {senderStore}.",
  'summary.delivered': '{recipient} has the message: {steps} steps, about {seconds} seconds of real Internet time.',
  'summary.delivered.minutes':
    '{recipient} has the message: {steps} steps, about {minutes} minutes of real Internet time.',
  'summary.bounced.list':
    "The list's copy could not be delivered. The bounce went to the list, so {sender}'s inbox holds nothing about it.",
  'summary.bounced': "The message could not be delivered. {sender}'s inbox now holds the bounce that explains why.",
  'summary.rejected':
    "The submission server refused the message. {sender}'s app showed the error and nothing was sent.",
  'summary.deferred': "Not delivered yet: the message waits in the relay's queue and will be retried.",
  'summary.quarantined': "The message was delivered, but into {recipient}'s Junk folder.",
  'myth.heading': 'A common mix-up',
  'myth.1':
    'Not “an outgoing box and an incoming box”: these are roles. The submission server wants a login (AUTH) from the sender’s app, on port 587 or 465; when one server hands mail to another on port 25 there is no login, and the receiver checks the sender with SPF, DKIM and DMARC instead.',
  'myth.2':
    'IMAP and POP3 give the reader’s app access to the mailbox store: the app fetches mail from it, and over IMAP it can also file its own copy there (the Sent copy). Neither protocol sends mail to anyone or takes mail from other servers: that is SMTP’s job. Security comes from TLS (ports 993 and 995), not from the protocol itself.',
  'myth.3':
    'With webmail in a browser there is no SMTP from the browser: it speaks HTTPS to the provider, whose servers hand the message to this submission server. Mail apps on a laptop or phone use SMTP submission (port 587 or 465) like this.',
  'myth.4':
    'Local mail is not “sent straight to the IMAP server”: it is filed in the mailbox store (here over LMTP). IMAP and POP3 servers only serve the store when the reader’s app connects.',
  'myth.5':
    'DNS gives the address of the recipient’s mail server, not of the recipient’s computer. The relay asks for the MX records of the domain after the @ first, then for that server’s address.',
  'myth.6':
    'The message does not pass “a ton of unrelated servers”. Internet routers carry its packets but never read or store mail; only the mail servers drawn here handle it, each adding one Received line.',
  'myth.7':
    'The receiving server checks the envelope recipient (RCPT TO), not the To: line, and first whether it takes mail for that domain at all. That is why Bcc works.',
  'outcome.delivered': 'Delivered',
  'outcome.bounced': 'Bounced',
  'outcome.rejected': 'Rejected',
  'outcome.deferred': 'Deferred',
  'outcome.quarantined': 'Delivered to Junk',
  // The picture's own short texts: waiting times, DNS bubbles and DNS verdicts.
  'wait.timeout': 'no answer: {seconds} s',
  'wait.retry': 'retry in {minutes} min',
  'wait.give-up': 'gives up after {days} days',
  'dns.q.mx': 'MX of {domain}?',
  'dns.q.a': 'A of {host}?',
  'dns.a.list': '{list}',
  'dns.a.none': 'no address',
  'dns.a.nxdomain': 'NXDOMAIN',
  'dns.a.servfail': 'SERVFAIL',
  'dns.a.empty': 'no MX',
  'dns.a.null-mx': '0 .',
  'verdict.nxdomain': 'no such domain',
  'verdict.null-mx': 'accepts no mail',
  // The second edition of the journey: two DNS questions, the MX's own checks, replies going back,
  // pulls instead of pushes, and the bounce arriving in the sender's own mailbox.
  'dns.q.aaaa': 'AAAA of {host}?',
  'dns.q.ptr': 'PTR of {name}?',
  'dns.q.txt': 'TXT of {name}?',
  'dns.a.no-record': 'no record',
  'step.dns-aaaa':
    '{mta} asks a second question, for the IPv6 address (AAAA) of {mx}: {addresses}. One DNS question asks for one type of record.',
  'step.dns-aaaa.none':
    '{mta} asks a second question, for the IPv6 address (AAAA) of {mx}: there is none, so it connects over IPv4.',
  'step.dns-aaaa.nothing':
    '{mta} asks for the IPv6 address (AAAA) of {mx} too: there is none either. With no address at all, {mx} cannot be reached.',
  'step.relay.refused-connection':
    '{mta} tries to connect to {mx} on port 25. The host answers at once that nothing listens there (connection refused).',
  'step.relay.rejected-mail':
    '{mta} connects to {mx} on port 25 and announces the size of the message. At MAIL FROM the server refuses: {reply}.',
  'step.reply.rejected':
    "{mx}'s refusal, {reply}, goes back to {mta}. The message stays with {mta}, which must now tell {sender}.",
  'step.reply.deferred':
    "{mx}'s answer, {reply}, goes back to {mta}: not now, try later. The message stays in {mta}'s queue.",
  'step.reply.rejected-data':
    '{mx} has checked who really sent the message and refuses it after the final dot: {reply}. The refusal goes back to {mta}.',
  'step.check.ptr.pass':
    'This check came first, at connect, before {mx} even greeted: it asked its DNS resolver for the name behind the connecting address ({ip}): {record}. The name goes into its Received line.',
  'step.check.ptr.fail':
    'This check came first, at connect, before {mx} even greeted: it asked its DNS resolver for the name behind {ip}. There is none.',
  'step.check.spf.pass':
    "At MAIL FROM, during the session, {mx} fetched {senderDomain}'s SPF record: {record}. The relay's address {ip} is in the list, so SPF passes.",
  'step.check.spf.fail':
    "At MAIL FROM, during the session, {mx} fetched {senderDomain}'s SPF record: the relay's address {ip} is not allowed to send for {senderDomain}, so SPF fails.",
  'step.check.dkim.pass':
    "{mx} fetches {senderDomain}'s DKIM key (s2025._domainkey) and checks the signature the provider added: DKIM passes.",
  'step.check.dkim.permerror':
    '{mx} looks for the DKIM key of {senderDomain} (s2025._domainkey), but none is published, so the signature cannot be verified: DKIM gives permerror (no key).',
  'step.check.dmarc.pass':
    "{mx} reads {senderDomain}'s DMARC policy: {record}. SPF or DKIM passed for {senderDomain}, so DMARC passes and the server accepts the message (250).",
  'step.check.dmarc.absent':
    '{senderDomain} publishes no DMARC record, so DMARC has no result (none) and no policy to apply: the server accepts the message (250).',
  'step.check.dmarc.none':
    "{mx} reads {senderDomain}'s DMARC policy: {record}. Neither SPF nor DKIM passed, but the policy p=none only asks for reports: the server accepts the message (250). It follows DMARC alone here; many receivers refuse or junk an SPF hard fail (-all) on their own (550 5.7.23).",
  'step.check.dmarc.quarantine':
    "{mx} reads {senderDomain}'s DMARC policy: {record}. Neither SPF nor DKIM passed, and p=quarantine says: accept it, but as spam.",
  'step.check.dmarc.reject':
    "{mx} reads {senderDomain}'s DMARC policy: {record}. Neither SPF nor DKIM passed, and p=reject says: refuse it.",
  'step.filter.quarantine':
    '{mx} passes the message to {filter}. Because the DMARC disposition is quarantine, it will go to the Junk folder, not the inbox.',
  'step.login.imap.junk':
    '{recipient} opens the Junk folder: the app asks {access} over IMAP (port 993, encrypted with TLS) for what is in it.',
  'step.notice':
    '{recipient}\'s app has been waiting in IMAP IDLE. As soon as the message is filed, {access} announces "new mail" (EXISTS): a short notice without the message.',
  'step.fetch':
    'Only now does the app ask for the message itself (IMAP FETCH). Mail reaches an app only when the app asks for it.',
  'step.bounce-fetch': "{sender}'s app asks {senderStore} for new mail over IMAP.",
  'step.bounce-read':
    "{sender}'s app fetches the bounce: a new message from MAILER-DAEMON saying why the message could not be delivered (status {status}).",
  // World cards: what each knob is called, and each edit in plain words.
  'world.changes': 'Your changes',
  'world.none': 'No changes: the world as it usually is.',
  'world.undo': 'Undo: {edit}',
  'world.reset': 'Reset the world',
  'world.full': 'At most {max} changes fit in a link: undo one to make another.',
  'world.pending': 'Your change applies to the next Send.',
  'world.pendingJourney': 'The journey on screen goes on as it was sent.',
  'card.open': 'Change {node}',
  'card.close': 'Close',
  'card.reach': 'Is {target} running?',
  'card.reach.up': 'Yes, it answers',
  'card.reach.timeout': 'No answer (the connection times out)',
  'card.reach.refused': 'Connection refused',
  'card.greylisting': 'Greylisting: "try again later" to a first attempt',
  'card.size-limit': 'Largest message it takes (MB)',
  'card.knows-user': 'Has a mailbox for {target} (off: refuses this user)',
  'card.spam': 'Marks incoming mail as spam',
  'card.mailbox': 'Mailbox of {target}',
  'card.mailbox.ok': 'Has room',
  'card.mailbox.temporary': 'Full for now (452: try later)',
  'card.mailbox.permanent': 'Full (552: refuse)',
  'card.mailbox.absent': 'Does not exist',
  'card.mx': 'MX records of {target}',
  'card.domain': 'Does {target} exist?',
  'card.domain.exists': 'Yes',
  'card.domain.nxdomain': 'No (NXDOMAIN)',
  'card.domain.null-mx': 'Yes, but it takes no mail (null MX)',
  'card.servfail': "{target}'s name servers fail: DNS answers SERVFAIL (a temporary failure)",
  'card.spf': 'SPF record of {target}',
  'card.spf.provider': "Lists the provider's own servers",
  'card.spf.other': 'Lists other servers only',
  'card.spf.none': 'No SPF record',
  'card.dkim': 'DKIM key of {target} published',
  'card.dmarc': 'DMARC policy of {target}',
  'card.dmarc.none': 'p=none (only report)',
  'card.dmarc.quarantine': 'p=quarantine (to Junk)',
  'card.dmarc.reject': 'p=reject (refuse)',
  'card.dmarc.absent': 'No DMARC record',
  'card.password': 'The app sends the right password',
  'card.attachment': 'Attachment',
  'card.attachment.mb': '{mb} MB',
  'edit.reach.up': '{host} answers again',
  'edit.reach.timeout': '{host} does not answer',
  'edit.reach.refused': '{host} refuses connections',
  'edit.greylisting.true': '{host} greylists first attempts',
  'edit.greylisting.false': '{host} does not greylist',
  'edit.size-limit': '{host} takes messages up to {mb} MB',
  'edit.spam.true': '{host} marks incoming mail as spam',
  'edit.spam.false': '{host} does not mark mail as spam',
  'edit.mailbox.ok': 'The mailbox of {address} has room',
  'edit.mailbox.temporary': 'The mailbox of {address} is full for now (452)',
  'edit.mailbox.permanent': 'The mailbox of {address} is full (552)',
  'edit.mailbox.absent': '{address} does not exist',
  'edit.alias': '{address} forwards to {target}',
  'edit.alias.none': '{address} no longer forwards',
  'edit.mx': 'MX records of {domain}: {list}',
  'edit.mx.none': '{domain} has no MX records',
  'edit.domain.exists': '{domain} exists',
  'edit.domain.nxdomain': '{domain} does not exist (NXDOMAIN)',
  'edit.domain.null-mx': '{domain} takes no mail (null MX)',
  'edit.servfail.true': "{domain}'s DNS answers SERVFAIL (a temporary failure)",
  'edit.servfail.false': "{domain}'s DNS answers normally",
  'edit.spf.provider': "The SPF record of {domain} lists its provider's servers",
  'edit.spf.other': 'The SPF record of {domain} lists other servers only',
  'edit.spf.none': '{domain} publishes no SPF record',
  'edit.dkim.true': '{domain} publishes its DKIM key',
  'edit.dkim.false': '{domain} publishes no DKIM key',
  'edit.dmarc.none': 'The DMARC policy of {domain} is p=none',
  'edit.dmarc.quarantine': 'The DMARC policy of {domain} is p=quarantine',
  'edit.dmarc.reject': 'The DMARC policy of {domain} is p=reject',
  'edit.dmarc.absent': '{domain} publishes no DMARC policy',
  'edit.password.true': "The sender's app sends the right password",
  'edit.password.false': "The sender's app sends a wrong password",
  'edit.attachment': 'The sender attaches {mb} MB',
  'edit.attachment.none': 'The sender attaches nothing',
  'notice.hint.world': 'Use the compact form the README describes, such as r_mx1.example.org_t.',
  // The picture's grammar and the cards: shown only once a journey is under way.
  'graph.noAnswer': 'no answer',
  'graph.refusedCode': 'refused with {code}',
  'graph.deferredCode': 'try again later: {code}',
  // The MX answer kept beside the resolver once the look-ups are over.
  'dns.record.mx': 'MX of {domain}: {list}',
  'dns.record.no-mx': 'no MX for {domain}: the domain itself',
  'graph.folder.inbox': 'Inbox',
  'graph.folder.junk': 'Junk',
  // On a check badge: it passed, but for a domain other than From:'s (SRS), so DMARC cannot use it.
  'graph.notAligned': 'not aligned',
  'graph.folder.sent': 'Sent',
  'graph.historyHeading': 'What happened on the way',
  'graph.result.accepted': '{from} to {to}: accepted.',
  'graph.result.refused': '{from} to {to}: refused with {code}.',
  'graph.result.no-answer': '{from} to {to}: no answer.',
  'graph.result.deferred': '{from} to {to}: “try again later”, {code}.',
  'graph.result.request': '{from} asks {to}.',
  'graph.result.response': '{from} answers {to}.',
  'graph.says.queue': 'The message waits in the queue of {node}: {wait}.',
  'graph.says.folder': 'Filed in the {folder} folder.',
  'graph.says.verdicts': '{node} checks: {verdicts}.',
  'graph.says.verdict': 'DNS says the recipient domain: {verdict}. No servers are drawn for it.',
  'graph.says.pass': '{check} passes',
  'graph.says.fail': '{check} fails',
  'card.undo': 'Undo',
  'card.replanned': 'The journey is planned again with your change. Press Send to watch it.',
  'card.nothing': 'Nothing to change on this one.',
  'card.about.sender-mta':
    '{host} holds the message in its queue and delivers it: it asks DNS for the MX, then speaks SMTP on port 25. If the receiver answers 4xx or does not answer, it keeps the message and tries again, first after about 5 minutes, then less often (up to about an hour apart), for up to 5 days. A 5xx refusal, or the end of those days, makes it write a bounce to the sender.',
  'card.about.recipient-imap':
    "{host} serves {recipient}'s mailbox over IMAP (port 993, with TLS): the messages stay on the server, and every device sees the same folders and read marks.",
  'card.about.recipient-pop3':
    "{host} lets {recipient}'s app download the inbox over POP3 (port 995, with TLS). Unless the app leaves a copy, the messages are deleted after the download (DELE, then QUIT). POP3 sees only the inbox, never Junk.",
  'card.about.recipient-client':
    "Nothing is delivered to {recipient}'s app: it logs in to the reading server and fetches what waits in the mailbox.",
  'card.about.dns':
    "DNS records live in each domain's own zone, on that domain's name servers: the MX records of {recipientDomain}, the SPF, DKIM and DMARC records of {senderDomain}. This card changes those zones. {host} is the resolver the outgoing relay asks for the MX; the receiving MX asks its own resolver for its checks.",
  'card.title.dns': 'The DNS zones of {recipientDomain} and {senderDomain}',
  'card.about.sender-msa':
    "{host} takes mail only from users who log in (AUTH on port 587 or 465). Many providers also check here that the sender's address (MAIL FROM and From:) is one the logged-in user may use, and refuse or rewrite any other: the provider's policy, not a rule of SMTP.",
  'card.reader.later': 'This changes how the journey ends: choose it before you send again.',
  'card.on': 'On',
  'card.off': 'Off',
  'card.changed': 'Changed by you',
  'cards.hint': 'Opens a card where you can change how it behaves.',
  'cards.mx.hint':
    'Mail servers are names in example.com, example.org or example.net; one that does not exist is allowed.',
  'cards.mx.preference': 'Preference',
  'cards.mx.exchange': 'Mail server',
  'cards.mx.remove': 'Remove the MX record {exchange}',
  'cards.mx.removeShort': 'Remove',
  'cards.mx.add': 'Add an MX record',
  // Several recipients.
  'error.recipient.empty': 'There is an empty entry between two commas.',
  'error.recipients.separator':
    '“{typed}” looks like {count} addresses with only spaces between them. Separate them with commas: {fixed}',
  'error.recipient.spaces': '“{address}” has a space in it: separate addresses with commas.',
  'error.recipient.no-at': '“{address}” needs an @ between the name and the domain, like bob@example.org.',
  'error.recipient.many-at': '“{address}” has more than one @.',
  'error.recipient.bad-local':
    'In “{address}” the part before the @ may use letters, digits and . _ + - (no dot at the start or end, no two dots in a row).',
  'error.recipient.bad-domain': 'In “{address}” the part after the @ must be a domain such as example.org.',
  'error.recipient.too-long': '“{address}” is too long: at most 64 characters before the @ and 253 after it.',
  'error.recipient.twice': '{address} is already a recipient of this message.',
  'error.recipients.many': 'At most {max} recipients in all (To, Cc and Bcc together) in this simulation.',
  'summary.all':
    'All {total} recipients have the message: {steps} steps, about {seconds} seconds of real Internet time.',
  'summary.all.minutes':
    'All {total} recipients have the message: {steps} steps, about {minutes} minutes of real Internet time.',
  'summary.some':
    "{reached} of {total} recipients have the message. The others could not be reached (yet): a bounce in {sender}'s inbox lists every one that failed for good.",
  'notice.hint.client': 'Use app or webmail.',
  'notice.hint.submission': 'Use 587 (STARTTLS) or 465 (TLS from the first byte).',
  'notice.hint.keep': 'Use 1 to leave a copy on the POP3 server.',
  'notice.hint.answers': 'Use up to 20 answers such as 5.1.1*9.0.0 (step, choice, 1 right or 0 wrong).',
  // The spoof, webmail, the Sent folder, forwarding.
  'step.spoof.compose':
    'A server that has nothing to do with {senderDomain}, {spoofer}, writes a message with a forged sender: From: {from}. It even copies a DKIM-Signature with d={senderDomain}, but it cannot sign with {senderDomain}’s private key.',
  'step.spoof.relay':
    '{spoofer} looks up the MX of {recipientDomain} and connects to {mx} on port 25 itself, claiming MAIL FROM:<{from}>. Anyone can connect to an MX: at RCPT TO it accepts mail for {to} (250), but it has not yet decided whether to believe the sender.',
  'step.check.dkim.forged':
    "{mx} fetches {senderDomain}'s DKIM key (s2025._domainkey) and checks the signature with it: the signature does not verify, so DKIM fails.",
  'step.reply.spoof':
    '{mx} refuses the message after the final dot: {reply}. The refusal goes back to {spoofer}, the server that sent it; the MX writes no bounce itself. A real mail server that got this 550 would bounce to MAIL FROM:<{from}>, and {sender} would get backscatter for mail she never sent; spamware that forges senders simply drops the refusal, as here, so {sender} never sees anything.',
  'summary.spoof-rejected':
    "A forged message claiming to be from {sender} was refused by {recipient}'s mail server: neither SPF nor DKIM passed for the From: domain, and its DMARC policy says reject. {sender} sent nothing and gets no bounce.",
  'edit.spoof.true': 'A server outside the sender domain’s SPF forges the sender’s address',
  'edit.spoof.false': 'Nobody forges the sender’s address',
  'step.compose.webmail':
    '{sender} writes to {recipient} in the browser, on the webmail page of {senderDomain}, and presses Send. The webmail on the provider’s server builds the message: header lines (From, To, Subject, Date), a blank line, then the text.',
  'step.webmail':
    '{sender}’s browser sends the message to the provider’s web front end, {webmail}, over HTTPS (port 443). No SMTP leaves the browser: the webmail adds its own Received line ("with HTTP") and will hand the message to its own submission server.',
  'step.submit.webmail':
    '{webmail} hands the message to {msa}, the provider’s own submission server, inside the provider: SMTP with STARTTLS and a login on {sender}’s behalf. The server accepts it with 250.',
  'step.submit.465':
    "{sender}'s app connects to {msa} on port 465: encryption starts with the very first byte (implicit TLS), so there is no STARTTLS. {sender} logs in (AUTH), and the server accepts the message with 250: from now on it is responsible for it.",
  'step.submit.refused.webmail':
    '{webmail} tries to hand the message to {msa}, the provider’s submission server, but the server says no.',
  'step.submit.refused.465':
    "{sender}'s app connects to {msa} on port 465 (encrypted from the first byte) and tries to hand over the message, but the server says no.",
  'step.submit.refused.password.webmail':
    '{webmail} tries to hand the message to {msa}, the provider’s submission server, logging in on {sender}’s behalf, but the login is refused: the password is wrong.',
  'step.submit.refused.password.465':
    "{sender}'s app connects to {msa} on port 465 (encrypted from the first byte) and logs in (AUTH), but the password is wrong: the server refuses the login, so it never takes the message.",
  'step.submit.refused.size.webmail':
    '{webmail} tries to hand the message to {msa}, the provider’s submission server, but the message is larger than the server takes, so it says no.',
  'step.submit.refused.size.465':
    "{sender}'s app connects to {msa} on port 465 (encrypted from the first byte) and logs in. At MAIL FROM it announces the message's size: more than the server takes, so it says no before any of the message is sent.",
  'step.refuse.webmail':
    '{msa} answers {reply}. The webmail shows the error in {sender}’s browser. Nothing was queued and nothing left: at submission no bounce is written.',
  'step.refuse.password.webmail':
    '{msa} answers {reply}: the login failed. The webmail shows the error in {sender}’s browser. Nothing was queued and nothing left: at submission no bounce is written.',
  'step.refuse.size.webmail':
    '{msa} answers {reply}: the message is larger than it takes. The webmail shows the error in {sender}’s browser. Nothing was queued and nothing left: at submission no bounce is written.',
  'step.sent.imap':
    "{sender}'s app stores its own copy in the Sent folder on {senderStore}, with IMAP APPEND (port 993, TLS). Because the folder is on the server, {sender}'s phone shows the sent message too. Some providers (Gmail, for one) file the copy themselves; apps set up for them must not APPEND a second one.",
  'step.sent.pop3':
    "POP3 has no Sent folder on the server: {sender}'s app keeps its copy in a Sent folder on this laptop only, so {sender}'s phone will not see it.",
  'step.sent.webmail':
    "The webmail files the copy in {sender}'s Sent folder on {senderStore} itself, so every device sees it. Some providers do this for mail sent from apps too; apps set up for them must not APPEND a second copy.",
  'step.bounce.forwarded':
    "{mta}, the forwarder, could not deliver its copy (status {status}), so it writes the bounce itself, from the empty sender <>, to the envelope sender it was given: {srs}. That SRS address is its own, so it decodes it to {from} and sends the bounce there, into {sender}'s mailbox on {senderStore}.",
  'step.bounce.list':
    "{mta} could not deliver the list's copy (status {status}). The bounce goes to the list's own envelope sender, {srs}, where the list software counts it; {sender} is not told.",
  'step.forward':
    '{alias} forwards to {target}, so {forwarder} sends the message on: a second SMTP delivery, from its own IP. It rewrites the envelope sender with SRS ({srs}) so that SPF is checked for its own domain and bounces come back to it; From: stays {from}. It also seals what it checked ({sealed}) in ARC headers, instance i=1.',
  'step.forward.list':
    '{alias} is a mailing list: {forwarder} sends a copy on to {target}, with [{list}] in front of the subject and a footer under the text. That changes what {senderDomain}’s DKIM signature covers, so it will no longer verify, and from this IP SPF cannot pass for {senderDomain}: under From: {from} DMARC would fail. So the list rewrites From: to its own address ("{sender} via the list") and puts {sender} in Reply-To:. Its envelope sender is {srs}.',
  'step.check.spf.forwarded':
    '{mx} fetches the SPF record of {spfDomain}, the domain of the SRS envelope sender: it lists {ip}, so SPF passes. It passes for {spfDomain}, though, and the From: domain is {senderDomain}: the two do not align, so this pass gives DMARC nothing and DKIM must carry it.',
  'step.check.spf.list':
    "{mx} fetches the SPF record of {spfDomain}, the list's envelope sender domain: it lists {ip}, so SPF passes, and it matches the rewritten From: domain.",
  'step.check.dkim.list':
    "{mx} fetches {dkimDomain}'s DKIM key (s2025._domainkey) and checks the signature: the list changed the subject and added a footer, so the signature no longer verifies. DKIM fails.",
  'card.forwards-to': 'This address forwards to',
  'card.forwards-to.address': '{address}',
  'card.forwards-to.none': 'Nobody (no forwarding)',
  'card.list': 'It is a mailing list (tags the subject, adds a footer)',
  'edit.list.true': '{address} is a mailing list',
  'edit.list.false': '{address} is not a mailing list',
  // The picture: each recipient's result.
  'graph.recipient.delivered': 'delivered',
  'graph.recipient.downloaded': 'downloaded',
  'graph.recipient.bounced': 'bounced {code}',
  'graph.recipient.rejected': 'refused {code}',
  'graph.recipient.deferred': 'waiting {code}',
  'graph.recipient.quarantined': 'in Junk',
  'graph.recipient.says': '{address}: {result}.',
  // A result drawn at a door shared with others (a recipient refused at RCPT): whom it is about.
  'graph.recipient.who': '{who}: {result}',
  // The prediction questions, the feedback for every choice (`checkpoint.<id>.<i>.why`) and the recap.
  'checkpoint.next-server.0.why':
    "The relay does not know where {recipient}'s computer is, and mail never goes there directly: it goes to the provider's mail servers.",
  'checkpoint.next-server.2.why':
    "{sender}'s reading server only serves {sender}'s own mailbox. It plays no part in sending mail to {recipient}.",
  'checkpoint.next-server.3.why':
    'Routers carry the network packets but never read mail. The relay first has to find out which mail server to talk to.',
  'checkpoint.after-mx.0.why':
    'A message is delivered once. The relay tries the servers one after another, lowest number first, and stops at the first that accepts.',
  'checkpoint.after-mx.1.why':
    'The lowest number wins: 10 comes before 20. The server with 20 is the backup, tried only if the first cannot be reached.',
  'checkpoint.no-mailbox.q':
    "The relay now names the address the message is for (RCPT TO). What does {domain}'s receiving server do with an address it does not know?",
  'checkpoint.no-mailbox.0': 'Keeps the message until someone creates the mailbox',
  'checkpoint.no-mailbox.1': 'Refuses it at once, while the relay is still connected',
  'checkpoint.no-mailbox.2': 'Throws it away without telling anyone',
  'checkpoint.no-mailbox.3': "Sends it on to {recipient}'s computer instead",
  'checkpoint.no-mailbox.why':
    'It says no straight away (550 5.1.1 at RCPT TO). The refusal is final, so the relay holding the message must tell the sender.',
  'checkpoint.no-mailbox.0.why':
    'Servers do not keep mail for mailboxes that do not exist. A "try later" answer would be temporary; this one is final.',
  'checkpoint.no-mailbox.2.why':
    'Mail is not dropped silently: the receiving server answers with a refusal, so the sender can be told.',
  'checkpoint.no-mailbox.3.why':
    "Mail never goes to a reader's computer directly; without a mailbox there is nowhere at {domain} to put it.",
  'checkpoint.no-login.q':
    "The relay is about to hand the message to {domain}'s receiving server. Why does it not log in with a password?",
  'checkpoint.no-login.0': 'It logged in earlier, at the submission server',
  'checkpoint.no-login.1': "It knows {recipient}'s password",
  'checkpoint.no-login.2':
    'Delivery between providers on port 25 needs no login; the receiver checks the sender in DNS instead',
  'checkpoint.no-login.3': 'Passwords are sent later, with the message',
  'checkpoint.no-login.why':
    'On port 25 anyone may offer mail for local users. Instead of a login, the receiver asks DNS whether this server may send for the domain (SPF, DKIM, DMARC).',
  'checkpoint.no-login.0.why':
    "{sender} logged in at the submission server of {sender}'s own provider. That login counts there only; {domain}'s server knows nothing of it.",
  'checkpoint.no-login.1.why':
    "Nobody but {recipient} knows {recipient}'s password, and it is only used to read mail, never to receive it.",
  'checkpoint.no-login.3.why':
    'A message carries no password at all. The receiver decides from DNS records whether to trust the sending server.',
  'checkpoint.forged-sender.q':
    "This message claims to come from {sender}'s provider, but the server sending it is not on that provider's list. Which check fails?",
  'checkpoint.forged-sender.0': 'The login (AUTH)',
  'checkpoint.forged-sender.1': "SPF: the provider's list of allowed sending servers",
  'checkpoint.forged-sender.2': 'The spam filter',
  'checkpoint.forged-sender.3': 'The MX look-up',
  'checkpoint.forged-sender.why':
    "SPF compares the connecting server's address with the list the sender's domain publishes in DNS. Not on the list: SPF fails.",
  'checkpoint.forged-sender.0.why':
    'Delivery from one provider to another on port 25 has no login, so there is no login to fail. The checks use DNS instead.',
  'checkpoint.forged-sender.2.why':
    'The spam filter comes later and looks at the content. Checking who may send for a domain is the job of SPF.',
  'checkpoint.forged-sender.3.why':
    'The MX look-up found where to deliver the mail. It says nothing about who may send it.',
  'checkpoint.final-dot.q':
    "After the last line of the message (a line with just a dot), {domain}'s receiving server will answer 250. What does that mean?",
  'checkpoint.final-dot.0': '{recipient} has read the message',
  'checkpoint.final-dot.1': 'The server takes over responsibility for delivering it',
  'checkpoint.final-dot.2': "The message is already in {recipient}'s inbox on the phone",
  'checkpoint.final-dot.3': "{sender}'s password was right",
  'checkpoint.final-dot.why':
    'From this 250 on, the receiving server is responsible: the relay may forget the message. If something fails later, the receiver must report it.',
  'checkpoint.final-dot.0.why':
    '{recipient} reads it much later, only when the mail app asks the store. The 250 is a promise between two servers.',
  'checkpoint.final-dot.2.why':
    'The message still has to pass the filter and be saved in the mailbox store, and nothing reaches a phone until its app asks.',
  'checkpoint.final-dot.3.why':
    'No password was sent here: delivery between providers on port 25 has no login. The 250 answers the message itself.',
  'checkpoint.same-domain.0.why':
    'DNS is asked to find another provider. {domain} is the provider itself, so there is nobody to look up.',
  'checkpoint.same-domain.2.why':
    "The IMAP server only reads from the mailbox store when {recipient}'s app asks. Delivery goes into the store.",
  'checkpoint.who-fetches.1.why':
    "SMTP pushes mail between servers, but never to a reader's device. The store waits until the app comes to ask.",
  'checkpoint.who-fetches.2.why': 'DNS only answers questions about names and addresses; it never carries mail.',
  'checkpoint.who-bounces.q': 'The message cannot be delivered. Who writes the bounce that tells {sender}?',
  'checkpoint.who-bounces.0': "{recipient}'s provider's receiving server",
  'checkpoint.who-bounces.1': "{sender}'s provider's outgoing relay, which still holds the message",
  'checkpoint.who-bounces.2': "{recipient}'s mail app",
  'checkpoint.who-bounces.3': "{sender}'s mail app",
  'checkpoint.who-bounces.why':
    'The relay that holds the message and was told no writes a new message (a bounce) and delivers it into {sender}’s own mailbox.',
  'checkpoint.who-bounces.0.why':
    'The receiving server only answered "no" while the relay was connected. Writing the bounce is the job of whoever holds the message.',
  'checkpoint.who-bounces.2.why':
    '{recipient} never received the message, so {recipient}’s app knows nothing about it.',
  'checkpoint.who-bounces.3.why':
    "{sender}'s app handed the message over long ago. It only shows the bounce when it fetches new mail.",
  'recap.heading': 'Your predictions',
  'recap.score': 'You predicted {right} of {total} correctly.',
  'recap.right': 'Right',
  'recap.wrong': 'Not quite',
  'recap.skipped': 'Skipped',
  'recap.yours': 'Your answer: {choice}',
  'recap.answer': 'Answer: {choice}',
  'checkpoint.tag': 'Predict:',
  'checkpoint.right': 'right answer',
  'checkpoint.notThis': 'your choice',
  'checkpoint.correct': 'Well predicted!',
  'checkpoint.incorrect': 'Not quite.',
  'checkpoint.continue': 'Continue',
  'checkpoint.skip': 'Skip the question',
  'checkpoint.next-server.q': "{recipient} is at another provider. Which server does {sender}'s provider ask next?",
  'checkpoint.next-server.0': "{recipient}'s computer",
  'checkpoint.next-server.1': 'A DNS resolver',
  'checkpoint.next-server.2': "{sender}'s IMAP server",
  'checkpoint.next-server.3': 'The nearest Internet router',
  'checkpoint.next-server.why':
    'The relay must first learn which servers accept mail for {domain}, so it asks DNS for that domain’s MX records.',
  'checkpoint.after-mx.q': 'DNS listed two mail servers, with preference 10 and 20. What does the relay ask next?',
  'checkpoint.after-mx.0': 'Nothing: it sends the message to both',
  'checkpoint.after-mx.1': 'The address of the server with preference 20',
  'checkpoint.after-mx.2': 'The address of the server with preference 10',
  'checkpoint.after-mx.why':
    'The lowest preference number is tried first. An MX record names a host, so the relay still needs that host’s address (A/AAAA).',
  'checkpoint.same-domain.q':
    '{recipient} has the same provider as {sender}. What happens after the submission server accepts the message?',
  'checkpoint.same-domain.0': 'It asks DNS for the MX of {domain}',
  'checkpoint.same-domain.1': "It files the message in {recipient}'s mailbox straight away",
  'checkpoint.same-domain.2': "It sends the message to {recipient}'s IMAP server",
  'checkpoint.same-domain.why':
    'The domain is one of the provider’s own, so there is no DNS look-up and no Internet hop: local delivery files it in the mailbox store. IMAP only serves the store later.',
  'checkpoint.who-fetches.q': 'The message waits in the mailbox store. How does it reach {recipient}’s screen?',
  'checkpoint.who-fetches.0': "{recipient}'s app logs in (IMAP or POP3) and fetches it",
  'checkpoint.who-fetches.1': "The store pushes it to {recipient}'s computer over SMTP",
  'checkpoint.who-fetches.2': 'DNS forwards it to the computer',
  'checkpoint.who-fetches.why':
    'Delivery ends at the store. The reader’s app connects when it likes and reads from the store over IMAP or POP3.',
  // Issue 24: the missions (src/model/missions): the panel, each mission's goal, hints and what it
  // taught, each correcting a common mix-up. The explanation has a Beginner twin.
  'missions.heading': 'Missions',
  'missions.intro':
    'Play the attacker, then the owner of the domain. Change the world from the cards (click a server or the DNS resolver), then press Send.',
  'missions.progress': '{done} of {total} missions done',
  'missions.done': 'done',
  'missions.todo': 'to do',
  'missions.back': 'All missions',
  'missions.close': 'Close missions',
  'missions.goal': 'Goal',
  'missions.attempts': 'Sends: {n}',
  'missions.hintsUsed': 'Hints: {n} of {total}',
  'missions.hint': 'Show a hint',
  'missions.hintHeading': 'Hints',
  'missions.notYet': 'Not yet. Change the world from the cards and press Send again.',
  'missions.answerFirst': 'The journey reached the goal. Now answer the question.',
  'missions.success': 'Mission complete: {title}.',
  'missions.learned': 'What this shows',
  'missions.question': 'Your answer',
  'missions.wrong': 'Not quite: look at the checks at the receiving server again.',
  'missions.settings': 'Missions offered',
  'missions.none': 'No mission is offered in this lesson.',
  'notice.hint.mission':
    'Use a mission name: forge, stop-the-spoof, lookalike, eavesdrop, stop-the-downgrade or forwarding-breaks.',
  'notice.hint.missions': 'Use mission names separated by commas, such as forge,stop-the-spoof.',

  'mission.forge.title': 'Forge a message',
  'mission.forge.goal':
    "Make a forged message from alice@example.com reach Bob's inbox. You are the attacker: your server is not Alice's provider.",
  'mission.forge.hint.1': "Press Send and watch Bob's receiving server: which check turns the forgery away?",
  'mission.forge.hint.2':
    "SPF and DKIM never pass for example.com when you forge its address. What decides is example.com's DMARC policy: open the attacker's card or the DNS resolver's.",
  'mission.forge.hint.3': 'With no DMARC record, or p=none, the receiving server only notes the failure and delivers.',
  'mission.forge.done':
    'SPF and DKIM failed, yet the forgery was delivered: no DMARC policy told Bob’s server to act on those failures for this message (none published, p=none, or pct= left it out). SPF alone does not protect the From: address: it checks the envelope sender.',
  'beginner.mission.forge.done':
    'The checks failed, but example.com’s rule did not tell Bob’s server to refuse or set aside this mail, so the fake reached Bob. Checks alone do not protect the sender’s address.',

  'mission.stop-the-spoof.title': 'Now stop it',
  'mission.stop-the-spoof.goal':
    "The forgery reaches Bob. As the owner of example.com, make his server refuse it, without touching the attacker's server.",
  'mission.stop-the-spoof.hint.1': 'The receiving server checks DMARC: look at what example.com publishes.',
  'mission.stop-the-spoof.hint.2':
    "Change example.com's DMARC policy on the DNS resolver's card (or the attacker's). p=quarantine only files it in Junk.",
  'mission.stop-the-spoof.hint.3':
    'p=reject makes the receiving server refuse with 550 5.7.1 after the final dot (end of DATA). Ask for aggregate reports (rua) to see it happen.',
  'mission.stop-the-spoof.done':
    'With p=reject, Bob’s server refused the forgery with 550 5.7.1, and Alice hears nothing: she sent nothing. With rua, each receiver mails example.com a daily aggregate report listing who sent in its name and what was done.',
  'beginner.mission.stop-the-spoof.done':
    'Now example.com asks servers to refuse mail that fails its checks, so Bob’s server turned the fake away. Alice sent nothing and hears nothing.',

  'mission.lookalike.title': 'A lookalike gets through',
  'mission.lookalike.goal':
    'A message from a domain that looks like example.com reaches Bob, though example.com says p=reject. Send it, watch the checks, then say why.',
  'mission.lookalike.hint.1': 'Read the sender address closely, letter by letter.',
  'mission.lookalike.hint.2': "Which domain did the receiving server check SPF, DKIM and DMARC for? Not Alice's.",
  'mission.lookalike.hint.3': "example.com's policy only speaks for example.com. The other domain has its own records.",
  'mission.lookalike.question': 'Every check passed. Why?',
  'mission.lookalike.choice.1':
    'They passed for the attacker’s own domain: the checks prove which domain sent it, not that it is the one Bob thinks.',
  'mission.lookalike.choice.2': "example.com's DMARC policy is too weak: p=reject would stop it.",
  'mission.lookalike.choice.3': 'SPF checks the From: address, and the attacker was allowed to use it.',
  'mission.lookalike.done':
    'DMARC does not stop lookalike domains: examp1e.com, or a homograph such as exаmple.com with a Cyrillic а (xn--… in punycode), passes its own checks. What helps is Bob’s app showing the real address, and his attention.',
  'beginner.mission.lookalike.done':
    'The fake came from a different domain that only looks like Alice’s, and it passed its own checks. What helps is Bob seeing the real address.',

  'mission.eavesdrop.title': "Read Bob's mail on the wire",
  'mission.eavesdrop.goal':
    "Be the man in the middle between Alice's relay and Bob's server, and make Alice's message cross the Internet readable.",
  'mission.eavesdrop.hint.1': "Open the card of Bob's receiving server: there is someone on the line.",
  'mission.eavesdrop.hint.2': 'Encryption between servers starts only when the receiver offers STARTTLS.',
  'mission.eavesdrop.hint.3':
    'Turn the man in the middle on: he deletes STARTTLS from the answer, and the relay sends in plain text.',
  'mission.eavesdrop.done':
    'STARTTLS between servers is opportunistic: a man in the middle who deletes it from the EHLO answer makes the sender fall back to plain text, and he reads a copy. STARTTLS does not always encrypt.',
  'beginner.mission.eavesdrop.done':
    'The attacker hid the offer to encrypt, so the servers talked in plain text and he read the message. Encryption between servers is not guaranteed.',

  'mission.stop-the-downgrade.title': 'Stop the downgrade',
  'mission.stop-the-downgrade.goal':
    "The man in the middle strips STARTTLS. As the owner of example.org, make sure Alice's message never crosses in plain text, while he is still there.",
  'mission.stop-the-downgrade.hint.1': "Open the card of Bob's receiving server: what can example.org publish?",
  'mission.stop-the-downgrade.hint.2':
    'MTA-STS in testing only reports. Enforce tells senders never to deliver without TLS.',
  'mission.stop-the-downgrade.hint.3': 'DANE works too, but only in a zone signed with DNSSEC.',
  'mission.stop-the-downgrade.done':
    'With MTA-STS enforce (or DANE with DNSSEC) the sender refuses to deliver without TLS: the message waits in the queue and nothing crosses readable. The first delivery before a sender has cached the MTA-STS policy is not protected; DANE has no such gap.',
  'beginner.mission.stop-the-downgrade.done':
    'Now example.org tells senders to deliver only when encrypted, so Alice’s server waited instead of sending in plain text.',

  'mission.forwarding-breaks.title': 'Break your own mail',
  'mission.forwarding-breaks.goal':
    "example.com says p=reject but signs nothing, and Bob's old address forwards to bob@example.org. Alice's own message is refused. Fix it, keeping p=reject.",
  'mission.forwarding-breaks.hint.1': 'Press Send: at example.org SPF passes, but for whose domain?',
  'mission.forwarding-breaks.hint.2':
    'The forwarder sends from its own address (SRS), so SPF no longer speaks for example.com. Only a signature survives forwarding.',
  'mission.forwarding-breaks.hint.3':
    "Have example.com's provider sign with DKIM (the key is in DNS): the DNS resolver's card.",
  'mission.forwarding-breaks.done':
    'A forwarder breaks SPF for the original domain, but a DKIM signature travels with the message, so DMARC passes by DKIM. Or Bob’s MX trusts the forwarder’s ARC seal: DMARC still fails, but the sealed results let its local policy deliver the message.',
  'beginner.mission.forwarding-breaks.done':
    'The forwarder sends from its own server, so the list of allowed computers no longer fits. A signature travels with the message; or Bob’s server trusts the forwarder’s sealed word that it checked the mail.',

  // The dialogs: keyboard shortcuts and embedding.
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.close': 'Close',
  'shortcuts.note': 'Shortcuts do nothing while you type in a field.',
  'shortcuts.key.space': 'Space',
  'shortcuts.key.right': '→',
  'shortcuts.key.left': '←',
  'shortcuts.key.home': 'Home',
  'shortcuts.key.end': 'End',
  'shortcuts.key.help': '?',
  'shortcuts.playPause': 'Play or pause',
  'shortcuts.forward': 'Next step',
  'shortcuts.back': 'Previous step',
  'shortcuts.first': 'First step',
  'shortcuts.last': 'Last step',
  'shortcuts.help': 'Show this list',
  'embed.title': 'Put this journey in a lesson page',
  'embed.intro':
    'Both snippets carry the message and choices you see now. Nothing is sent anywhere: the page works offline.',
  'embed.tag': 'As an element (load the script once per page)',
  'embed.iframe': 'As an iframe (works on any site that allows iframes)',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied.',
  'embed.copyFailed': 'Copying was refused; select the text and copy it by hand.',
  'embed.close': 'Close',
  // The Beginner layer: `beginner.` + the Expert key (see atDepth in ../index.ts). Roles, not host
  // names; no ports, reply codes or acronyms unless the sentence explains them. Every language has
  // every twin (its journey.ts is typed against this file), so Beginner never falls back to English.
  'beginner.step.compose':
    '{sender} writes to {recipient} and presses Send. The mail app packs the text into a message with a label on top: sender, recipient, subject.',
  'beginner.step.compose.attachment':
    '{sender} writes to {recipient}, attaches a {mb} MB holiday video and presses Send. The app packs both into one message with a label on top.',
  'beginner.step.submit':
    "{sender}'s app logs in to the provider's sending server, which takes charge of the message. Many such servers check it comes from {sender}'s own address.",
  'beginner.step.submit.refused':
    "{sender}'s app tries to hand the message to the provider's sending server, but the server says no.",
  'beginner.step.submit.refused.password':
    "{sender}'s app tries to log in to the provider's sending server, but the password is wrong. The server will not take the message.",
  'beginner.step.submit.refused.size':
    "{sender}'s app tells the provider's sending server how big the message is. With the video it is too big for the server, which refuses it.",
  'beginner.step.refuse':
    "{sender}'s app shows the server's error. Nothing was sent, so nobody else ever sees this message and no bounce is written.",
  'beginner.step.refuse.password':
    "{sender}'s app says the password was wrong. Nothing was sent, so nobody else sees the message and no bounce is written.",
  'beginner.step.refuse.size':
    "{sender}'s app says the message is too big to send. Nothing was sent, so nobody else sees it and no bounce is written.",
  'beginner.step.handoff':
    "{recipient} uses another provider, so the sending server passes the message to the provider's outgoing server, which delivers mail to other providers.",
  'beginner.step.dns-mx.found':
    "The outgoing server asks the Internet's address book (DNS): which servers take mail for {recipient}'s provider? The answer lists them, best first.",
  'beginner.step.dns-mx.empty':
    "The Internet's address book (DNS) knows {recipient}'s domain but names no mail server for it, so the domain's own computer will take the mail.",
  'beginner.step.dns-mx.null':
    "The Internet's address book (DNS) says: this domain takes no email at all. There is nowhere to deliver the message.",
  'beginner.step.dns-mx.nxdomain':
    "The Internet's address book (DNS) says: this domain does not exist. There is nobody to give the message to.",
  'beginner.step.dns-mx.servfail':
    "The address book (DNS) cannot say right now where {recipient}'s mail goes. That is only for now, so the mail is not sent back.",
  'beginner.step.queue.dns':
    "The message waits in the outgoing server's waiting line. The server asks the address book again later; after {days} days of failures it tells {sender}.",
  'beginner.step.dns-host':
    "Next question for the address book: what is the network address of that mail server? It is the server's address, not {recipient}'s computer's.",
  'beginner.step.dns-host.implicit':
    "The outgoing server asks the address book for the network address of {recipient}'s domain itself. That computer will receive the mail.",
  'beginner.step.dns-host.none':
    "The outgoing server asks the address book for the mail server's network address, but there is none.",
  'beginner.step.dns-aaaa':
    "A second question: the server's newer, longer kind of network address. Each question to the address book asks for one kind of answer.",
  'beginner.step.dns-aaaa.none':
    'A second question: the newer, longer kind of network address. There is none, so the older kind will do.',
  'beginner.step.dns-aaaa.nothing':
    'The outgoing server asks for the newer kind of address too: there is none either. With no address at all, the server cannot be reached.',
  'beginner.step.relay.accepted':
    "The outgoing server connects to the receiving server of {recipient}'s provider. This hand-over needs no password. The receiver says: yes, I know {recipient}.",
  'beginner.step.relay.retry-accepted':
    'The outgoing server tries the receiving server again (try number {attempt}). This time it says yes and takes mail for {recipient}.',
  'beginner.step.relay.accepted.some':
    'The receiving server answers for each address on its own: yes for {recipient}, but no for “{refusedName}”: it cannot take mail for that address.',
  'beginner.step.relay.rejected':
    "The outgoing server connects to {recipient}'s receiving server, which refuses for good: nobody by that name has a mailbox there.",
  'beginner.step.relay.rejected.full':
    "The outgoing server connects to {recipient}'s receiving server. The address exists, but its mailbox is full, so the server refuses for good.",
  'beginner.step.relay.rejected.relay':
    "The outgoing server connects to the server the address book named, but that server does not take mail for {recipient}'s domain, so it refuses.",
  'beginner.step.relay.rejected.loop':
    "The outgoing server connects to {recipient}'s receiving server. The address forwards in a circle back to itself, so the server stops the loop and refuses.",
  'beginner.step.relay.deferred':
    'The outgoing server connects to the receiving server, which answers: not now, try again later. That is a temporary no.',
  'beginner.step.relay.no-answer':
    'The outgoing server tries to reach the receiving server, but nothing answers. After {seconds} seconds it gives up on this server.',
  'beginner.step.relay.refused-connection':
    'The outgoing server tries to reach the receiving server, but that computer turns it away at once: no mail server is listening there.',
  'beginner.step.relay.rejected-mail':
    'The outgoing server tells the receiving server how big the message is. The receiver refuses: it is too big to take.',
  'beginner.step.reply.rejected':
    'The refusal goes back to the outgoing server. It still holds the message and now has to tell {sender}.',
  'beginner.step.reply.deferred':
    "The 'try later' answer goes back to the outgoing server, which keeps the message in its waiting line.",
  'beginner.step.reply.rejected-data':
    "The receiving server refuses the whole message: the checks say it may not really come from {sender}'s provider. The refusal goes back.",
  'beginner.step.check.ptr.pass':
    "The receiving server looks up the name of the computer that connected and writes it into the message's travel log.",
  'beginner.step.check.ptr.fail':
    'The receiving server looks up the name of the computer that connected, but that computer has no name.',
  'beginner.step.check.spf.pass':
    "Sender check 1: {sender}'s provider publishes a list of its sending computers. The computer that connected is on it: passed.",
  'beginner.step.check.spf.fail':
    "Sender check 1: {sender}'s provider publishes a list of allowed sending computers. The computer that connected is not on it: failed.",
  'beginner.step.check.dkim.pass':
    "Sender check 2: the message carries a digital signature of {sender}'s provider. The receiver checks it with the provider's published key: passed.",
  'beginner.step.check.dkim.permerror':
    "Sender check 2: the receiver looks for the provider's published key to check the signature, but finds none: it cannot be checked at all.",
  'beginner.step.check.dmarc.pass':
    "Sender check 3: at least one of the first two checks passed for {sender}'s provider, so the receiving server accepts the message.",
  'beginner.step.check.dmarc.absent':
    "{sender}'s provider publishes no rule for failed checks, so nothing more is asked. The receiving server accepts the message.",
  'beginner.step.check.dmarc.none':
    "Sender check 3: both checks failed, but the rule of {sender}'s provider says only report it. The receiving server accepts the message.",
  'beginner.step.check.dmarc.quarantine':
    "Sender check 3: both checks failed, and the rule of {sender}'s provider says: accept it, but treat it as spam.",
  'beginner.step.check.dmarc.reject':
    "Sender check 3: both checks failed, and the rule of {sender}'s provider says: refuse it. The message may be a fake.",
  'beginner.step.filter':
    'The receiving server hands the message to a filter that scans it for spam and viruses. It looks fine.',
  'beginner.step.filter.spam':
    'The filter scans the message and decides it looks like spam. It will go to the Junk folder, not the inbox.',
  'beginner.step.filter.quarantine':
    "The sender checks failed and the sender domain's rule, as applied to this message, says Junk, so the filter sends it to the Junk folder.",
  'beginner.step.store':
    "The message is saved in {recipient}'s mailbox at the provider. It waits there: nothing is sent to {recipient}'s phone yet.",
  'beginner.step.store.junk': "The message is saved in the Junk folder of {recipient}'s mailbox at the provider.",
  'beginner.step.store.local':
    '{recipient} has the same provider as {sender}, so there is no trip across the Internet: the server saves the message straight into the mailbox.',
  'beginner.step.login.imap':
    "{recipient}'s mail app has been connected to the provider's reading server since before {sender} pressed Send. It waits to hear of new mail.",
  'beginner.step.login.pop3':
    "{recipient} opens the mail app. It logs in to the provider's reading server, which opens {recipient}'s mailbox for download.",
  'beginner.step.login.imap.junk':
    "{recipient} opens the Junk folder. The app asks the provider's reading server what is inside.",
  'beginner.step.notice':
    "The reading server tells {recipient}'s app: new mail has arrived. This short notice does not contain the message itself.",
  'beginner.step.fetch':
    'Only now does the app ask for the message itself. Mail reaches an app only when the app asks for it.',
  'beginner.step.read.imap':
    "The app shows the message and {recipient} reads it. It stays on the server, so {recipient}'s other devices see it too.",
  'beginner.step.read.imap.junk':
    "{recipient}'s app shows the message in the Junk folder. The folders live on the server.",
  'beginner.step.read.pop3': 'The app downloads the message to this device, and {recipient} reads it.',
  'beginner.step.read.pop3.junk':
    'This kind of app downloads only the inbox, so the message waits unseen in the Junk folder.',
  'beginner.step.queue.retry':
    "The message waits in the outgoing server's waiting line. After about {minutes} minutes the server tries again.",
  'beginner.step.queue.stuck':
    'The message stays in the waiting line. The server keeps trying for up to {days} days before it gives up and tells {sender}.',
  'beginner.step.bounce':
    "The outgoing server cannot deliver the message, so it writes a new one, a bounce, saying why, and puts it in {sender}'s mailbox.",
  'beginner.step.bounce-fetch': "{sender}'s app asks {sender}'s own mailbox for new mail.",
  'beginner.step.bounce-read':
    '{sender} reads the bounce: an automatic message from the mail system saying why the message could not be delivered.',
  'beginner.summary.delivered': '{recipient} has the message, {steps} steps later.',
  'beginner.summary.delivered.minutes': '{recipient} has the message, {steps} steps later.',
  'beginner.summary.bounced.list':
    'The list could not pass the message on. The bounce went to the list itself, so {sender} is not told.',
  'beginner.summary.bounced': "The message could not be delivered. {sender}'s inbox now holds a bounce that says why.",
  'beginner.summary.rejected':
    "The sending server refused the message, so nothing was sent. {sender}'s app showed why.",
  'beginner.summary.deferred':
    'Not delivered yet: the message waits at the outgoing server, which will try again later.',
  'beginner.summary.quarantined': "The message was delivered, but into {recipient}'s Junk folder.",
  'beginner.summary.all': 'All {total} recipients have the message, {steps} steps later.',
  'beginner.summary.all.minutes': 'All {total} recipients have the message, {steps} steps later.',
  'beginner.summary.some':
    "{reached} of {total} recipients have the message. A bounce in {sender}'s inbox names each one that failed for good.",
  'beginner.summary.spoof-rejected':
    "A fake message pretending to come from {sender} was refused by {recipient}'s receiving server. {sender} sent nothing and hears nothing.",
  // Timeline labels: what happens, in plain words.
  'beginner.label.compose': 'Write and send',
  'beginner.label.submit': 'Hand to the provider',
  'beginner.label.refuse': 'Error shown',
  'beginner.label.handoff': 'Pass to the outgoing server',
  'beginner.label.dns-mx': 'Find the mail servers',
  'beginner.label.dns-host': 'Find the address',
  'beginner.label.dns-a': 'Find the address',
  'beginner.label.dns-aaaa': 'Find the newer address',
  'beginner.label.relay': 'Deliver to the receiving server',
  'beginner.label.check-ptr': 'Who is calling?',
  'beginner.label.check-spf': 'Sender check 1',
  'beginner.label.check-dkim': 'Sender check 2',
  'beginner.label.check-dmarc': 'Sender check 3',
  'beginner.label.reply': 'The answer goes back',
  'beginner.label.queue': 'Wait and try again',
  'beginner.label.filter': 'Spam check',
  'beginner.label.store': 'Save in the mailbox',
  'beginner.label.login': 'Open the mail app',
  'beginner.label.notice': 'New-mail notice',
  'beginner.label.fetch': 'Ask for the message',
  'beginner.label.read': 'Read the email',
  'beginner.label.bounce': 'Write a bounce',
  'beginner.label.bounce-fetch': 'The sender checks mail',
  'beginner.label.store.of': "Save in {name}'s mailbox",
  'beginner.label.login.of': "{name}'s mail app",
  'beginner.label.notice.of': 'New-mail notice to {name}',
  'beginner.label.fetch.of': "{name}'s app asks for the message",
  'beginner.label.read.of': '{name} reads the email',
  'beginner.label.bounce-read': 'Read the bounce',
  // The common mix-ups, short.
  'beginner.myth.1':
    'These are roles, not boxes: the sending server wants the sender’s password; between providers’ servers there is no password, and the receiver checks the sender instead.',
  'beginner.myth.2':
    'The reading server only lets the app into its mailbox, to fetch mail or file its own Sent copy. It never sends mail or takes mail from other servers.',
  'beginner.myth.3':
    "With webmail in a browser, the browser talks to the provider's website; the provider's own servers then send the mail.",
  'beginner.myth.4':
    'Mail to someone at the same provider still goes into the mailbox first. The reading server only hands it out when the app asks.',
  'beginner.myth.5':
    "The address book gives the address of the recipient's mail server, not of the recipient's computer.",
  'beginner.myth.6':
    'Internet routers carry the message’s pieces but never read or keep mail. Only the mail servers in the picture handle it.',
  'beginner.myth.7':
    'The receiving server checks the address on the envelope, not the To line you see. That is how hidden copies work.',
  // The journeys of webmail, the Sent copy, forwarding, a mailing list, the spoof and implicit TLS.
  'beginner.label.sent': 'Keep a copy in Sent',
  'beginner.label.forward': 'Passed on to another provider',
  'beginner.step.compose.webmail':
    "{sender} writes to {recipient} on the provider's web page and presses Send. The provider's website builds the message, with a label on top.",
  'beginner.step.webmail':
    "{sender}'s browser sends the message to the provider's website over an encrypted web connection. The browser itself never talks to mail servers.",
  'beginner.step.submit.webmail':
    "The provider's website hands the message to the provider's own sending server, inside the provider. The server replies: got it, my job now.",
  'beginner.step.submit.465':
    "{sender}'s app connects to the provider's sending server, encrypted from the very first byte, logs in and hands over the message. The server takes charge.",
  'beginner.step.submit.refused.webmail':
    "The provider's website tries to hand the message to the provider's sending server, but the server says no.",
  'beginner.step.submit.refused.465':
    "{sender}'s app connects to the provider's sending server, encrypted from the first byte, and tries to hand over the message, but the server says no.",
  'beginner.step.submit.refused.password.webmail':
    "The provider's website tries to hand over the message for {sender}, but the login is wrong, so the sending server refuses.",
  'beginner.step.submit.refused.password.465':
    "{sender}'s app connects to the sending server, encrypted from the first byte, but logs in with a wrong password. The server refuses.",
  'beginner.step.submit.refused.size.webmail':
    "The provider's website tries to hand over the message, but it is too big for the provider's sending server, which refuses it.",
  'beginner.step.submit.refused.size.465':
    "{sender}'s app connects to the sending server, encrypted from the first byte, and says how big the message is: too big, so the server refuses.",
  'beginner.step.refuse.webmail':
    "The web page shows {sender} the server's error. Nothing was sent, so nobody else sees this message and no bounce is written.",
  'beginner.step.refuse.password.webmail':
    'The web page tells {sender} the login was wrong. Nothing was sent, so nobody else sees this message and no bounce is written.',
  'beginner.step.refuse.size.webmail':
    'The web page tells {sender} the message is too big to send. Nothing was sent, so nobody else sees it and no bounce is written.',
  'beginner.step.sent.imap':
    "{sender}'s app saves a copy in the Sent folder on the provider's server, so {sender}'s phone shows the sent message too.",
  'beginner.step.sent.pop3':
    'This app keeps its Sent copy on the laptop only: with this way of reading mail the server has no Sent folder.',
  'beginner.step.sent.webmail':
    "The provider files a copy in {sender}'s Sent folder on its own server, so every device of {sender}'s shows the sent message.",
  'beginner.step.spoof.compose':
    "A stranger's server, nothing to do with {sender}'s provider, writes a message pretending to come from {sender}. It cannot sign it with her provider's key.",
  'beginner.step.spoof.relay':
    "The stranger's server delivers the fake message straight to {recipient}'s receiving server. Anyone may connect; whether to believe the sender is decided later.",
  'beginner.step.check.dkim.forged':
    "The receiving server checks the message's signature with the key {sender}'s provider publishes. The signature does not match: somebody else wrote this.",
  'beginner.step.reply.spoof':
    "The receiving server refuses the fake message and tells the stranger's server. {sender} never hears of it: she sent nothing.",
  'beginner.step.bounce.forwarded':
    "The forwarding server could not pass the message on, so it writes the bounce itself and sends it back to {sender}'s mailbox.",
  'beginner.step.bounce.list':
    "The list's server could not pass the message on. The bounce goes back to the list itself, so {sender} hears nothing.",
  'beginner.step.forward':
    "{recipient}'s old address forwards his mail: that provider's server sends the message on to his current provider, noting that it checked the sender.",
  'beginner.step.forward.list':
    'The address is a mailing list: its server sends every member a copy, tags the subject, adds a footer and sends as the list.',
  'beginner.step.check.spf.forwarded':
    "The receiving server checks who may send for the forwarder's own domain: the forwarding server may, so this passes. But it is not {sender}'s domain.",
  'beginner.step.check.spf.list':
    "The receiving server checks who may send for the list's domain: the list's server is allowed, and the list now writes as itself.",
  'beginner.step.check.dkim.list':
    'The receiving server checks the signature: the list changed the subject and added a footer, so the signature no longer matches.',
  // Issue 24, forging and defending (email-facts.md §9): timeline labels, captions, mix-ups, cards and edits.
  'label.starttls': 'A man in the middle strips STARTTLS',
  'label.report-dmarc': 'A DMARC report to the domain owner',
  'label.report-tls': 'A TLS report to the recipient domain',
  'step.spoof.compose.display-name':
    '{spoofer} writes a message From: "{display}" <{forgedFrom}>. The name looks like {sender} of {senderDomain}, but the address is the forger’s own domain, which it signs for and lists in its own SPF.',
  'step.spoof.compose.lookalike':
    '{spoofer} writes a message From: {forgedFrom}: a lookalike (cousin) domain, a digit 1 for the letter l. The forger owns that domain, so it publishes SPF, a DKIM key and DMARC for it.',
  'step.spoof.compose.homograph':
    '{spoofer} writes a message From: {forgedFrom}. A client that shows Unicode displays it as {unicode}, with a Cyrillic а; the real name is the punycode {forgedFrom}, a domain the forger owns and signs for.',
  'step.check.spf.softfail':
    "At MAIL FROM, {mx} fetched {senderDomain}'s SPF record: {record}. {ip} is not listed and the record ends in ~all, so SPF gives softfail: suspicious, but receivers usually accept and mark it.",
  'step.check.spf.neutral':
    "At MAIL FROM, {mx} fetched {senderDomain}'s SPF record: {record}. {ip} is not listed and the record ends in ?all, so SPF says neutral: the domain makes no statement about it.",
  'step.check.spf.none':
    '{mx} asks for an SPF record of {senderDomain} (the envelope sender’s domain): none is published, so SPF has no result (none). Nothing says which servers may send for it.',
  'step.check.spf.permerror':
    "{mx} fetched {senderDomain}'s SPF record, but following it would take more than 10 DNS look-ups (include, a, mx…), the limit of RFC 7208: SPF gives permerror, an error in the record itself.",
  'step.check.spf.forger':
    'SPF checks the envelope sender’s domain, {spfDomain}, not From: as a reader sees it. {ip} is in its SPF record ({record}), so SPF passes: SPF proves only that this server may send for {spfDomain}.',
  'step.check.dkim.none':
    'The message carries no DKIM-Signature: {senderDomain}’s provider did not sign it. DKIM has no result (none), so only an aligned SPF pass can satisfy DMARC now.',
  'step.check.dkim.broken':
    "{mx} fetches {senderDomain}'s DKIM key and checks the signature, but a server on the way changed the signed body or header (a footer, a rewritten subject): the hashes differ, so DKIM fails.",
  'step.check.dkim.forger':
    'The forger signed with d={dkimDomain}, a domain it owns, and publishes the key: {mx} verifies it, so DKIM passes. A signature proves who signed, not that the signer is who the reader thinks.',
  'step.check.dmarc.forger':
    "{mx} reads {senderDomain}'s DMARC record: {record}. SPF and DKIM passed for {senderDomain} itself and align with From:, so DMARC passes. The policy of the real domain is never asked: nothing here is forged in DMARC's terms.",
  'step.check.dmarc.pct':
    "{mx} reads {senderDomain}'s DMARC policy: {record}. Neither SPF nor DKIM passed aligned, but pct={pct} applies the policy to that share of failing mail only. This simulation picks messages by a hash of the Message-ID (this one: {bucket} of 100, not below {pct}), so it gets the next lower treatment: {disposition}.",
  'step.starttls.stripped':
    '{mx} offers STARTTLS in its EHLO reply, but {mitm}, a man in the middle on the path, deletes the 250-STARTTLS line. {mta} sees no offer and, as opportunistic TLS allows, goes on without encryption.',
  'step.starttls.stripped.testing':
    "{mitm} deletes 250-STARTTLS from {mx}'s EHLO reply. {recipientDomain}'s MTA-STS policy is only in testing mode: {mta} notes the failure for a report, but delivers in plaintext anyway.",
  'step.starttls.stripped.mta-sts':
    "{mitm} deletes 250-STARTTLS from {mx}'s EHLO reply. But {mta} has {recipientDomain}'s MTA-STS policy cached, mode enforce: without TLS it must not deliver. It says QUIT and keeps the message queued.",
  'step.starttls.stripped.dane':
    "{mitm} deletes 250-STARTTLS from {mx}'s EHLO reply. But {recipientDomain} publishes TLSA records for {mx} in a DNSSEC-signed zone (DANE): {mta} requires TLS, says QUIT and keeps the message queued.",
  'step.relay.plain':
    '{mta} sends MAIL FROM, RCPT TO and the whole message to {mx} without encryption. Every line crosses the network readable, and {mitm} keeps a copy. {mx} accepts it (250): nothing looks wrong to either server.',
  'step.queue.tls':
    'The message waits in the queue of {mta}: it will not go to {mx} in plaintext. Each retry meets the same attacker; after {days} days it gives up and bounces ({status}). Nothing crossed the network readable.',
  'step.report.dmarc':
    '{recipientDomain}’s servers send their daily DMARC aggregate report to {rua}, as {senderDomain}’s record asks (rua=): an XML summary of which IPs sent mail as {senderDomain}, their SPF and DKIM results, and what was done ({disposition}).',
  'step.report.tls':
    '{mta} counts the failed TLS session in its daily TLS report to {recipientDomain} at {rua}, as its TLS-RPT record asks: a JSON summary with the result starttls-not-supported, posted over HTTPS, which the man in the middle cannot strip.',
  'step.report.tls.testing':
    '{mta} counts the failure in its daily TLS report to {rua}, as {recipientDomain}’s TLS-RPT record asks: in testing mode MTA-STS only reports failures. The domain owner learns of the attack, but the message already crossed in plaintext.',
  'myth.8':
    '“STARTTLS always encrypts” is wrong: on port 25 it is only offered, and whoever sits on the path can delete the offer. Only MTA-STS in enforce mode or DANE make a sender insist on TLS.',
  'myth.9':
    '“SPF protects the From: address” is wrong: SPF checks the envelope sender (MAIL FROM) and the sending IP. Only DMARC ties a passing SPF or DKIM to the From: domain the reader sees.',
  'myth.10':
    '“DMARC stops lookalike domains” is wrong: DMARC protects a domain and its subdomains, not names that merely look like it. examp1e.com or a homograph is another domain with its own records; only the reader’s attention and filters help.',
  'card.spoof': 'A forger sends instead (spoofer)',
  'card.forgery': 'What the forger writes in From:',
  'card.forgery.exact': 'The sender’s exact address',
  'card.forgery.display-name': 'Her name, its own address (display name)',
  'card.forgery.lookalike': 'A lookalike domain (examp1e.com)',
  'card.forgery.homograph': 'A homograph (Cyrillic а, punycode)',
  'card.spf.softfail': 'Provider’s servers, then ~all (softfail)',
  'card.spf.neutral': 'Provider’s servers, then ?all (neutral)',
  'card.spf.permerror': 'Too many look-ups (permerror)',
  'card.dkim-signing': 'DKIM signing by the provider of {target}',
  'card.dkim-signing.signed': 'Signs every message',
  'card.dkim-signing.unsigned': 'Does not sign',
  'card.dkim-signing.broken': 'Signs, but a hop breaks the signature',
  'card.dmarc-pct': 'DMARC pct= of {target}',
  'card.dmarc-pct.value': 'pct={pct}',
  'card.dmarc-align': 'DMARC alignment of {target}',
  'card.dmarc-align.relaxed': 'Relaxed (same organisation)',
  'card.dmarc-align.strict': 'Strict (exact domain, adkim=s aspf=s)',
  'card.dmarc-rua': 'DMARC reports to dmarc-reports@{target} (rua)',
  'card.mta-sts': 'MTA-STS policy of {target}',
  'card.mta-sts.none': 'None',
  'card.mta-sts.testing': 'testing (only report)',
  'card.mta-sts.enforce': 'enforce (TLS, or wait in the queue)',
  'card.dane': 'DANE TLSA records of {target}',
  'card.dane.none': 'None',
  'card.dane.dnssec': 'Published, zone signed with DNSSEC',
  'card.dane.no-dnssec': 'Published, zone not signed',
  'card.tls-rpt': 'TLS reports for {target} (TLS-RPT)',
  'card.mitm': 'A man in the middle strips STARTTLS',
  'edit.spf.softfail': 'The SPF record of {domain} ends in ~all (softfail)',
  'edit.spf.neutral': 'The SPF record of {domain} ends in ?all (neutral)',
  'edit.spf.permerror': 'The SPF record of {domain} needs too many look-ups (permerror)',
  'edit.dkim-signing.signed': 'The provider of {domain} signs with DKIM',
  'edit.dkim-signing.unsigned': 'The provider of {domain} does not sign with DKIM',
  'edit.dkim-signing.broken': 'A hop on the way breaks the DKIM signature of {domain}',
  'edit.dmarc-pct': 'The DMARC policy of {domain} applies to {pct}% of failing mail (pct={pct})',
  'edit.dmarc-align.relaxed': 'DMARC alignment of {domain} is relaxed',
  'edit.dmarc-align.strict': 'DMARC alignment of {domain} is strict',
  'edit.dmarc-rua.true': '{domain} asks for DMARC aggregate reports',
  'edit.dmarc-rua.false': '{domain} asks for no DMARC reports',
  'edit.mta-sts.none': '{domain} publishes no MTA-STS policy',
  'edit.mta-sts.testing': 'The MTA-STS policy of {domain} is in testing mode',
  'edit.mta-sts.enforce': 'The MTA-STS policy of {domain} is enforced',
  'edit.dane.none': '{domain} publishes no TLSA records',
  'edit.dane.dnssec': '{domain} publishes TLSA records in a DNSSEC-signed zone (DANE)',
  'edit.dane.no-dnssec': '{domain} publishes TLSA records, but its zone is not signed',
  'edit.tls-rpt.true': '{domain} asks for TLS reports',
  'edit.tls-rpt.false': '{domain} asks for no TLS reports',
  'edit.mitm.true': 'A man in the middle strips STARTTLS between the relays',
  'edit.mitm.false': 'Nobody tampers with the connection between the relays',
  'edit.forgery.exact': 'The forger writes the sender’s exact address',
  'edit.forgery.display-name': 'The forger writes her name with its own address',
  'edit.forgery.lookalike': 'The forger writes a lookalike domain',
  'edit.forgery.homograph': 'The forger writes a homograph domain',
  // The open relay and ARC trust (email-facts.md §8, §9): cards, edits, the picture, captions, mix-ups.
  'card.forgery.open-relay': 'The sender’s exact address, through an open relay',
  'edit.forgery.open-relay': 'The forger sends the sender’s exact address through an open relay',
  'card.arc-trust': 'Trust the ARC seal of the forwarder {target}',
  'edit.arc-trust.true': 'The receiving MX trusts the ARC seal of {domain}',
  'edit.arc-trust.false': 'The receiving MX does not trust the ARC seal of {domain}',
  'node.spoofer.open-relay': 'A forger behind an open relay',
  'step.spoof.compose.open-relay':
    'A server that has nothing to do with {senderDomain}, {spoofer}, writes a message with a forged sender: From: {from}, with a copied DKIM-Signature it cannot make verify. It will not send it itself: it hands it to {relay}, an open relay.',
  'step.spoof.relay.open-relay':
    '{spoofer} hands the message to {relay}, a misconfigured server that relays for anyone (an open relay). {relay} connects to {mx} from its own address {ip}, claiming MAIL FROM:<{from}>, and {mx} accepts the RCPT (250). The forger’s address is hidden, but {ip} is not in {senderDomain}’s SPF either.',
  'step.reply.spoof.open-relay':
    '{mx} refuses the message after the final dot: {reply}. The refusal goes back to {relay}, the open relay that connected, not to {spoofer}; the MX writes no bounce itself. But {relay} had accepted the message (250), so as a real mail server it must now report the failure to MAIL FROM:<{from}>: {sender} gets backscatter, a bounce for mail she never sent.',
  'summary.spoof-rejected.open-relay':
    "A forged message claiming to be from {sender} was refused by {recipient}'s mail server: neither SPF nor DKIM passed for the From: domain, and its DMARC policy says reject. {sender} sent nothing, yet the open relay that passed it on bounces the refusal to her address: backscatter.",
  'step.check.dmarc.arc':
    "{mx} reads {senderDomain}'s DMARC policy: {record}. Neither SPF nor DKIM passed aligned, so DMARC fails. But the copy carries an ARC chain sealed by {sealer}, which {mx} trusts: it validates (arc=pass) and says DMARC passed at the forwarder. As a local policy override {mx} accepts it (250) and notes dmarc=fail (p=reject dis=none).",
  'myth.11':
    '“An open relay makes a forgery pass” is wrong: it only hides the forger’s address. The MX checks the relay’s address, which is not in the domain’s SPF either, and nobody can sign for the domain. Open relays also end up on blocklists.',
  'myth.12':
    '“ARC makes DMARC pass” is wrong: DMARC still fails here. ARC is sealed evidence of what a forwarder saw, which a receiver may choose to trust, and then override its policy.',
  'beginner.step.spoof.compose.open-relay':
    "A stranger's server fakes a message from {sender}. To hide its tracks, it sends it through someone else's badly run server.",
  'beginner.step.spoof.relay.open-relay':
    'A badly run server passes on anyone’s mail. The receiving server sees that server, not the stranger, but it may not send for {sender} either.',
  'beginner.step.reply.spoof.open-relay':
    'The receiving server refuses the fake. The badly run server then sends {sender} a failure notice for a message she never wrote.',
  'beginner.summary.spoof-rejected.open-relay':
    "A fake message pretending to come from {sender} was refused by {recipient}'s receiving server. The badly run server that passed it on still sends {sender} a failure notice.",
  'beginner.step.check.dmarc.arc':
    'Sender check 3 fails. But the forwarder sealed in the header that the message passed its checks. Trusting that forwarder, this server accepts it.',
  'beginner.myth.11':
    'Sending through someone else’s server hides the forger, but that server is not allowed to send for the domain either, so the checks still fail.',
  'beginner.myth.12':
    'The forwarder’s seal does not make the sender check pass. It is a promise from the forwarder, which the receiving server may choose to believe.',
  'graph.copy': 'copy',
  'graph.plain': 'readable',
  'graph.says.copy': '{node} keeps a readable copy of the message.',
  'graph.says.plain': '{from} to {to}: sent without encryption.',
  'graph.says.notAligned': '{check} passes, not aligned with From:',
  'graph.says.result': '{check}: {result}',
  // The receiving MX's own resolver, drawn inside its provider's box from its first check on.
  'graph.ownResolver.title': 'DNS resolver',
  'graph.ownResolver': '{domain}’s resolver, {host}',
  'graph.says.ownResolver':
    '{node} asks {domain}’s own resolver, {host}, for the records it checks; each answer comes from the zone that holds the name.',
  'beginner.label.starttls': 'Someone removes the encryption offer',
  'beginner.label.report-dmarc': 'A report for the domain owner',
  'beginner.label.report-tls': 'A report about the failed encryption',
  'beginner.step.spoof.compose.display-name':
    'A stranger writes a message showing the name {sender}, but from its own address. The name is just text anyone can type.',
  'beginner.step.spoof.compose.lookalike':
    'A stranger writes from a domain that looks like {sender}’s: a digit 1 for the letter l. It is another domain, the stranger’s own.',
  'beginner.step.spoof.compose.homograph':
    'A stranger writes from a domain that looks exactly like {sender}’s, with one foreign letter. Careful apps show its real, odd-looking name.',
  'beginner.step.check.spf.softfail':
    'Sender check 1: the sending computer is not on the list, but the list says only “probably not”. Most servers accept and mark it.',
  'beginner.step.check.spf.neutral':
    'Sender check 1: the sending computer is not on the list, and the list says nothing either way. No verdict.',
  'beginner.step.check.spf.none':
    'Sender check 1: this domain publishes no list of allowed sending computers, so there is nothing to check.',
  'beginner.step.check.spf.permerror':
    'Sender check 1: the list of sending computers is too long to follow: a mistake in the record itself. The check cannot answer.',
  'beginner.step.check.spf.forger':
    'Sender check 1: the stranger’s computer is on its own domain’s list. Passed, but this only checks the hidden envelope sender.',
  'beginner.step.check.dkim.none':
    'Sender check 2: the message has no digital signature at all. Nothing to check, so this gives no pass.',
  'beginner.step.check.dkim.broken':
    'Sender check 2: a server on the way changed the message, so the signature no longer matches: failed.',
  'beginner.step.check.dkim.forger':
    'Sender check 2: the stranger signed with its own domain’s key, and that key works: passed. It proves who signed, nothing more.',
  'beginner.step.check.dmarc.forger':
    'Sender check 3: both checks passed for the stranger’s own domain, so the message is accepted. {sender}’s real domain is never asked.',
  'beginner.step.check.dmarc.pct':
    'Sender check 3: both checks failed, but the rule covers only part of such mail, and this message falls outside it: a milder treatment.',
  'beginner.step.starttls.stripped':
    'An attacker on the way deletes the receiving server’s offer to encrypt. The sending server goes on without encryption.',
  'beginner.step.starttls.stripped.testing':
    'An attacker deletes the offer to encrypt. The receiving domain asked only to be told, so the sender goes on unencrypted and reports it.',
  'beginner.step.starttls.stripped.mta-sts':
    'An attacker deletes the offer to encrypt. But the receiving domain publishes a rule: encrypted or not at all. The sender stops and waits.',
  'beginner.step.starttls.stripped.dane':
    'An attacker deletes the offer to encrypt. But signed DNS records say this server must use encryption. The sender stops and waits.',
  'beginner.step.relay.plain':
    'The message travels to the receiving server unencrypted. The attacker on the way reads it and keeps a copy.',
  'beginner.step.queue.tls':
    'The message waits in the queue rather than travel unencrypted. Every new try meets the same attacker, so it keeps waiting.',
  'beginner.step.report.dmarc':
    'Later, the receiving provider sends {sender}’s provider a report: which servers sent mail in its name, and what happened to it.',
  'beginner.step.report.tls':
    'In its daily report, the sending server tells the receiving domain that encryption failed, so its owner learns about the attack.',
  'beginner.step.report.tls.testing':
    'The sending server reports the failed encryption. The domain owner learns of the attack, but this message was already readable.',
  'beginner.myth.8':
    'Encryption between mail servers is only offered, not promised: an attacker can delete the offer unless the domain insists on it.',
  'beginner.myth.9':
    'The first check does not look at the From: line you see. It checks the hidden envelope sender and the sending computer.',
  'beginner.myth.10':
    'The domain’s rule protects the domain and its subdomains, not names that merely look like it. A look-alike name is a different domain, and its checks can all pass.',
} as const;
