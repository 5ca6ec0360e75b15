/**
 * Whether one UTF-16 unit belongs to a character class, read from the class's regex once per
 * unit and then kept in a table. `regex.test(text[i])` in a loop allocates a string for every
 * character outside Latin-1 (all of Cyrillic) and runs the regex each time; the table does
 * neither. The answer is exactly the regex's on the unit alone, as `text[i]` is (a lone
 * surrogate is no letter). `regex` must not be global or sticky.
 */
export function unitClass(regex: RegExp): (code: number) => boolean {
  const known = new Uint8Array(0x10000); // 0 not read yet, 1 outside the class, 2 inside
  return (code) => {
    let k = known[code]!;
    if (k === 0) known[code] = k = regex.test(String.fromCharCode(code)) ? 2 : 1;
    return k === 2;
  };
}
