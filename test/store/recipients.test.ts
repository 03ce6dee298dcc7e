// The compose slice with issue 15's choices: several recipients, client, submission port, POP3 keep.
import { describe, expect, it } from 'vitest';
import { toQueryString, configFromUrl } from '../../src/embed/config';
import { journeyStore, playToEnd } from '../helpers/journey';

describe('the compose slice and issue 15', () => {
  it('Cc and Bcc re-plan: one plan, one result per recipient', () => {
    const store = journeyStore();
    store.getState().actions.setField('cc', 'carol@example.com');
    store.getState().actions.setField('bcc', 'erin@example.net');
    const { plan, errors } = store.getState();
    expect(errors).toEqual({});
    expect(plan?.recipients.map((r) => `${r.field}:${r.address}:${r.outcome}`)).toEqual([
      'to:bob@example.org:delivered',
      'cc:carol@example.com:delivered',
      'bcc:erin@example.net:delivered',
    ]);
    expect(plan?.branches).toEqual(['example.org', 'example.net']);
  });

  it('a bad Cc address is a field error naming it, and there is no plan to send', () => {
    const store = journeyStore();
    store.getState().actions.setField('cc', 'carol@example.com, carol example.com');
    expect(store.getState().errors.cc).toEqual({
      key: 'error.recipient.spaces',
      params: { address: 'carol example.com' },
    });
    expect(store.getState().plan).toBeNull();
  });

  it('setSetup switches to webmail and port 465, and the journey plays to its end', () => {
    const store = journeyStore();
    store.getState().actions.setSetup({ client: 'webmail' });
    expect(store.getState().setup).toEqual({ client: 'webmail', submission: 587, keep: false });
    expect(store.getState().plan?.steps[1]).toMatchObject({ id: 'webmail', to: 'sender-webmail' });
    store.getState().actions.setSetup({ client: 'app', submission: 465 });
    expect(store.getState().plan?.steps.find((s) => s.id === 'submit')?.port).toBe(465);
    store.getState().actions.send();
    playToEnd(store);
    expect(store.getState().status).toBe('finished');
  });

  it('the share link of the store carries recipients and choices, and reads back the same', () => {
    const store = journeyStore();
    store.getState().actions.setField('to', 'bob@example.org, dave@example.org');
    store.getState().actions.setField('bcc', 'erin@example.net');
    store.getState().actions.setRetrieval('pop3');
    store.getState().actions.setSetup({ keep: true, client: 'webmail' });
    const { config } = configFromUrl(`?${toQueryString(store.getState())}`);
    expect(config.message).toEqual(store.getState().message);
    expect(config.setup).toEqual(store.getState().setup);
  });

  it('configure takes a setup and keeps the plan when nothing changed', () => {
    const store = journeyStore({ setup: { client: 'webmail', submission: 587, keep: false } });
    const plan = store.getState().plan;
    const s = store.getState();
    store
      .getState()
      .actions.configure({ message: s.message, retrieval: s.retrieval, preset: null, speed: 1, setup: s.setup });
    expect(store.getState().plan).toBe(plan);
  });
});
