import type { ContradictionKind } from '../types';
import { samePlace } from './actors';
import { daysBetweenClaims, whereOf, type Claim } from './claims';
import { FIRE, tellsOfHarm } from './pairKind';

/**
 * A strike said to have hit only military targets: "struck only military targets", "удары
 * наносились только по военным объектам", "б'є виключно по військових об'єктах", "wyłącznie w
 * cele wojskowe". Said of its own side's strikes, it denies harm to civilians without a "not".
 */
const ONLY_MILITARY = /(?<![\p{L}])(?:only|exclusively|solely|purely|только|исключительно|лише|виключно|тільки|толькі|выключна|wyłącznie|tylko|само|единствено|изключително)\s+(?:(?:at|on|against|по|на|в|у|па|w|na|срещу)\s+)?(?:\S+\s+)?(?:military|enemy|военн\p{L}*|військов\p{L}*|ваенн\p{L}*|wojskow\p{L}*)(?![\p{L}])/iu;
const HARM = new Set(['strike', 'strike_infrastructure', 'shell', 'attack', 'casualties', 'explode']);
/** One wave of strikes: its own side's account and the harm reported are told the same day or the next. */
const WAVE_DAYS = 1;

/** An official's account of his own side's strikes as hitting only military targets. */
const onlyMilitaryTargets = (c: Claim) =>
  FIRE.has(c.act) && c.polarity === 'affirm' && c.speaker !== null && c.speaker.side.startsWith('country:')
  && (c.actor === null || c.actor.side === c.speaker.side) && ONLY_MILITARY.test(c.statement.text);

/**
 * One side says its strikes hit only military targets; a report the same day or the next tells
 * of civilians, homes or the dead hit at a place (not struck by the other side). The report
 * must name the place it tells of; the account, when it names one, the same place or one within it.
 */
export function militaryTargetsClash(a: Claim, b: Claim): ContradictionKind | null {
  const [account, report] = onlyMilitaryTargets(a) ? [a, b] : [b, a];
  if (!onlyMilitaryTargets(account) || onlyMilitaryTargets(report)) return null;
  if (!HARM.has(report.act) || report.polarity !== 'affirm' || report.future || report.statement.modality === 'possibility') return null;
  if (!tellsOfHarm(report) || report.voice === account.voice) return null;
  if (report.actor && report.actor.side.startsWith('country:') && report.actor.side !== account.speaker!.side) return null;
  const place = whereOf(report);
  if (!place || place.startsWith('country:')) return null;
  const claimed = whereOf(account);
  if (claimed && !claimed.startsWith('country:') && !samePlace(claimed, place)) return null;
  const days = daysBetweenClaims(account, report);
  if (days === null || days > WAVE_DAYS) return null;
  if (!report.speaker) return 'denial_vs_report';
  return report.speaker.side === account.speaker!.side ? null : 'opposing_claims';
}

/** The account that says only military targets were hit, of a pair `militaryTargetsClash` joined. */
export const onlyMilitaryOf = (a: Claim, b: Claim): [Claim, Claim] => (onlyMilitaryTargets(a) ? [a, b] : [b, a]);
