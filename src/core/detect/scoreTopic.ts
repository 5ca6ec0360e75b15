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
}

export interface TopicScore {
  score: number;
  countries: CountryCode[];
  reasons: string[];
}

/** A page is relevant from this topic score: one name in the headline, or a few in lead and body. */
export const RELEVANCE_THRESHOLD = 3;

// A name in the headline alone makes a story topical; one in passing in the body does not.
const HEADLINE_FIRST_NAME = 3;
const HEADLINE_EXTRA_NAME = 1;
const HEADLINE_EXTRA_CAP = 2;
const LEAD_MENTION = 1;
const LEAD_CAP = 3;
const BODY_MENTION = 0.5;
const BODY_CAP = 8;
/** A country counts among the page's countries from this much evidence. */
const SIGNIFICANT_COUNTRY = 2;

const COUNTRY_ORDER: CountryCode[] = ['RU', 'BY', 'UA'];

function byCountry(counts: Map<TopicName, number>, country: CountryCode): [string, number][] {
  return [...counts]
    .filter(([name]) => name.country === country)
    .map(([name, count]): [string, number] => [name.label, count])
    .sort((a, b) => b[1] - a[1]);
}

function total(entries: [string, number][]): number {
  return entries.reduce((sum, [, count]) => sum + count, 0);
}

function labels(entries: [string, number][], max = 3): string {
  return entries.slice(0, max).map(([label]) => label).join(', ');
}

/** Scores how much the zones are about Russia, Belarus and Ukraine, with reasons a reader can check. */
export function scoreTopic(zones: TopicZones): TopicScore {
  const headline = countTopicNames(zones.headline);
  const lead = countTopicNames(zones.lead);
  const body = countTopicNames(zones.body);
  const perCountry: { country: CountryCode; score: number; headlined: boolean }[] = [];
  const reasons: string[] = [];
  for (const country of COUNTRY_ORDER) {
    const inHeadline = byCountry(headline, country);
    const inLead = byCountry(lead, country);
    const inBody = byCountry(body, country);
    let score = 0;
    if (inHeadline.length > 0) {
      const extra = Math.min(inHeadline.length - 1, HEADLINE_EXTRA_CAP);
      score += HEADLINE_FIRST_NAME + extra * HEADLINE_EXTRA_NAME;
      reasons.push(`headline names ${labels(inHeadline)} (${country})`);
    }
    if (inLead.length > 0) {
      score += Math.min(total(inLead), LEAD_CAP) * LEAD_MENTION;
      reasons.push(`lead names ${labels(inLead)} (${country})`);
    }
    const bodyMentions = total(inBody);
    if (bodyMentions > 0) {
      score += Math.min(bodyMentions, BODY_CAP) * BODY_MENTION;
      const noun = bodyMentions === 1 ? 'mention' : 'mentions';
      reasons.push(`${bodyMentions} body ${noun} of ${labels(inBody)} (${country})`);
    }
    perCountry.push({ country, score, headlined: inHeadline.length > 0 });
  }
  const countries = perCountry
    .filter((entry) => entry.headlined || entry.score >= SIGNIFICANT_COUNTRY)
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.country);
  const score = Math.round(perCountry.reduce((sum, entry) => sum + entry.score, 0) * 10) / 10;
  return { score, countries, reasons };
}
