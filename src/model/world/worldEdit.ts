// What a world edit is, as plain serialisable data: one member of WorldEdit per kind. The kinds'
// records build on it: how each is written and drawn (editCodes.ts, the first screen's part) and
// what each does (editKinds.ts and forgeKinds.ts, the later tier's).
import type { SpfState } from './zoneEdits';
import type { Forgery, Signing } from './world';
import type { MxRecord } from '../words/vocabulary';

export type StsMode = 'none' | 'testing' | 'enforce';
/** `dnssec`: TLSA records in a signed zone (DANE works); `no-dnssec`: the same records, unsigned (ignored). */
export type DaneEdit = 'none' | 'dnssec' | 'no-dnssec';
export type AlignEdit = 'relaxed' | 'strict';

export type ForgeEdit =
  | { kind: 'dkim-signing'; domain: string; value: Signing }
  | { kind: 'dmarc-pct'; domain: string; value: number } // 0 to 100
  | { kind: 'dmarc-align'; domain: string; value: AlignEdit }
  | { kind: 'dmarc-rua'; domain: string; value: boolean }
  | { kind: 'mta-sts'; domain: string; value: StsMode }
  | { kind: 'dane'; domain: string; value: DaneEdit }
  | { kind: 'tls-rpt'; domain: string; value: boolean }
  | { kind: 'mitm'; value: boolean }
  | { kind: 'forgery'; value: Forgery }
  | { kind: 'arc-trust'; domain: string; value: boolean }; // the recipient's MX trusts this forwarder's ARC seal

export type Reach = 'up' | 'timeout' | 'refused';
export type MailboxEdit = 'ok' | 'temporary' | 'permanent' | 'absent';
export type DomainEdit = 'exists' | 'nxdomain' | 'null-mx';
/** `provider`: lists the sender provider's network, then `-all` (`softfail`: `~all`, `neutral`: `?all`);
 *  `other`: a network the mail does not come from; `permerror`: too many look-ups (zoneEdits.ts). */
export type SpfEdit = SpfState;
export type DmarcEdit = 'none' | 'quarantine' | 'reject' | 'absent';

/** One edit of the world, one member per kind (editCodes.ts, editKinds.ts). Host names, domains and addresses are lower case. */
export type WorldEdit =
  | { kind: 'reach'; host: string; value: Reach }
  | { kind: 'greylisting'; host: string; value: boolean }
  | { kind: 'size-limit'; host: string; value: number } // megabytes (MiB)
  | { kind: 'spam'; host: string; value: boolean }
  | { kind: 'mailbox'; address: string; value: MailboxEdit }
  | { kind: 'alias'; address: string; value: string | null } // forwards to `value`; null removes it
  | { kind: 'mx'; domain: string; value: readonly MxRecord[] }
  | { kind: 'domain'; domain: string; value: DomainEdit }
  | { kind: 'servfail'; domain: string; value: boolean } // the domain's DNS answers SERVFAIL (a temporary failure)
  | { kind: 'spf'; domain: string; value: SpfEdit }
  | { kind: 'dkim'; domain: string; value: boolean }
  | { kind: 'dmarc'; domain: string; value: DmarcEdit }
  | { kind: 'password'; value: boolean } // Alice's app sends the right password
  | { kind: 'attachment'; value: number } // megabytes (MiB) Alice attaches; 0 for none
  | { kind: 'spoof'; value: boolean } // a server outside the sender's SPF forges her From: (issue 15)
  | { kind: 'list'; address: string; value: boolean } // the address is a mailing list (issue 15)
  | ForgeEdit; // issue 24: forging and defending (forgeKinds.ts)

export type EditKindName = WorldEdit['kind'];
export type EditOf<K extends EditKindName> = Extract<WorldEdit, { kind: K }>;
