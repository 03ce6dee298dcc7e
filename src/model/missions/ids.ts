// The missions' ids (the `mission` and `missions` keys, `data-mission`): light, so the first screen's
// parser can check a link without the missions themselves, which come with the engine (missions.ts).
export const MISSION_IDS = [
  'forge',
  'stop-the-spoof',
  'lookalike',
  'eavesdrop',
  'stop-the-downgrade',
  'forwarding-breaks',
] as const;

export type MissionId = (typeof MISSION_IDS)[number];

export const isMissionId = (value: string): value is MissionId => (MISSION_IDS as readonly string[]).includes(value);
