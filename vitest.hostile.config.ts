import { defineConfig } from 'vitest/config';
import unit from './vitest.config';
import { HOSTILE_ELSEWHERE } from './tests/hostile/cases';

// `npm run test:hostile`: the hostile suite of issue 12 (tests/hostile/cases.ts), in the unit
// tier's setup with only these files (mergeConfig would add the unit tier's list to them).
export default defineConfig({
  ...unit,
  test: { ...unit.test, include: ['tests/hostile/**/*.test.ts', ...HOSTILE_ELSEWHERE] },
});
