// What sisimai, the reference bounce parser, says about the messages of its own test set that the
// shared corpus holds (../shared/corpus/headers/sisimai-*): for each file, each failed recipient's
// status code (D.S.N) and reason, in order, as the reference parser's test tables state them
// (sisimai's Perl test suite, newest tables available). A status of `5.*` stands for one of
// sisimai's private codes (5.0.9xx, 5.9.xxx: "no standard code given"), so only its class compares.
// Facts about the reference parser's output, for agreement figures; none of its code.

type Row = readonly [status: string, reason: string];

export const SISIMAI_EXPECTED: Readonly<Record<string, readonly Row[]>> = {
  // Postfix
  'lhost-postfix-01': [['5.1.1', 'mailererror']],
  'lhost-postfix-04': [['5.1.1', 'userunknown']],
  'lhost-postfix-07': [['5.*', 'filtered']],
  'lhost-postfix-11': [
    ['5.1.8', 'rejected'],
    ['5.1.8', 'rejected'],
  ],
  'lhost-postfix-15': [['4.4.1', 'expired']],
  'lhost-postfix-29': [['5.7.1', 'notcompliantrfc']],
  'lhost-postfix-32': [['5.1.1', 'userunknown']],
  'lhost-postfix-36': [['5.0.0', 'userunknown']],
  'lhost-postfix-39': [['5.6.0', 'spamdetected']],
  'lhost-postfix-43': [['4.3.0', 'mailererror']],
  'lhost-postfix-46': [['5.0.0', 'userunknown']],
  'lhost-postfix-49': [['4.0.0', 'blocked']],
  'lhost-postfix-53': [['5.0.0', 'syntaxerror']],
  'lhost-postfix-56': [['4.4.2', 'networkerror']],
  'lhost-postfix-60': [['4.0.0', 'requireptr']],
  'lhost-postfix-63': [['5.2.2', 'mailboxfull']],
  'lhost-postfix-67': [['5.7.9', 'policyviolation']],
  'lhost-postfix-70': [['5.7.26', 'authfailure']],
  'lhost-postfix-74': [['4.7.0', 'rejected']],
  'lhost-postfix-77': [['5.0.0', 'norelaying']],
  // Sendmail
  'lhost-sendmail-01': [['5.1.1', 'userunknown']],
  'lhost-sendmail-07': [['5.7.1', 'norelaying']],
  'lhost-sendmail-11': [['4.4.7', 'networkerror']],
  'lhost-sendmail-18': [['5.3.0', 'mailererror']],
  'lhost-sendmail-21': [['4.4.7', 'blocked']],
  'lhost-sendmail-26': [['5.1.1', 'userunknown']],
  'lhost-sendmail-29': [['4.5.0', 'expired']],
  'lhost-sendmail-33': [['5.7.1', 'blocked']],
  'lhost-sendmail-36': [['5.7.1', 'blocked']],
  'lhost-sendmail-40': [['5.2.0', 'filtered']],
  'lhost-sendmail-43': [['5.7.1', 'notcompliantrfc']],
  'lhost-sendmail-47': [['5.1.1', 'userunknown']],
  'lhost-sendmail-50': [['5.2.0', 'filtered']],
  'lhost-sendmail-57': [['5.7.27', 'notaccept']],
  // qmail
  'lhost-qmail-01': [['5.5.0', 'userunknown']],
  'lhost-qmail-04': [['5.0.0', 'blocked']],
  'lhost-qmail-08': [['5.*', 'mailboxfull']],
  'lhost-qmail-11': [['5.4.4', 'notaccept']],
  'lhost-qmail-15': [['5.7.509', 'authfailure']],
  'lhost-qmail-18': [['5.1.1', 'userunknown']],
  'lhost-qmail-22': [['5.7.509', 'authfailure']],
  // DragonFly
  'lhost-dragonfly-01': [['5.7.26', 'authfailure']],
  'lhost-dragonfly-04': [['5.*', 'hostunknown']],
  'lhost-dragonfly-07': [['5.6.0', 'contenterror']],
  'lhost-dragonfly-11': [['5.1.2', 'hostunknown']],
  'lhost-dragonfly-14': [['5.3.4', 'emailtoolarge']],
  'lhost-dragonfly-17': [['5.0.0', 'onhold']],
  'lhost-dragonfly-21': [['5.7.13', 'suspend']],
  'lhost-dragonfly-24': [['5.1.1', 'userunknown']],
  'lhost-dragonfly-27': [['5.7.13', 'suspend']],
  // RFC 3464
  'rfc3464-06': [['5.5.0', 'userunknown']],
  'rfc3464-10': [['5.1.6', 'hasmoved']],
  'rfc3464-42': [['5.0.0', 'filtered']],
  'rfc3464-52': [['4.0.0', 'notaccept']],
  'rfc3464-56': [['4.4.1', 'expired']],
  'rfc3464-59': [['4.0.0', 'notaccept']],
  'rfc3464-63': [['5.1.1', 'userunknown']],
  // Exim
  'lhost-exim-01': [['5.7.0', 'blocked']],
  'lhost-exim-07': [['4.*', 'mailboxfull']],
  'lhost-exim-31': [['5.*', 'hostunknown']],
  'lhost-exim-48': [['5.7.1', 'requireptr']],
  'lhost-exim-55': [['5.7.0', 'spamdetected']],
  'lhost-exim-58': [['5.*', 'emailtoolarge']],
  // Amazon SES
  'lhost-amazonses-01': [['5.7.1', 'securityerror']],
  'lhost-amazonses-05': [['5.1.1', 'userunknown']],
  'lhost-amazonses-08': [['5.7.9', 'securityerror']],
  'lhost-amazonses-12': [['2.6.0', 'delivered']],
  'lhost-amazonses-15': [['5.7.1', 'blocked']],
  'lhost-amazonses-18': [['5.4.4', 'hostunknown']],
  // Office 365
  'lhost-office365-01': [['5.1.10', 'userunknown']],
  'lhost-office365-04': [['5.1.351', 'filtered']],
  'lhost-office365-07': [['5.1.351', 'userunknown']],
  'lhost-office365-10': [['5.1.351', 'userunknown']],
  // Gmail
  'lhost-gmail-01': [['5.1.1', 'userunknown']],
  'lhost-gmail-05': [['5.7.1', 'securityerror']],
  'lhost-gmail-09': [['4.*', 'expired']],
  'lhost-gmail-16': [['5.2.2', 'mailboxfull']],
  // Yahoo
  'lhost-yahoo-01': [['5.1.1', 'userunknown']],
  'lhost-yahoo-04': [['5.2.2', 'mailboxfull']],
  'lhost-yahoo-08': [['5.2.2', 'mailboxfull']],
  'lhost-yahoo-11': [['5.1.8', 'rejected']],
  // OpenSMTPD
  'lhost-opensmtpd-01': [['5.1.1', 'userunknown']],
  'lhost-opensmtpd-04': [['5.*', 'networkerror']],
  'lhost-opensmtpd-11': [['5.7.26', 'authfailure']],
  'lhost-opensmtpd-14': [['5.7.25', 'requireptr']],
  // Google Groups
  'lhost-googlegroups-01': [['5.*', 'rejected']],
  'lhost-googlegroups-04': [['5.*', 'rejected']],
  'lhost-googlegroups-08': [['5.*', 'rejected']],
  'lhost-googlegroups-11': [['5.*', 'rejected']],
};

/** The table's key for a corpus file: the CRLF (`dos-`) and CR (`mac-`) copies share their original's row. */
export const sisimaiKey = (file: string) => file.replace(/^sisimai-(dos-|mac-)?/, '').replace(/\.eml$/, '');
