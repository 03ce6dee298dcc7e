// The Beginner layer in English: each step's caption, timeline label and mix-up note in plain words.
// Keys are `beginner.` + the Expert key (see atDepth in index.ts); roles, not host names; no ports,
// reply codes or acronyms unless the sentence explains them. Loaded with the journey's words.
export const enBeginner = {
  'beginner.step.compose':
    '{sender} writes to {recipient} and presses Send. The mail app packs the text into a message with a label on top: sender, recipient, subject.',
  'beginner.step.submit':
    "{sender}'s app logs in to the sending server of {sender}'s provider and hands over the message. The server replies: got it, my job now.",
  'beginner.step.submit.refused':
    "{sender}'s app tries to hand the message to the provider's sending server, but the server says no.",
  'beginner.step.refuse':
    "{sender}'s app shows the server's error. Nothing was sent, so nobody else ever sees this message and no bounce is written.",
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
    "The outgoing server connects to the receiving server of {recipient}'s provider. Servers never log in to each other. The receiver says: yes, I know {recipient}.",
  'beginner.step.relay.retry-accepted':
    'The outgoing server tries the receiving server again (try number {attempt}). This time it says yes and takes mail for {recipient}.',
  'beginner.step.relay.rejected':
    "The outgoing server connects to {recipient}'s receiving server, which refuses for good: it will not take mail for this address.",
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
  'beginner.step.check.dkim.fail':
    "Sender check 2: the receiver looks for the provider's published key to check the message's signature, but finds none: failed.",
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
    "The sender checks failed and the sender's provider asked for it, so the filter sends the message to the Junk folder.",
  'beginner.step.store':
    "The message is saved in {recipient}'s mailbox at the provider. It waits there: nothing is sent to {recipient}'s phone yet.",
  'beginner.step.store.junk': "The message is saved in the Junk folder of {recipient}'s mailbox at the provider.",
  'beginner.step.store.local':
    '{recipient} has the same provider as {sender}, so there is no trip across the Internet: the server saves the message straight into the mailbox.',
  'beginner.step.login.imap':
    "{recipient} opens the mail app. It logs in to the provider's reading server, which opens {recipient}'s mailbox.",
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
    "The message waits in the outgoing server's waiting line. After {minutes} minutes (shortened here) the server tries again.",
  'beginner.step.queue.stuck':
    'The message stays in the waiting line. The server keeps trying for up to {days} days before it gives up and tells {sender}.',
  'beginner.step.bounce':
    "The outgoing server cannot deliver the message, so it writes a new one, a bounce, saying why, and puts it in {sender}'s mailbox.",
  'beginner.step.bounce-fetch': "{sender}'s app asks {sender}'s own mailbox for new mail.",
  'beginner.step.bounce-read':
    '{sender} reads the bounce: an automatic message from the mail system saying why the message could not be delivered.',

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
  'beginner.label.bounce-read': 'Read the bounce',

  // The common mix-ups, short.
  'beginner.myth.1':
    'These are roles, not boxes: the sending server wants a password; servers passing mail to each other never log in, they check the sender instead.',
  'beginner.myth.2': "The reading server only reads mail from the mailbox. It never sends or receives anyone's mail.",
  'beginner.myth.3':
    "With webmail in a browser, the browser talks to the provider's website; the provider's own servers then send the mail.",
  'beginner.myth.4':
    'Mail to someone at the same provider still goes into the mailbox first. The reading server only hands it out when the app asks.',
  'beginner.myth.5':
    "The address book gives the address of the recipient's mail server, not of the recipient's computer.",
  'beginner.myth.6':
    "Internet routers carry the message's pieces but never read or keep mail. Only the two providers' mail servers handle it.",
  'beginner.myth.7':
    'The receiving server checks the address on the envelope, not the To line you see. That is how hidden copies work.',
  // Issue 15: the new journeys (webmail, Sent copy, forwarding, mailing list, the spoof, implicit TLS).
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
  'beginner.step.refuse.webmail':
    "The web page shows {sender} the server's error. Nothing was sent, so nobody else sees this message and no bounce is written.",
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
    "The receiving server checks who may send for the sender's domain. The forwarding server is allowed for its own domain, not for {sender}'s.",
  'beginner.step.check.spf.list':
    "The receiving server checks who may send for the list's domain: the list's server is allowed, and the list now writes as itself.",
  'beginner.step.check.dkim.list':
    'The receiving server checks the signature: the list changed the subject and added a footer, so the signature no longer matches.',
} as const;
