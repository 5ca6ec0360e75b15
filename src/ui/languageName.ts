// Language codes as a reader names them. Intl knows every ISO 639-1 code in English, so no
// table is kept here; an unknown or malformed code falls back to the code itself.

const NAMES = new Intl.DisplayNames('en', { type: 'language', fallback: 'code' });

/** "Russian" for "ru", "Belarusian" for "be"; null for no code. */
export function languageName(code: string | null | undefined): string | null {
  const primary = code?.trim().toLowerCase().split(/[-_]/u)[0];
  if (!primary || !/^[a-z]{2,3}$/u.test(primary)) return null;
  try {
    return NAMES.of(primary) ?? primary;
  } catch {
    return primary;
  }
}
