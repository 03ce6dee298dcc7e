// What a plan depends on, as one string: the store compares it with the default journey's, whose
// plan is worked out at build time (scripts/firstPictureData.ts). Pure, so the build can use it too.
import type { ComposedMessage, PresetName, Retrieval, SendSetup, WorldEdit } from '../model';

export interface PlanInputs {
  message: ComposedMessage;
  retrieval: Retrieval;
  preset: PresetName | null;
  edits: readonly WorldEdit[];
  setup: SendSetup;
}

/** JSON with object keys sorted: the same inputs give the same key whatever order built them. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export const inputsKey = (inputs: PlanInputs): string => stable(inputs);
