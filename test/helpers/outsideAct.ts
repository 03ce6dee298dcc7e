// For tests that mount as a page does, outside React's act(): they wait for states instead, and
// React is told not to expect act() for the file's tests (and back as it was after them).
import { afterAll, beforeAll } from 'vitest';

export function mountsOutsideAct(): void {
  const environment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  let before: boolean | undefined;
  beforeAll(() => {
    before = environment.IS_REACT_ACT_ENVIRONMENT;
    environment.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterAll(() => {
    environment.IS_REACT_ACT_ENVIRONMENT = before;
  });
}
