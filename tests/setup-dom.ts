import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadAllContent } from './support/loaded-content.ts';

beforeAll(preloadAllContent);

afterEach(() => {
  cleanup();
  localStorage.clear();
});
