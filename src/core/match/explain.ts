import { gazetteerEntry } from '../analyze';
import type { ContradictionKind, Quantity } from '../types';
import { actPhrase, familyOf, isTerritorial, takesObject } from './acts';
import { placeNameOf, whereOf, type Claim } from './claims';
import { blameClash } from './blameClash';
import { controlChanged, townHeld } from './controlClash';
import { firearmsClash } from './firearmsClash';
import { militaryTargetsClash, onlyMilitaryOf } from './militaryTargetsClash';
import { unitKeyOf } from './numbers';
import { DISMISS, DISMISS_WORDS } from './dismissals';

const ANY_OBJECT = new Set(['attack', 'invade', 'threaten']);
/** What a count counts, by its unit key. */
const COUNTED: Record<string, string> = {
  killed: 'the dead', wounded: 'the wounded', participants: 'the people taking part', troops: 'the troops', people: 'people',
  detained: 'the detained', missiles: 'the missiles', drones: 'the drones',
};
/** What one side says the other did at a place, in the past: "Russia fired on the Zaporizhzhia plant". */
const BLAMED_ACT: Record<string, string> = {
  strike: 'fired on', strike_infrastructure: 'fired on', shell: 'fired on', attack: 'attacked', explode: 'set off the explosion at', shoot_down: 'shot down the aircraft over',
};
const TO_TARGET = new Set(['send_troops', 'supply_weapons', 'deploy', 'station_nuclear', 'strike', 'strike_infrastructure']);

/** "Belarus takes part in the war", "Russia will send troops to Ukraine": the claim in plain words. */
function clause(c: Claim, act: string, actor: string | null): string {
  const future = c.future;
  const modal = c.statement.modality === 'possibility' ? 'could ' : '';
  let verb = actPhrase(act, future && !modal);
  if (modal) verb = actPhrase(act, true).replace(/^will /, '');
  const who = withArticle(actor ?? c.statement.subject ?? 'someone', actor === null || actor === c.statement.subject ? c.actor?.key : undefined);
  const target = c.statement.target && c.statement.target !== who ? c.statement.target : null;
  let rest = '';
  if (target && act !== 'join_war' && familyOf(act) !== 'war') rest = takesObject(act) ? ` ${target}` : ` with ${target}`;
  else if (target && takesObject(act)) rest = ` ${target}`;
  else if (target && TO_TARGET.has(act)) rest = act.startsWith('strike') ? ` at ${target}` : ` to ${target}`;
  else if (target && (act === 'join_war' || familyOf(act) === 'war')) rest = ` against ${target}`;
  // "denies that Belarus attacks" lacks its object: a denial without a target denies it of anyone.
  if (!rest && c.polarity === 'deny' && ANY_OBJECT.has(act)) rest = ' anyone';
  return `${who} ${modal}${verb}${rest}`;
}

/** Who holds a claim, as the reader will see it beside the quote. */
function holder(c: Claim, here: boolean, within: boolean): string {
  if (c.speaker && c.statement.speaker) return c.statement.speaker;
  if (within) return 'the article';
  return here ? 'this article' : 'the other report';
}

/**
 * Who does the act, named so a sentence does not repeat its speaker: "Lukashenko denies that
 * Lukashenko sends troops" reads as "... that Belarus sends troops", the side he speaks for.
 */
function actorName(c: Claim): string | null {
  const subject = c.statement.subject;
  if (!subject || subject !== c.statement.speaker || !c.actor) return subject;
  return gazetteerEntry(c.actor.side)?.name ?? subject;
}

const dateOf = (c: Claim) => (c.statement.date ?? c.article.publishedAt ?? '').slice(0, 10);

/**
 * One sentence that reads well: "Alexander Lukashenko denies that Belarus takes part in the
 * war; the other report says Belarus fires missiles against Ukraine." The act is named once
 * for both sides when they differ within a family (a denial of the war answers a strike).
 */
