/**
 * Is this a sports report? There "Russian" and "Belarus" usually say where a player comes from,
 * not what the story is about, so the topic score discounts them.
 *
 * Only words a war or politics report rarely uses count ("match point", "tiebreak", "playoffs",
 * not "final", "medal" or "coach"), and a set or goal score ("6-3", "2–1").
 */
const SPORTS_TERMS =
  /\b(?:tennis|football|soccer|hockey|basketball|biathlon|figure skating|matche?s?|tournaments?|championships?|league|(?:semi|quarter)-?finals?|seeded|grand slam|atp|wta|nhl|nba|khl|uefa|fifa|olympics?|goalkeeper|goalie|goaltender|power play|striker|midfielder|tiebreaks?|break points?|match points?|set points?|hat-trick|play-?offs?|forehand|backhand|penalty shoot-?out|overtime|puck|racket|Turnier|Bundesliga|Fußball|Eishockey|tenis|piłk\p{L}+|torneo|fútbol|[0-7][-–][0-7])\b|(?:^|[^\p{L}])(?:матч\p{L}{0,3}|турнир\p{L}{0,2}|турнір\p{L}{0,2}|чемпионат\p{L}{0,2}|чемпіонат\p{L}{0,2}|сборн\p{L}{2,3}|збірн\p{L}{2,3}|теннис\p{L}{0,3}|теніс\p{L}{0,3}|футбол\p{L}{0,3}|хокке\p{L}{0,3}|хоке\p{L}{0,3}|олимпи\p{L}{0,4}|олімпі\p{L}{0,4})(?![\p{L}])/giu;

/** This many different sports terms make a text a sports report. */
const MIN_SPORTS_TERMS = 3;
const SPORTS_SECTION = /\bsport|\bdeporte|спорт|tennis|football|soccer|hockey|basketball|cricket|rugby|olympic|fußball|piłka/iu;
const SPORTS_PATH = /\/(?:sports?|tennis|football|soccer|hockey|nhl|nba|deportes|sportowe|спорт)(?:\/|$)/iu;

export interface SportsEvidence {
  /** The section as the page states it (article:section, JSON-LD articleSection), may be empty. */
  section: string;
  url: string;
  text: string;
}

/** A reason when the page reads as a sports report, else null. */
export function sportsContext({ section, url, text }: SportsEvidence): string | null {
  if (section && SPORTS_SECTION.test(section)) return `sports section "${section}"`;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    // not a URL (plain text): the words decide
  }
  if (SPORTS_PATH.test(path)) return `sports address ${path}`;
  const terms = new Set<string>();
  for (const match of text.matchAll(SPORTS_TERMS)) {
    terms.add(match[0].replace(/^[^\p{L}\d]/u, '').toLowerCase().replace(/\d[-–]\d/u, 'score'));
    if (terms.size >= MIN_SPORTS_TERMS) return `sports terms (${[...terms].join(', ')})`;
  }
  return null;
}
