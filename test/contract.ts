// The routes DESIGN.md and the foundation issue promise, shared by model, component and browser tests.
export const CROSS_DOMAIN_NODES = [
  'sender-client',
  'sender-msa',
  'sender-mta',
  'dns',
  'recipient-mx',
  'relay-1',
  'recipient-store',
  'recipient-imap',
  'recipient-client',
] as const;

export const SAME_DOMAIN_NODES = [
  'sender-client',
  'sender-msa',
  'recipient-store',
  'recipient-imap',
  'recipient-client',
] as const;
