// The browser tests fail a page that logs an error; a component test file that takes over their
// facts keeps that check: no test of the file may log an error on its way (React's warnings among them).
import { afterEach, expect, vi } from 'vitest';

/** Call once at the top of a test file. */
export function failOnConsoleErrors(): void {
  const consoleErrors = vi.spyOn(console, 'error');
  afterEach(() => {
    const logged = [...consoleErrors.mock.calls];
    consoleErrors.mockClear();
    expect(logged).toEqual([]);
  });
}
