// The configuration parser: defaults, polite fallbacks, and hostile values that stay inert text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, configFromUrl, DEFAULT_CONFIG, parseConfig, toQueryString } from '../../src/embed/config';

describe('configuration from the URL', () => {
  it('uses the defaults for an empty query', () => {
    expect(configFromUrl('')).toEqual({ config: DEFAULT_CONFIG, notices: [] });
  });

  it('reads every known key', () => {
    const { config, notices } = configFromUrl(
      '?mode=cross-domain&from=carol@example.com&to=dave@example.org&subject=Hi&body=Hello&retrieval=pop3&speed=2.5&autoplay=1&step=3&lang=de&theme=dark&controls=minimal',
    );
    expect(notices).toEqual([]);
    expect(config).toMatchObject({
      message: { from: 'carol@example.com', to: 'dave@example.org', subject: 'Hi', body: 'Hello' },
      retrieval: 'pop3',
      speed: 2.5,
      autoplay: true,
      step: 3,
      lang: 'de',
      theme: 'dark',
      controls: 'minimal',
    });
  });

  it.each([
    ['trace=1', { tool: 'trace', sample: null }],
    ['trace=greylisted', { tool: 'trace', sample: 'greylisted' }],
    ['trace=0', { tool: 'journey', sample: null }],
  ])('%s chooses the tool and sample', (query, expected) => {
    const { config, notices } = configFromUrl(`?${query}`);
    expect(config).toMatchObject(expected);
    expect(notices).toEqual([]);
  });

  it('an unknown sample keeps the journey, with a notice', () => {
    const { config, notices } = configFromUrl('?trace=../../etc/passwd');
    expect(config).toMatchObject({ tool: 'journey', sample: null });
    expect(notices.map((n) => n.key)).toEqual(['trace']);
  });

  it('mode=same-domain rewrites the default recipient', () => {
    expect(configFromUrl('?mode=same-domain').config).toMatchObject({
      mode: 'same-domain',
      message: { to: 'carol@example.com' },
    });
  });

  it('an explicit recipient decides the mode, with a notice when they disagree', () => {
    const { config, notices } = configFromUrl('?mode=same-domain&to=bob@example.org');
    expect(config.mode).toBe('cross-domain');
    expect(notices.map((n) => n.key)).toEqual(['mode']);
  });

  it.each([
    ['speed=fast', 'speed', 1],
    ['speed=100', 'speed', 1],
    ['speed=', 'speed', 1],
    ['mode=sideways', 'mode', 'cross-domain'],
    ['retrieval=carrier-pigeon', 'retrieval', 'imap'],
    ['step=-2', 'step', null],
    ['autoplay=yes please', 'autoplay', false],
  ])('%s falls back to the default with a notice', (query, key, value) => {
    const { config, notices } = configFromUrl(`?${query}`);
    expect((config as unknown as Record<string, unknown>)[key]).toEqual(value);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.key).toBe(key);
  });

  it('keeps hostile values as plain, shortened text and never uses them', () => {
    const hostile = '<script>alert(1)</script>';
    const { config, notices } = configFromUrl(
      `?to=${encodeURIComponent(hostile)}&from=${encodeURIComponent('javascript:alert(1)')}&subject=${'x'.repeat(5000)}`,
    );
    expect(config.message).toMatchObject({
      to: 'bob@example.org',
      from: 'alice@example.com',
      subject: 'Lunch on Friday?',
    });
    expect(notices.map((n) => n.key).sort()).toEqual(['from', 'subject', 'to']);
    for (const n of notices) expect(n.value.length).toBeLessThanOrEqual(60);
  });

  it('ignores unknown keys', () => {
    expect(configFromUrl('?colour=red&__proto__=x').notices).toEqual([]);
  });

  it('never throws, whatever the values (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.string({ maxLength: 400 })), (values) => {
        const { config } = parseConfig((key) => values[key] ?? null);
        expect(config.speed).toBeGreaterThanOrEqual(0.25);
        expect(config.speed).toBeLessThanOrEqual(20);
      }),
    );
  });
});

