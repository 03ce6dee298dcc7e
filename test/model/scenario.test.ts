// The scenario: validation messages, and the mode switch rewriting the recipient.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greetings } from '../../src/i18n';
import { DEFAULT_MESSAGE, messageForMode, validateMessage } from '../../src/model';
import { buildScenario } from '../../src/model/engine';
import { planJourney } from '../../src/model/engine';

describe('validateMessage', () => {
  it('accepts the default message', () => {
    expect(validateMessage(DEFAULT_MESSAGE)).toEqual({});
  });

  it('explains a pasted non-address in the To field', () => {
    expect(validateMessage({ ...DEFAULT_MESSAGE, to: 'see you at noon' }).to?.key).toBe('error.address.spaces');
  });

  it('refuses real-world domains the simulation cannot speak for', () => {
    expect(validateMessage({ ...DEFAULT_MESSAGE, to: 'someone@gmail.com' }).to).toEqual({
      key: 'error.to.outside',
      params: { domain: 'gmail.com' },
    });
  });

  it('needs the sender at a simulated provider', () => {
    expect(validateMessage({ ...DEFAULT_MESSAGE, from: 'alice@elsewhere.example' }).from?.key).toBe(
      'error.from.provider',
    );
  });
});

describe('messageForMode', () => {
  it('same-domain sends to someone at the sender’s own provider, and fixes the greeting', () => {
    const same = messageForMode(DEFAULT_MESSAGE, 'same-domain', greetings());
    expect(same.to).toBe('carol@example.com');
    expect(same.body).toBe('Hi Carol, lunch on Friday?');
    expect(buildScenario(same, 'imap', null)?.mode).toBe('same-domain');
  });

  it('cross-domain goes back to another provider', () => {
    const same = messageForMode(DEFAULT_MESSAGE, 'same-domain', greetings());
    const cross = messageForMode(same, 'cross-domain', greetings());
    expect(cross.to).toBe('bob@example.org');
    expect(cross.body).toBe(DEFAULT_MESSAGE.body);
  });

  it('leaves the body as it is without greetings, or when it opens with none of them', () => {
    expect(messageForMode(DEFAULT_MESSAGE, 'same-domain').body).toBe(DEFAULT_MESSAGE.body);
    const note = { ...DEFAULT_MESSAGE, body: 'Bob, lunch on Friday?' };
    expect(messageForMode(note, 'same-domain', greetings()).body).toBe(note.body);
  });

  it('never picks the sender as their own recipient', () => {
    expect(messageForMode({ ...DEFAULT_MESSAGE, from: 'carol@example.com' }, 'same-domain').to).toBe(
      'alice@example.com',
    );
  });

  it('always plans a finished journey for any valid local part (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,20}[a-z0-9])?$/),
        fc.constantFrom('example.org', 'example.com', 'example.net'),
        (local, domain) => {
          if (local.includes('..')) return;
          const scenario = buildScenario({ ...DEFAULT_MESSAGE, to: `${local}@${domain}` }, 'imap', null);
          expect(scenario).not.toBeNull();
          if (scenario) expect(planJourney(scenario).steps.length).toBeGreaterThan(2);
        },
      ),
    );
  });
});
