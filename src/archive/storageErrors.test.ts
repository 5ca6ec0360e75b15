import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { describeStorageError, isQuotaError } from './storageErrors';

describe('describeStorageError', () => {
  test("says the browser's storage is full for Dexie's and the browser's quota errors", () => {
    const domError = new DOMException('quota', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', domError);
    for (const error of [domError, wrapped, new Dexie.QuotaExceededError('full')]) {
      expect(isQuotaError(error)).toBe(true);
      expect(describeStorageError(error)).toMatch(/^Your browser's storage is full: /);
    }
  });

  test('an import says what it lost, not "the article"', () => {
    const full = new DOMException('quota', 'QuotaExceededError');
    expect(describeStorageError(full, 'nothing from this file was imported')).toMatch(/storage is full: nothing from this file was imported\. Delete old articles/);
  });

  test('leaves other errors to the caller', () => {
    expect(describeStorageError(new Error('boom'))).toBeNull();
    expect(describeStorageError(new Dexie.ConstraintError('dup'))).toBeNull();
  });
});
