import { expect, test } from 'vitest';
import { announceArchiveChange, onArchiveChange } from './archiveChanges';

test('a burst of changes announced by the archive page reaches the background as one', async () => {
  let calls = 0;
  const stop = onArchiveChange(() => (calls += 1), 50);
  for (let i = 0; i < 5; i += 1) announceArchiveChange();
  await expect.poll(() => calls, { timeout: 5000 }).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 200));
  stop();
  expect(calls).toBe(1);
});
