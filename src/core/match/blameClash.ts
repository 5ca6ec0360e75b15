import { samePlace } from './actors';
import { daysBetweenClaims, type Claim } from './claims';

/** Incidents on a day at a place, whose doer the sides dispute: who shelled the plant, who hit the station. */
const INCIDENTS = new Set(['strike', 'strike_infrastructure', 'shell', 'attack', 'explode', 'shoot_down']);
/** Each side's account of one incident is told within days of it. */
const BLAME_WINDOW_DAYS = 5;

/** Fire and a blast are one incident when the sides dispute its doer: a strike on the prison, or a blast set inside it. */
const incidentFamily = (act: string) => (act === 'strike_infrastructure' || act === 'shell' || act === 'explode' ? 'strike' : act);
/** Someone outside the speaker's own side did it: the speaker blames the other side. */
const blamesTheOther = (c: Claim) =>
  c.polarity === 'affirm' && c.statement.modality !== 'possibility' && !c.future
  && c.speaker !== null && c.actor !== null && c.actor.side.startsWith('country:') && c.speaker.side.startsWith('country:')
  && c.actor.side !== c.speaker.side;

/** Incidents of one moment; fighting ("attacks on the Donetsk front") goes on for weeks and has no single doer to dispute. */
const NARRATED = new Set(['strike', 'strike_infrastructure', 'shell', 'explode', 'shoot_down']);
/**
 * A report in its outlet's own voice that names the doer, and the doer's own side saying the
 * other side did it: "Russian aircraft bombed the theatre" against Russia's ministry saying
 * Azov fighters blew it up.
 */
const narratedDoer = (report: Claim, blame: Claim) =>
  NARRATED.has(report.act) && report.speaker === null && report.polarity === 'affirm' && report.statement.modality === 'asserted' && !report.future
  && report.actor !== null && report.actor.side === blame.speaker!.side;

const samePlaceBelowCountry = (a: Claim, b: Claim) =>
  a.place !== null && b.place !== null && !a.place.startsWith('country:') && !b.place.startsWith('country:') && samePlace(a.place, b.place);

/**
 * An airliner or a transport plane, of which one is downed in weeks, not the drones and jets of
 * every night: "the Malaysian airliner", "пассажирский самолет", "Boeing", "Іл-76".
 */
const AIRLINER = /(?<![\p{L}])(?:airliner|passenger (?:plane|jet|aircraft)|transport (?:plane|aircraft)|boeing|mh17|il-76|ил-76|іл-76|авиалайнер|авіалайнер|лайнер|пассажирск\p{L}* (?:самол[её]т|борт)|пасажирськ\p{L}* (?:літак|борт)|пасажырск\p{L}* (?:самал[её]т|борт)|транспортн\p{L}* (?:самол[её]т|літак|самал[её]т)|пътнически\p{L}* самолет|samolot\p{L}* pasażersk\p{L}*)/iu;
/** A plane, of any kind: "the plane", "самолёт", "літак", "борт". */
const PLANE = /(?<![\p{L}])(?:plane|aircraft|jet|самол[её]т\p{L}*|літак\p{L}*|самал[её]т\p{L}*|борт|samolot\p{L}*)(?![\p{L}])/iu;
/**
 * Both tell of the downing of an airliner, one of them naming it so and the other at least a
 * plane: one aircraft, wherever each says it fell.
 */
const oneDownedAirliner = (a: Claim, b: Claim) => {
  if (a.act !== 'shoot_down' || b.act !== 'shoot_down') return false;
  const [x, y] = [a.statement.text, b.statement.text];
  return (AIRLINER.test(x) || AIRLINER.test(y)) && (AIRLINER.test(x) || PLANE.test(x)) && (AIRLINER.test(y) || PLANE.test(y));
};

/**
 * Each side blames the other for one incident: Russia's ministry says Ukrainian forces shelled
 * the Zaporizhzhia plant, Energoatom says Russian troops shelled it the same day. Both affirm
 * the act, so no denial answers the other; they disagree on who did it. So does a report that
 * names one side as the doer and that side's official naming the other. The incident must be
 * the same kind (fire and a blast are one), at the same place below a country (or one within
 * the other) or the same downed airliner, within days.
 */
export function blameClash(a: Claim, b: Claim): boolean {
  if (incidentFamily(a.act) !== incidentFamily(b.act) || !INCIDENTS.has(a.act) || !INCIDENTS.has(b.act)) return false;
  const [aBlames, bBlames] = [blamesTheOther(a), blamesTheOther(b)];
  if (aBlames && bBlames) {
    // Each blames the other: the doer one names is the other's own side.
    if (a.actor!.side !== b.speaker!.side || b.actor!.side !== a.speaker!.side) return false;
  } else if (!(aBlames ? narratedDoer(b, a) : bBlames && narratedDoer(a, b))) return false;
  if (!samePlaceBelowCountry(a, b) && !oneDownedAirliner(a, b)) return false;
  const days = daysBetweenClaims(a, b);
  return days !== null && days <= BLAME_WINDOW_DAYS;
}
