import { expect, test } from 'vitest';
import { readerError } from '../../../entrypoints/options/readerError';

test("Chrome's raw 'message channel closed' becomes a sentence saying what happened and what to do", () => {
  const raw = new Error(
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  );
  expect(readerError(raw)).toMatch(/background stopped before it answered.*Try again/);
  expect(readerError(new Error('Could not establish connection. Receiving end does not exist.'))).toMatch(/background stopped/);
  expect(readerError(new Error('The archive could not be opened.'))).toBe('The archive could not be opened.');
});
