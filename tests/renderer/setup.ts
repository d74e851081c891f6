import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Whole-app renders in jsdom on a busy two-core machine: give `findBy…`/`waitFor` room to breathe.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => cleanup());
