// Shared vocabulary of the model: node ids, outcomes, translatable text and the plan's steps.

/** Graph node ids: the public contract of DESIGN.md (`data-node` values). */
export type NodeId =
  | 'sender-client'
  | 'sender-msa'
  | 'sender-mta'
  | 'dns'
  | `relay-${number}`
  | 'recipient-mx'
  | 'recipient-store'
  | 'recipient-imap'
  | 'recipient-pop3'
  | 'recipient-client';

import type { Envelope } from './annotate';
import type { Checkpoint } from './checkpoints';
import type { MailboxState } from './mailbox';
import type { HeaderField } from './message';
import type { TranscriptLine } from './protocol/types';

export type Mode = 'cross-domain' | 'same-domain';
export type Retrieval = 'imap' | 'pop3';
export type Outcome = 'delivered' | 'bounced' | 'rejected' | 'deferred' | 'quarantined';

/**
 * Text the model wants shown, as a message-catalogue key plus parameters, so the model
 * never holds English sentences and a new language is one catalogue file.
 */
export interface Text {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

/** Which side of the picture a node belongs to; the view groups nodes into zones by it. */
export type Zone = 'sender-device' | 'sender-provider' | 'internet' | 'recipient-provider' | 'recipient-device';

export interface GraphNode {
  id: NodeId;
  zone: Zone;
  /** What the node is, in plain words (catalogue key). */
  title: Text;
  /** The host name or device it stands for, e.g. smtp.example.com. */
  host: string;
  kind: 'client' | 'server' | 'dns' | 'store' | 'filter';
}

/**
 * One hop or action of the journey: what moves from where to where, over which protocol,
 * and what a learner is told about it.
 */
export interface Step {
  index: number;
  /** Stable id of the kind of step, e.g. `submit`, `dns-mx`, `relay`. */
  id: string;
  from: NodeId;
  to: NodeId;
  /** `local`: work inside one node; `hop`: the message moves; `lookup`: a question and its answer. */
  kind: 'local' | 'hop' | 'lookup';
  protocol: string;
  port: number | null;
  /** Encryption on the hop, e.g. `STARTTLS`, `TLS`; null when none or not applicable. */
  security: string | null;
  caption: Text;
  /** What this would take on the real Internet, in milliseconds. */
  simulatedMs: number;
  /** Simulated Internet time (epoch seconds) when the step starts and ends. */
  startsAt: number;
  endsAt: number;
  /** The protocol dialogue of this step, line by line. */
  transcript: readonly TranscriptLine[];
  /** The message header as it stands after this step (newest field first). */
  headers: readonly HeaderField[];
  /** SMTP's envelope (MAIL FROM / RCPT TO) once there is one. */
  envelope: Envelope | null;
  mailbox: MailboxState;
  /** A common mix-up this step puts right, or null. */
  myth: Text | null;
  /** A prediction question to ask before this step plays (checkpoints=1), or null. */
  checkpoint: Checkpoint | null;
}

export interface GraphEdge {
  /** `FROM->TO`, the `data-edge` value of DESIGN.md. */
  id: string;
  from: NodeId;
  to: NodeId;
}

export interface Plan {
  steps: readonly Step[];
  /** Whether steps carry protocol detail (transcript, header, envelope, mailbox); see detail.ts. */
  detailed: boolean;
  outcome: Outcome;
  /** Why the journey ended as it did (catalogue key), shown when it finishes. */
  summary: Text;
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  zoneLabels: Readonly<Partial<Record<Zone, Text>>>;
}
