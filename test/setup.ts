// Component-test setup: jest-dom matchers and a clean DOM after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadJourneyText } from '../src/i18n';

// The app fetches the step captions right after its first screen; tests start with them in place.
await loadJourneyText();

afterEach(() => cleanup());
