import { GAZETTEER } from '../analyze';
import { countryIdOf } from '../analyze/gazetteer';
import type { Analysis } from '../types';

/**
 * Statements name their speaker, subject and target as display names ("Alexander Lukashenko",
 * "Belarus", "Пригожин"). Matching needs keys that hold across articles and languages: the
 * gazetteer id when the name is one of its entities, else the name itself folded to Latin
 * letters, so "Пригожин" and "Prigozhin" meet even outside the gazetteer.
 */
export interface Actor {
  key: string;
  /** The country the actor belongs to or speaks for ("country:BY" for Lukashenko); else the key. */
  side: string;
}

const GAZETTEER_BY_NAME = new Map(GAZETTEER.map((entry) => [entry.name.toLowerCase(), entry.id]));

// Scientific-style Cyrillic to Latin, close to the newspaper spellings (Prigozhin, Shoigu).
const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A spelling-insensitive key: Latin letters, Cyrillic transliterated, doubled letters and h/kh/y/i variants folded. */
export function foldName(name: string): string {
  const latin = [...name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')].map((ch) => LATIN[ch] ?? ch).join('');
  return latin
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/kh/g, 'h').replace(/[yj]/g, 'i').replace(/ie/g, 'e')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/(.)\1+/g, '$1')
    .trim()
    .replace(/\s+/g, ' ');
}

/** Resolves names against one article's entities first (they know its aliases), then the gazetteer. */
export function actorResolver(analysis: Analysis): (name: string | null) => Actor | null {
  const byName = new Map(analysis.entities.map((entity) => [entity.name.toLowerCase(), entity.id]));
  const cache = new Map<string, Actor | null>();
  return (name) => {
    if (!name) return null;
    const cached = cache.get(name);
    if (cached !== undefined) return cached;
    const lower = name.toLowerCase();
    const id = byName.get(lower) ?? GAZETTEER_BY_NAME.get(lower) ?? null;
    const key = id ?? `name:${foldName(name)}`;
    const actor = { key, side: (id && countryIdOf(id)) ?? key };
    cache.set(name, actor);
    return actor;
  };
}

/** Two places agree when one is the other or lies inside it below the level of a country. */
export function samePlace(a: string, b: string, enclosing: (id: string) => string[]): boolean {
  if (a === b) return true;
  const country = (id: string) => id.startsWith('country:');
  if (country(a) || country(b)) return false;
  return enclosing(a).includes(b) || enclosing(b).includes(a);
}
