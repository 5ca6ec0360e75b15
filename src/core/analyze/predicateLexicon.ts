/**
 * The predicate lexicon: what a claim says someone does, as a small closed set of classes
 * (documented in src/core/README.md), with the words each language of the mission uses for
 * it (`predicateWords/`). Patterns are regular-expression sources matched case-insensitively
 * at a word start.
 * - `verbs`: finite verbs, fixed phrases and concrete event nouns ("удар по", "missile
 *   strikes"). A claim is about its verb, so these win.
 * - `nouns`: abstract nouns ("aggression", "переговоры"): the claim's topic only when no verb
 *   of any class is found ("fears of an offensive").
 * - `negating`: stock phrases that deny the class by themselves: "purely defensive",
 *   "исключительно оборонительный характер" deny an attack.
 * A pattern may capture its actor as (?<actor>...): "involvement of the Belarusian army in the war".
 * Denials are not a class: a negated claim keeps its class and gets polarity `deny`.
 */
import { BELARUSIAN } from './predicateWords/belarusian';
import { BULGARIAN, POLISH } from './predicateWords/bulgarianPolish';
import { ENGLISH } from './predicateWords/english';
import type { LanguageWords } from './predicateWords/patterns';
import { RUSSIAN } from './predicateWords/russian';
import { UKRAINIAN } from './predicateWords/ukrainian';

export interface PredicateClass {
  predicate: string;
  verbs: string[];
  nouns: string[];
  negating: string[];
}

/**
 * Classes in order of precedence: when two match at one word, the earlier wins, so the more
 * specific phrase goes first ("deploy nuclear weapons" is station_nuclear, "ввели санкции
 * против военных" is a sanction, "атака дронов" a strike rather than an attack).
 */
export const PREDICATE_ORDER = [
  'station_nuclear', 'sanction', 'join_war', 'send_troops', 'supply_weapons', 'invade', 'encircle', 'withdraw', 'hold',
  'violate_border', 'shoot_down', 'strike', 'explode', 'attack', 'occupy', 'casualties', 'detain', 'poison', 'mobilise', 'exercise', 'deploy', 'threaten', 'visit', 'negotiate',
  'agree', 'integrate', 'defend', 'protest',
] as const;
export type PredicateName = (typeof PREDICATE_ORDER)[number];

const lexiconOf = (languages: LanguageWords[]): PredicateClass[] => PREDICATE_ORDER.map((predicate) => ({
  predicate,
  verbs: languages.flatMap((words) => words[predicate]?.verbs ?? []),
  nouns: languages.flatMap((words) => words[predicate]?.nouns ?? []),
  negating: languages.flatMap((words) => words[predicate]?.negating ?? []),
}));

/** By script, so a claim is scanned only with the patterns its letters can match. */
export const LATIN_LEXICON = lexiconOf([ENGLISH, POLISH]);
export const CYRILLIC_LEXICON = lexiconOf([RUSSIAN, UKRAINIAN, BELARUSIAN, BULGARIAN]);
export const PREDICATE_LEXICON = lexiconOf([ENGLISH, RUSSIAN, UKRAINIAN, BELARUSIAN, BULGARIAN, POLISH]);

/**
 * What a strike or an attack hits, when it is the grid, a plant or a port rather than an army:
 * "удар по энергетической инфраструктуре" is the class `strike_infrastructure`.
 */
export const INFRASTRUCTURE = [
  'infrastructure', 'power (?:grid|plants?|stations?|lines?|facilit\\w+|supply)', 'energy (?:\\w+ )?(?:infrastructure|facilit\\w+|system|grid|sector)',
  'electricity', 'substations?', 'thermal power', 'heating plants?', 'dams?(?![a-z])', 'refiner\\w+', 'gas (?:pipeline|facilit\\w+)',
  'инфраструктур', 'энергети[кч]', 'энергосистем', 'энергообъект', 'электростанци', 'подстанци', 'ТЭЦ', 'ТЭС', 'ГЭС', 'АЭС', 'электроснабжени', 'теплоснабжени', 'котельн', 'НПЗ', 'нефтебаз', 'плотин', 'ЛЭП',
  'інфраструктур', 'енергети[кч]', 'енергосистем', 'енергооб', 'електростанці', 'підстанці', 'ТЕЦ', 'ТЕС', 'ГЕС', 'АЕС', 'електропостачан', 'теплопостачан', 'нафтобаз', 'дамб', 'ЛЕП',
  'энергеты[кч]', 'энергасістэм', 'электрастанцы', 'падстанцы', 'ЦЭЦ',
  'енергийн', 'електроцентрал', 'infrastruktur', 'energetyczn', 'elektrowni', 'podstacj', 'rafineri',
];
