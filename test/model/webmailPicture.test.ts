// Webmail in the picture (RFC 6409 §5.3, email-facts §6 myth 3): Alice writes in a browser, which
// speaks HTTPS to the web front end only; no line runs from her device to the submission server.
import { describe, expect, it } from 'vitest';
import { planOf } from '../journeys';

describe('client=webmail', () => {
  const plan = planOf('webmail');
  const alice = plan.nodes.find((n) => n.id === 'sender-client');

  it('Alice’s node is a browser, named as one', () => {
    expect(alice).toMatchObject({ kind: 'browser', title: { key: 'node.sender-browser' } });
  });

  it('her browser’s only line goes to the webmail front end, which submits for it', () => {
    const ids = plan.edges.map((e) => e.id);
    expect(ids).not.toContain('sender-client->sender-msa');
    expect(ids).toContain('sender-client->sender-webmail');
    expect(ids).toContain('sender-webmail->sender-msa');
    expect(plan.edges.filter((e) => e.from === 'sender-client' || e.to === 'sender-client').map((e) => e.id)).toEqual([
      'sender-client->sender-webmail',
    ]);
  });

  it('a mail app stays a mail app with its line to the submission server', () => {
    const app = planOf('default');
    expect(app.nodes.find((n) => n.id === 'sender-client')).toMatchObject({ kind: 'client' });
    expect(app.edges.map((e) => e.id)).toContain('sender-client->sender-msa');
  });
});
