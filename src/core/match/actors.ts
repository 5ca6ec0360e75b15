import { GAZETTEER, gazetteerEntry } from '../analyze';
import { countryIdOf, enclosingEntries, holdsOnlyInternationalOffice } from '../analyze/gazetteer';
import { INVADER_STEMS } from '../analyze/subjects';
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

/**
 * A body named by its country's adjective ("Ukrainian officials", "российские военные",
 * "білоруські силовики", "Russian-installed authorities") speaks for that country.
 */
const SIDE_ADJECTIVES: Array<[RegExp, string]> = [
  [/(?<![\p{L}])(?:ukrainian|украин|україн|украін|ukraiń|украинск)/iu, 'country:UA'],
  // The invader by the defenders' name for it speaks for Russia: "окупанти заявили", "the occupiers said".
  [new RegExp(`(?<![\\p{L}])(?:russian|росси|росій|расій|российск|rosyjsk|руск|руски|${INVADER_STEMS})`, 'iu'), 'country:RU'],
  [/(?<![\p{L}])(?:belarusian|belarus|белорус|беларус|білорус|białorus)/iu, 'country:BY'],
  [/(?<![\p{L}])(?:american|u\.s\.|американ)/iu, 'country:US'],
];

/** The opposition and rights groups of a country do not speak for its government. */
const AGAINST_ITS_GOVERNMENT = /(?<![\p{L}])(?:opposition|dissident|exiled|activist|rights|оппозиц|опозиц|апазіц|opozycj|правозащит|правозахис|праваабарон|активист|активіст|актывіст|диссидент)/iu;

function sideOfName(name: string): string | null {
  if (AGAINST_ITS_GOVERNMENT.test(name)) return null;
  const found = SIDE_ADJECTIVES.filter(([pattern]) => pattern.test(name));
  // "Russian and Ukrainian negotiators" speak for no one side.
  return found.length === 1 ? found[0]![1] : null;
}

/**
 * The side a known entity speaks for: its country's, unless it stands against that country's
 * government (Navalny, Tsikhanouskaya, the Viasna rights centre), when it is a voice of its own:
 * the Belarusian ministry's "no one died" and Viasna's "one man died" are two sides.
 */
function sideOfEntity(id: string): string {
  const entry = gazetteerEntry(id);
  const described = [entry?.name ?? '', entry?.role ?? '', ...(entry?.offices ?? []).map((o) => o.role)].join(' ');
  if (entry?.type !== 'country' && AGAINST_ITS_GOVERNMENT.test(described)) return id;
  if (holdsOnlyInternationalOffice(id)) return id;
  return countryIdOf(id) ?? id;
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
    const actor = { key, side: id ? sideOfEntity(id) : sideOfName(name) ?? key };
    cache.set(name, actor);
    return actor;
  };
}

/** Two places agree when one is the other or lies inside it below the level of a country. */
/** The ids of the places a place lies within (its oblast, its country), from the gazetteer. */
export const enclosingIds = (id: string): string[] => enclosingEntries(id).map((entry) => entry.id);

export function samePlace(a: string, b: string, enclosing: (id: string) => string[] = enclosingIds): boolean {
  if (a === b) return true;
  const country = (id: string) => id.startsWith('country:');
  if (country(a) || country(b)) return false;
  return enclosing(a).includes(b) || enclosing(b).includes(a);
}