describe('issue 15 keys: several recipients, client, submission, keep', () => {
  it('reads to, cc and bcc as comma-separated lists and the three choices', () => {
    const { config, notices } = configFromUrl(
      '?to=bob@example.org,%20dave@example.org&cc=carol@example.com&bcc=erin@example.net&client=webmail&submission=465&keep=1',
    );
    expect(notices).toEqual([]);
    expect(config.message).toMatchObject({
      to: 'bob@example.org, dave@example.org',
      cc: 'carol@example.com',
      bcc: 'erin@example.net',
    });
    expect(config.setup).toEqual({ client: 'webmail', submission: 465, keep: true });
  });

  it.each([
    ['cc=not-an-address', 'cc'],
    ['bcc=a@example.org,b@', 'bcc'],
    [
      'to=a@example.org,b@example.org,c@example.org,d@example.org,e@example.org,f@example.org,g@example.org,h@example.org,i@example.org',
      'to',
    ],
    ['client=outlook', 'client'],
    ['submission=25', 'submission'],
    ['keep=maybe', 'keep'],
  ])('%s falls back to the default with a notice', (query, key) => {
    const { config, notices } = configFromUrl(`?${query}`);
    expect(notices.map((n) => n.key)).toEqual([key]);
    expect(config.setup).toEqual(DEFAULT_CONFIG.setup);
    expect(config.message.cc).toBe('');
  });

  it('a share link carries the recipients and the choices, and reads back the same', () => {
    const message = {
      ...DEFAULT_CONFIG.message,
      to: 'bob@example.org, dave@example.org',
      cc: 'carol@example.com',
      bcc: 'erin@example.net',
    };
    const setup = { client: 'webmail' as const, submission: 465 as const, keep: true };
    const query = toQueryString({ message, retrieval: 'pop3', setup, preset: null, speed: 1, cursor: -1 });
    const { config, notices } = configFromUrl(`?${query}`);
    expect(notices).toEqual([]);
    expect(config.message).toEqual(message);
    expect(config.setup).toEqual(setup);
  });
});

describe('the answers key: a resumed lesson’s earlier answers', () => {
  it('reads step, choice and right or wrong for each answer', () => {
    const { config, notices } = configFromUrl('?answers=5.1.1*9.0.0');
    expect(notices).toEqual([]);
    expect(config.answers).toEqual({ 5: { choice: 1, correct: true }, 9: { choice: 0, correct: false } });
  });

  it('is left out when not given, and empty means none', () => {
    expect(configFromUrl('').config.answers).toBeUndefined();
    expect(configFromUrl('?answers=').config.answers).toEqual({});
  });

  it.each([
    ['5.1', 'a part without its verdict'],
    ['5.1.2', 'a verdict other than 0 or 1'],
    ['5.1.1*5.0.0', 'one step twice'],
    ['-1.0.1', 'a negative step'],
    ['5.1.1,9.0.0', 'another separator'],
    ['1000.0.1', 'a step past the bound'],
    ['<b>x</b>', 'markup'],
    [Array.from({ length: 21 }, (_, i) => `${i}.0.1`).join('*'), 'more than 20 answers'],
  ])('%s (%s) applies nothing and says so', (value) => {
    const { config, notices } = parseConfig((key) => (key === 'answers' ? value : null));
    expect(config.answers).toBeUndefined();
    expect(notices).toEqual([
      { key: 'answers', value: expect.any(String), fallback: 'none', hint: 'notice.hint.answers' },
    ]);
  });

  it('takes 20 answers, the bound', () => {
    const value = Array.from({ length: 20 }, (_, i) => `${i}.0.1`).join('*');
    const { config, notices } = parseConfig((key) => (key === 'answers' ? value : null));
    expect(notices).toEqual([]);
    expect(Object.keys(config.answers ?? {})).toHaveLength(20);
  });
});
