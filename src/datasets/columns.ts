/** A header's columns by name (lower-cased, trimmed), for reading rows by name not position. */
export type Columns = (fields: string[], name: string) => string;

export function columnsOf(header: string[]): { has: (name: string) => boolean; read: Columns; count: number } {
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase().replace(/^\ufeff/, '');
    if (!index.has(key)) index.set(key, i);
  });
  return {
    has: (name) => index.has(name),
    read: (fields, name) => {
      const i = index.get(name);
      return i === undefined ? '' : (fields[i] ?? '');
    },
    count: header.length,
  };
}
