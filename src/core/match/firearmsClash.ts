import { countryIdOf, enclosingEntries } from '../analyze/gazetteer';
import type { ContradictionKind } from '../types';
import { daysBetweenClaims, whereOf, type Claim } from './claims';

/**
 * Firearms, in the words of an official's denial: "did not use firearms", "no live ammunition
 * was fired", "не применяли огнестрельное оружие", "не прымянялі агнястрэльную зброю", "не
 * застосовували вогнепальну зброю", "nie użyto broni palnej", "не са използвали огнестрелно оръжие".
 */
const FIREARMS = /(?<![\p{L}])(?:firearms?|live (?:ammunition|rounds|fire)|огнестрельн\p{L}*\s+оружи\p{L}*|боев\p{L}*\s+(?:патрон|оружи)\p{L}*|агнястрэльн\p{L}*\s+збро\p{L}*|баяв\p{L}*\s+(?:патрон|збро)\p{L}*|вогнепальн\p{L}*\s+збро\p{L}*|бойов\p{L}*\s+(?:набо|патрон|збро)\p{L}*|bro\p{L}*\s+paln\p{L}*|ostr\p{L}*\s+amunicj\p{L}*|огнестрелн\p{L}*\s+оръжи\p{L}*|бойни\s+патрони)(?![\p{L}])/iu;

/**
 * A wound or a death by gunfire, in a report: "a gunshot wound to the head", "shot dead",
 * "получил огнестрельное ранение", "атрымаў агнястрэльнае раненне", "вогнепальне поранення",
 * "застрелен", "rana postrzałowa".
 */
const GUNSHOT = /(?<![\p{L}])(?:gunshot|bullet wounds?|shot dead|shot and killed|shot in the (?:head|chest|back|neck)|огнестрельн\p{L}*\s+ранени\p{L}*|пулев\p{L}*\s+ранени\p{L}*|застрел\p{L}*|агнястрэльн\p{L}*\s+раненн\p{L}*|кулявы\p{L}*\s+раненн\p{L}*|застрэл\p{L}*|вогнепальн\p{L}*\s+поранен\p{L}*|кульов\p{L}*\s+поранен\p{L}*|postrza\p{L}*|zastrzel\p{L}*|огнестрелн\p{L}*\s+ран\p{L}*|застрелян\p{L}*)(?![\p{L}])/iu;

/** A denial and a wound are told within days of the night it happened. */
const FIREARMS_WINDOW_DAYS = 7;

/** The country a place lies in, or the place itself when it is a country. */
const countryOf = (id: string | null) => (id ? countryIdOf(id) : null);

/** The country a denial speaks of: the place it names, else the side whose forces it clears. */
function deniedIn(denial: Claim): string | null {
  return countryOf(whereOf(denial)) ?? (denial.actor?.side.startsWith('country:') ? denial.actor.side : null);
}

/** The report's place lies within what the denial covers: the same town, one inside it, or the denial's whole country. */
function placeCovered(denial: Claim, report: Claim): boolean {
  const where = whereOf(report);
  if (!where) return false;
  const denied = whereOf(denial);
  if (denied && !denied.startsWith('country:')) {
    return denied === where || enclosingEntries(where).some((e) => e.id === denied);
  }
  const country = deniedIn(denial);
  return country !== null && country === countryOf(where);
}

/**
 * An official denies that his side's forces used firearms ("беларускія сілавікі не прымянялі
 * агнястрэльную зброю падчас пратэстаў 9-11 жніўня"); another report tells of someone wounded or
 * killed by gunfire at a place in that country on those days ("атрымаў агнястрэльнае раненне 11
 * жніўня ў Берасці"). The two acts differ in class (use of force, a casualty) but answer one
 * question: was anyone shot. The report must not name the other side as the shooter, and the
 * denial must speak of a country or a town the report is in.
 */
export function firearmsClash(a: Claim, b: Claim): ContradictionKind | null {
  const [denial, report] = a.polarity === 'deny' ? [a, b] : [b, a];
  if (denial.polarity !== 'deny' || report.polarity !== 'affirm' || !denial.speaker) return null;
  if (report.future || report.statement.modality === 'possibility' || denial.voice === report.voice) return null;
  if (!FIREARMS.test(denial.statement.text) || !GUNSHOT.test(report.statement.text)) return null;
  // Protesters shot by the other side's soldiers are not what the denial clears its own forces of.
  if (report.actor && denial.actor && report.actor.side.startsWith('country:') && report.actor.side !== denial.actor.side) return null;
  if (!placeCovered(denial, report)) return null;
  const days = daysBetweenClaims(denial, report);
  if (days === null || days > FIREARMS_WINDOW_DAYS) return null;
  if (!report.speaker) return 'denial_vs_report';
  return report.speaker.side === denial.speaker.side ? null : 'opposing_claims';
}
