// The December audit's F21: the MX hands the message to its content filter on the filter's own port
// (amavisd's 10024), never on the public SMTP port 25 (email-facts §8); the filter files it over LMTP.
import { expect, it } from 'vitest';
import { PICTURED_JOURNEYS, planOf } from '../journeys';

it.each(PICTURED_JOURNEYS)('%s: every filter hop is SMTP to port 10024, then LMTP', (name) => {
  for (const s of planOf(name).steps.filter((step) => step.id === 'filter' && step.from !== step.to)) {
    expect([s.protocol, s.port]).toEqual(['SMTP', 10024]);
  }
  for (const s of planOf(name).steps.filter((step) => step.id === 'store' && step.from.startsWith('relay-')))
    expect([s.protocol, s.port]).toEqual(['LMTP', null]);
});
