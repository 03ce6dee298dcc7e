// English prediction questions of issue 16 and the feedback for every choice of every question
// (`checkpoint.<id>.<i>.why`); they travel with the checkpoint card (see detail.ts).
export const enCheckpoints = {
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

  'checkpoint.no-mailbox.q': 'There is no mailbox for this address at {domain}. What does its receiving server do?',
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
  'checkpoint.no-login.2': 'Servers that pass mail on never log in; the receiver checks the sender in DNS instead',
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
    'Servers passing mail to each other never log in, so there is no login to fail. The checks use DNS instead.',
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
    'No password was sent here: servers passing mail on never log in. The 250 answers the message itself.',

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
} as const;
