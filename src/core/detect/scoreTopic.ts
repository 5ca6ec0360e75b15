import type { CountryCode } from '../types';
import { countTopicNames } from './countTopicNames';
import type { TopicName } from './topicNames';

/** The parts of a page, by how much a name there says about what the page is about. */
export interface TopicZones {
  /** og:title, h1, <title>: a name here is what the story is about. */
  headline: string;
  /** Description and first paragraphs. */
  lead: string;
  /** The rest of the prose, already capped in size by the caller. */
  body: string;
  /** Why the page reads as a sports report, or null. */
  sports?: string | null;
}

export interface TopicScore {
  score: number;
  /** Score over the threshold, and the names are not in the headline alone. */
  topical: boolean;
  countries: CountryCode[];
  reasons: string[];
}

/** A page is relevant from this topic score: a name in the headline and more below it, or several in lead and body. */
export const RELEVANCE_THRESHOLD = 3;

// A name in the headline makes a story topical; one in passing in the body does not.
const HEADLINE_FIRST_NAME = 3;
const HEADLINE_EXTRA_NAME = 1;
const HEADLINE_EXTRA_CAP = 2;
const LEAD_MENTION = 1;
const LEAD_CAP = 3;
const BODY_MENTION = 0.5;
const BODY_CAP = 4;
/** A headline the text below never takes up is a teaser, a pun or a passing nationality. */
const MIN_SUPPORT_BELOW_HEADLINE = 1;
/** A country counts among the page's countries from this much evidence. */
const SIGNIFICANT_COUNTRY = 2;
/** "Russian" says less than "Russia", "Moscow" or "Putin": it also qualifies a salad or a player. */
const DEMONYM_WEIGHT = 2 / 3;
/** In a sports report a country, its capital or demonym is mostly a player's or club's home. */
const SPORTS_WEIGHT = 0.4;
/** A name the page also uses in a trap phrase ("Moscow, Idaho") most likely means the same there. */
const TRAPPED_WEIGHT = 0.25;

const COUNTRY_ORDER: CountryCode[] = ['RU', 'BY', 'UA'];

type Mentions = [TopicName, number][];

interface Context {
  sports: boolean;
  trapped: Set<TopicName>;
}

function weightOf(name: TopicName, context: Context): number {
  let weight = name.kind === 'demonym' ? DEMONYM_WEIGHT : 1;
  if (context.sports && name.kind !== 'person') weight *= SPORTS_WEIGHT;
  if (context.trapped.has(name)) weight *= TRAPPED_WEIGHT;
  return weight;
}

function weighted(mentions: Mentions, context: Context): number {
  return mentions.reduce((sum, [name, count]) => sum + count * weightOf(name, context), 0);
}

function labels(mentions: Mentions, max = 3): string {
  return [...mentions].sort((a, b) => b[1] - a[1]).slice(0, max).map(([name]) => name.label).join(', ');
}

function headlinePoints(mentions: Mentions, context: Context): number {
  const weights = mentions.map(([name]) => weightOf(name, context)).sort((a, b) => b - a);
  const extra = weights.slice(1, 1 + HEADLINE_EXTRA_CAP).reduce((sum, weight) => sum + weight, 0);
  return HEADLINE_FIRST_NAME * weights[0]! + HEADLINE_EXTRA_NAME * extra;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** Scores how much the zones are about Russia, Belarus and Ukraine, with reasons a reader can check. */
export function scoreTopic(zones: TopicZones): TopicScore {
  const context: Context = { sports: Boolean(zones.sports), trapped: new Set() };
  const counted = [zones.headline, zones.lead, zones.body].map((text) => countTopicNames(text, context.trapped));
  const perCountry: { country: CountryCode; score: number }[] = [];
  const reasons: string[] = zones.sports ? [`${zones.sports}: countries named as a player's home count less`] : [];
  if (context.trapped.size > 0) {
    reasons.push(`${[...context.trapped].map((name) => name.label).join(', ')} also in a phrase meaning something else, so counted less`);
  }
  let score = 0;
  let support = 0;
  for (const country of COUNTRY_ORDER) {
    const [inHeadline, inLead, inBody] = counted.map((counts) => [...counts].filter(([name]) => name.country === country));
    let points = 0;
    if (inHeadline!.length > 0) {
      points += headlinePoints(inHeadline!, context);
      reasons.push(`headline names ${labels(inHeadline!)} (${country})`);
    }
    const below = Math.min(weighted(inLead!, context), LEAD_CAP) * LEAD_MENTION +
      Math.min(weighted(inBody!, context) * BODY_MENTION, BODY_CAP);
    if (inLead!.length > 0) reasons.push(`lead names ${labels(inLead!)} (${country})`);
    const bodyMentions = inBody!.reduce((sum, [, count]) => sum + count, 0);
    if (bodyMentions > 0) {
      reasons.push(`${bodyMentions} body ${bodyMentions === 1 ? 'mention' : 'mentions'} of ${labels(inBody!)} (${country})`);
    }
    points += below;
    support += below;
    score += points;
    perCountry.push({ country, score: points });
  }
  const countries = perCountry
    .filter((entry) => entry.score >= SIGNIFICANT_COUNTRY)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.country);
  score = round(score);
  const supported = support >= MIN_SUPPORT_BELOW_HEADLINE;
  if (score >= RELEVANCE_THRESHOLD && !supported) reasons.push('named in the headline only, not in the text');
  return { score, topical: score >= RELEVANCE_THRESHOLD && supported, countries, reasons };
}
