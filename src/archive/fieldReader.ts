import { BundleError } from './bundleError';

type Plain = Record<string, unknown>;

/**
 * Reads fields out of untrusted JSON, throwing a BundleError that names where the bad value
 * is ("article 3, statements[2]: "polarity" must be one of affirm, deny").
 */
export class FieldReader {
  constructor(
    private readonly value: Plain,
    private readonly where: string,
  ) {}

  static of(value: unknown, where: string): FieldReader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new BundleError(`${where}: expected an object`);
    }
    return new FieldReader(value as Plain, where);
  }

  fail(field: string, expected: string): never {
    throw new BundleError(`${this.where}: "${field}" ${expected}`);
  }

  has(field: string): boolean {
    return this.value[field] !== undefined;
  }

  string(field: string): string {
    const value = this.value[field];
    if (typeof value !== 'string') this.fail(field, 'must be a string');
    return value;
  }

  nonEmptyString(field: string): string {
    const value = this.string(field);
    if (value.trim() === '') this.fail(field, 'must not be empty');
    return value;
  }

  nullableString(field: string): string | null {
    const value = this.value[field];
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string') this.fail(field, 'must be a string or null');
    return value;
  }

  number(field: string): number {
    const value = this.value[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(field, 'must be a number');
    return value;
  }

  nullableNumber(field: string): number | null {
    const value = this.value[field];
    if (value === null || value === undefined) return null;
    return this.number(field);
  }

  boolean(field: string): boolean {
    const value = this.value[field];
    if (typeof value !== 'boolean') this.fail(field, 'must be true or false');
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.value[field];
    if (!allowed.includes(value as T)) this.fail(field, `must be one of ${allowed.join(', ')}`);
    return value as T;
  }

  stringOrNumber(field: string): string | number {
    const value = this.value[field];
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
    return this.fail(field, 'must be a string or a number');
  }

  /** A list whose items each come from `allowed`. */
  listOf<T extends string>(field: string, allowed: readonly T[]): T[] {
    return this.array(field, (item, where) => {
      if (!allowed.includes(item as T)) {
        throw new BundleError(`${where}: must be one of ${allowed.join(', ')}`);
      }
      return item as T;
    });
  }

  isoDate(field: string): string {
    const value = this.string(field);
    if (Number.isNaN(Date.parse(value))) this.fail(field, 'must be an ISO 8601 date');
    return value;
  }

  strings(field: string): string[] {
    return this.array(field, (item, where) => {
      if (typeof item !== 'string') throw new BundleError(`${where}: must be a string`);
      return item;
    });
  }

  object(field: string): FieldReader {
    return FieldReader.of(this.value[field], `${this.where}, ${field}`);
  }

  array<T>(field: string, readItem: (item: unknown, where: string) => T): T[] {
    const value = this.value[field];
    if (!Array.isArray(value)) this.fail(field, 'must be a list');
    return value.map((item, i) => readItem(item, `${this.where}, ${field}[${i}]`));
  }
}