export function explain(kind: ContradictionKind, a: Claim, b: Claim, numbers: [Quantity, Quantity] | null): string {
  const within = a.article.url === b.article.url;
  const act = a.act === b.act ? a.act : familyOf(a.act);
  if (kind === 'numbers_disagree' && numbers) {
    // Who did it is what the two reports may not agree on either: the count and its place only.
    const what = COUNTED[unitKeyOf(numbers[0])] ?? `the ${unitKeyOf(numbers[0])}`;
    const place = placeNameOf(a, whereOf(a));
    const mine = within ? 'the article gives' : 'this article gives';
    return `Two counts of ${what}${place ? ` at ${place}` : ''}: ${mine} “${numbers[0].text.trim()}”, the other ${within ? 'passage' : 'report'} “${numbers[1].text.trim()}”.`;
  }
  if (kind === 'changed_position' && controlChanged(a, b)) {
    // One side's word on a town: held (or the enemy failing to take it, or never to be left), then left.
    const [held, left] = townHeld(a) ? [a, b] : [b, a];
    const place = placeNameOf(held, townHeld(held)) ?? 'the town';
    const side = gazetteerEntry(left.actor?.side ?? '')?.name ?? 'its side';
    const enemy = gazetteerEntry(held.actor?.side ?? '')?.name ?? 'the other side';
    const first = held.act === 'withdraw' ? `said ${side} would never leave ${place}`
      : held.polarity === 'deny' ? `denied that ${enemy} had taken ${place}` : `said ${side}'s forces held ${place}`;
    return `On ${dateOf(held)} ${holder(held, held === a, within)} ${first}; on ${dateOf(left)} ${holder(left, left === a, within)} said ${side}'s forces had left it.`;
  }
  if (kind === 'changed_position') {
    const [earlier, later] = dateOf(a) <= dateOf(b) ? [a, b] : [b, a];
    const said = (c: Claim) => (c.polarity === 'deny' ? 'denied that' : 'said that');
    const name = holder(a, true, within);
    // Reported in the past: "denied that Russia would attack anyone".
    const then = (c: Claim) => clause(c, act, actorName(c)).replace(/\bwill\b/g, 'would');
    return `On ${dateOf(earlier)} ${name} ${said(earlier)} ${then(earlier)}; on ${dateOf(later)} ${name} ${said(later)} ${then(later)}.`;
  }
  if (militaryTargetsClash(a, b)) {
    const [account, report] = onlyMilitaryOf(a, b);
    return `${capitalise(holder(account, account === a, within))} says its strikes hit only military targets; ${holder(report, report === a, within)} says ${quoted(report)}.`;
  }
  if (kind === 'opposing_claims' && blameClash(a, b)) {
    // Each side blames the other for one incident: "… says Ukraine shells the plant; … says Russia did."
    const doer = (c: Claim) => gazetteerEntry(c.actor?.side ?? '')?.name ?? c.statement.subject ?? 'the other side';
    const where = placeNameOf(a, a.place) ?? 'there';
    const did = BLAMED_ACT[a.act] ?? 'struck';
    return `${capitalise(holder(a, true, within))} says ${doer(a)} ${did} ${where}; ${holder(b, false, within)} says ${doer(b)} did.`;
  }
  if (kind === 'opposing_claims' && a.polarity === 'affirm' && b.polarity === 'affirm') {
    // Two sides' claims to one place (controlClash): each says it is theirs.
    const [held, taken] = a.act === 'hold' || b.act === 'withdraw' ? [a, b] : [b, a];
    const place = placeNameOf(taken, taken.target?.key ?? whereOf(taken)) ?? 'the place';
    // "Ukraine says its forces hold it", not "Ukraine says Ukraine holds it".
    const says = (c: Claim, one: string, many: string) => {
      const actor = actorName(c);
      const who = !actor || actor === c.statement.speaker ? 'its forces' : withArticle(actor, c.actor?.key);
      return `${holder(c, c === a, within)} says ${who} ${who === 'its forces' ? many : one}`;
    };
    const heldWhat: [string, string] = held.act === 'hold'
      ? ['still holds it or has beaten the assault back', 'still hold it or have beaten the assault back']
      : ['controls it', 'control it'];
    const takenWhat: [string, string] = taken.act === 'withdraw' ? [`has left ${place}`, `have left ${place}`] : [`has taken ${place}`, `have taken ${place}`];
    return `${capitalise(says(taken, ...takenWhat))}; ${says(held, ...heldWhat)}.`;
  }
  const [denial, affirmation] = a.polarity === 'deny' ? [a, b] : [b, a];
  if (firearmsClash(a, b)) {
    const side = gazetteerEntry(denial.actor?.side ?? '')?.name;
    const forces = side ? `${side}'s forces` : 'its forces';
    return `${capitalise(holder(denial, denial === a, within))} denies that ${forces} used firearms; ${holder(affirmation, affirmation === a, within)} tells of a gunshot wound: ${quoted(affirmation)}.`;
  }
  if (denial.act === DISMISS_WORDS) {
    const owner = affirmation.statement.speaker ?? 'the other side';
    return `${capitalise(holder(denial, denial === a, within))} calls what ${owner} said false; ${owner} says ${quoted(affirmation)}.`;
  }
  if (denial.act === DISMISS) {
    const place = placeNameOf(denial, denial.place) ?? 'there';
    const said = affirmation.actor && !quotesBetter(affirmation.act) ? clause(affirmation, affirmation.act, actorName(affirmation)) : quoted(affirmation);
    return `${capitalise(holder(denial, denial === a, within))} calls what is reported from ${place} staged or false; ${holder(affirmation, affirmation === a, within)} says ${said}.`;
  }
  // A denial about a territory ("no one other than us runs Belarus") denies what the other side
  // says of it, so it takes the other side's actor; otherwise the actor the denier speaks for.
  const actor = isTerritorial(act)
    ? actorName(affirmation) ?? actorName(denial)
    : actorName(denial) ?? actorName(affirmation);
  const denied = `${holder(denial, denial === a, within)} denies that ${clause(denial, denial.act, actor)}`;
  const what = quotesBetter(affirmation.act) ? quoted(affirmation) : clause(affirmation, affirmation.act, actorName(affirmation) ?? actor);
  const said = `${holder(affirmation, affirmation === a, within)} says ${what}`;
  return `${capitalise(denied)}; ${said}.`;
}

/**
 * Acts a paraphrase would get wrong: a toll names victims and killers alike ("Russia" in "Russia
 * lost 300" and in "Russians killed 300"), a fallback verb is a bare stem. These are quoted.
 */
const quotesBetter = (act: string) => act === 'casualties' || act.startsWith('verb:');

/** The statement itself, in quotation marks, cut at a word near 120 characters. */
function quoted(c: Claim): string {
  const text = c.statement.text.replace(/[.!?…\s]+$/u, '');
  const cut = text.length <= 120 ? text : `${text.slice(0, 120).replace(/\s+\S*$/u, '')} …`;
  return `“${cut}”`;
}

/** "the Belarusian Armed Forces", "the Kremlin": bodies take the article, people and countries do not. */
function withArticle(name: string, key: string | undefined): string {
  return key && /^(?:org|unit):/.test(key) && /^\p{Lu}/u.test(name) && !/^the /i.test(name) ? `the ${name}` : name;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
