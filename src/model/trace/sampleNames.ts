// The names of the bundled sample messages: tiny, so configuration can check them on first load.
export const SAMPLE_NAMES = ['webmail', 'small-server', 'forwarded', 'greylisted'] as const;
export type SampleName = (typeof SAMPLE_NAMES)[number];
export const isSampleName = (name: string): name is SampleName => (SAMPLE_NAMES as readonly string[]).includes(name);
