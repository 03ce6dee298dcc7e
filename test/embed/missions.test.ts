// Issue 24's keys: `mission` opens a mission (kept with the link's own world when it carries one),
// `missions` names the ones offered; a bad value falls back with the polite notice; share links
// carry the open mission.
import { describe, expect, it } from 'vitest';
import { configFromUrl, toQueryString } from '../../src/embed/config';
import { initFromConfig } from '../../src/embed/init';
import { journeyStore } from '../helpers/journey';

describe('the mission keys', () => {
  it('read a mission, and keep the world of a link that carries one', () => {
    expect(configFromUrl('?mission=forge').config).toMatchObject({ mission: 'forge', missionKeepsWorld: false });
    expect(configFromUrl('?mission=forge&world=s_1').config).toMatchObject({
      mission: 'forge',
      missionKeepsWorld: true,
    });
    expect(configFromUrl('?mission=forge&scenario=dmarc-reject').config.missionKeepsWorld).toBe(true);
    expect(configFromUrl('?missions=stop-the-spoof,forge').config.missions).toEqual(['stop-the-spoof', 'forge']);
    expect(configFromUrl('').config).toMatchObject({ mission: null, missions: [] });
  });

  it.each([
    ['?mission=steal-the-mail', 'mission'],
    ['?mission=<b>x</b>', 'mission'],
    ['?missions=forge,forge', 'missions'],
    ['?missions=forge,nope', 'missions'],
    ['?missions=forge&mission=lookalike', 'mission'],
  ])('%s falls back politely', (query, key) => {
    const { config, notices } = configFromUrl(query);
    expect(notices).toEqual([expect.objectContaining({ key, hint: `notice.hint.${key}` })]);
    if (key === 'mission') expect(config.mission).toBeNull();
    else expect(config.missions).toEqual([]);
  });

  it('share links carry the open mission, so the link reopens it mid-way with its world', () => {
    const store = journeyStore({ mission: 'stop-the-spoof' });
    store.getState().actions.editWorld({ kind: 'dmarc', domain: 'example.com', value: 'reject' });
    const query = toQueryString(store.getState());
    expect(new URLSearchParams(query).get('mission')).toBe('stop-the-spoof');
    const { config } = configFromUrl(`?${query}`);
    const reopened = journeyStore(initFromConfig(config));
    expect(reopened.getState()).toMatchObject({ mission: 'stop-the-spoof', edits: store.getState().edits });
  });
});
