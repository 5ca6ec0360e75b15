// Reads one article from a JavaScript data module that holds an array of object literals (a static
// site's content file: `const source = [ { id: '…', name: '…', text: `…` }, … ]`). The module is
// parsed, never run: only the literal subset such files use is understood (quoted and template
// strings without substitutions, numbers, booleans, null, arrays, objects, unquoted keys, trailing
// commas). The locator names the entry by its position and, as a check, its id; it says which
// fields hold the title and the text. Markdown emphasis in the text is reduced to its words.
import type { RawArticle } from './types';

export interface JsObjectArrayLocator {
  index: number;
  id?: string;
  idField?: string;
  titleField: string;
  textField: string;
}

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

class LiteralParser {
  private at = 0;
  constructor(private readonly src: string) {}

  private fail(what: string): never {
    throw new Error(`jsObjectArray: ${what} at offset ${this.at}`);
  }

  private skip(): void {
    for (;;) {
      const rest = this.src.slice(this.at, this.at + 2);
      if (/^\s/.test(rest)) this.at++;
      else if (rest === '//') this.at = this.src.indexOf('\n', this.at) < 0 ? this.src.length : this.src.indexOf('\n', this.at);
      else if (rest === '/*') this.at = this.src.indexOf('*/', this.at) + 2;
      else return;
    }
  }

  value(): Value {
    this.skip();
    const c = this.src[this.at];
    if (c === '[') return this.list();
    if (c === '{') return this.object();
    if (c === "'" || c === '"' || c === '`') return this.string(c);
    const word = /^(-?\d+(?:\.\d+)?|true|false|null)/.exec(this.src.slice(this.at));
    if (!word) this.fail('unsupported value');
    this.at += word[0].length;
    return word[0] === 'true' ? true : word[0] === 'false' ? false : word[0] === 'null' ? null : Number(word[0]);
  }

  private string(quote: string): string {
    let out = '';
    for (this.at++; this.at < this.src.length; this.at++) {
      const c = this.src[this.at];
      if (c === quote) return this.at++, out;
      if (quote === '`' && c === '$' && this.src[this.at + 1] === '{') this.fail('template substitution');
      if (c === '\\') {
        const next = this.src[++this.at];
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next === '\n' ? '' : next;
      } else out += c;
    }
    return this.fail('unterminated string');
  }

  private list(): Value[] {
    const items: Value[] = [];
    this.at++;
    for (;;) {
      this.skip();
      if (this.src[this.at] === ']') return this.at++, items;
      items.push(this.value());
      this.skip();
      if (this.src[this.at] === ',') this.at++;
    }
  }

  private object(): { [key: string]: Value } {
    const fields: { [key: string]: Value } = {};
    this.at++;
    for (;;) {
      this.skip();
      if (this.src[this.at] === '}') return this.at++, fields;
      const c = this.src[this.at];
      let key: string;
      if (c === "'" || c === '"') key = this.string(c);
      else {
        const name = /^[A-Za-z_$][\w$]*/.exec(this.src.slice(this.at));
        if (!name) this.fail('unsupported key');
        key = name[0];
        this.at += key.length;
      }
      this.skip();
      if (this.src[this.at++] !== ':') this.fail('expected a colon');
      fields[key] = this.value();
      this.skip();
      if (this.src[this.at] === ',') this.at++;
    }
  }
}

export function read(blob: Buffer, locator: unknown): RawArticle {
  const loc = locator as JsObjectArrayLocator;
  const source = blob.toString('utf8');
  const open = source.indexOf('[');
  if (open < 0) throw new Error('jsObjectArray: no array in the module');
  const entries = new LiteralParser(source.slice(open)).value();
  if (!Array.isArray(entries)) throw new Error('jsObjectArray: the module does not hold an array');
  const entry = entries[loc.index] as { [key: string]: Value } | undefined;
  if (!entry) throw new Error(`jsObjectArray: no entry ${loc.index}`);
  if (loc.id !== undefined && entry[loc.idField ?? 'id'] !== loc.id) throw new Error(`jsObjectArray: entry ${loc.index} is not ${loc.id}`);
  const title = entry[loc.titleField];
  const text = entry[loc.textField];
  if (typeof title !== 'string' || typeof text !== 'string') throw new Error(`jsObjectArray: entry ${loc.index} lacks ${loc.titleField} or ${loc.textField}`);
  const plain = text
    .replace(/(\*\*|__)(.+?)\1/gs, '$2')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
  return { title, text: plain };
}
