// The things a claim counts, with one key per thing in every language, so that "9,000 troops"
// and "9 тыс. военнослужащих" compare. A word is read by its stem (case endings vary:
// "танков", "танків", "czołgów"). Casualty words win over the head noun: "12 people were killed",
// "погибли 5 человек" and "12 загиблих" all count the killed.

type Row = [stems: string, key: string];

const ROWS: Row[] = [
  ['troops?|soldiers?|servicem[ae]n|personnel|fighters?|men|военнослужащ|солдат|бойц|вояк|военн(?:ых|ые|ого)$|военные|военни$|войниц|военнослужещ'
    + '|військовослужбовц|бійц|військов(?:их|і)$|вайскоўц|вайсковаслужач|жаўнер|żołnierz|wojskow(?:ych|i)$', 'troops'],
  ['killed|dead|died|deaths?|fatalit|погибш|погибл|погиб$|убит|жертв|загибл|загинул|загінул|загінуў|zgin|zabit|убити|загина|смъртни', 'killed'],
  ['wounded|injured|injuries|ранен|поранен|паранен|rann[iy]|rannych|пострадавш|постраждал|пацярпел|poszkodowan|ранени', 'wounded'],
  ['casualties|ofiar', 'casualties'],
  ['people|persons|человека?$|чел$|люд(?:ей|и)$|людин[аиу]$|ос(?:іб|оби)$|чалавек|людзей|os(?:ób|oby)$|ludzi|души$|хора$', 'people'],
  ['civilians?|мирн(?:ых|ые|их|і|ых)$|жител|мешканц|жыхар|цивільн|mieszkańc|cywil|цивилн', 'civilians'],
  ['children|детей|дети|дітей|діти|дзяцей|дзеці|dzieci|деца', 'children'],
  ['prisoners|pows?|пленн|военнопленн|полонен|палонн|jeńc|пленни', 'prisoners'],
  ['refugees|беженц|біженц|бежанц|uchodźc', 'refugees'],
  ['reservists?|conscripts?|мобилизован|мобілізован|мабілізаван|резервист|резервіст|призывник|призовник|rezerwist|poborow|mobilizowan|мобилизиран', 'reservists'],
  ['mercenaries|наемник|найманц|наймит|najemnik|наемници', 'mercenaries'],
  ['participants?|protesters?|demonstrators?|marchers|участник|протестующ|демонстрант|митингующ|учасник|протестувальник|мітингувальник'
    + '|удзельнік|пратэстоўц|пратэстуюч|uczestnik|protestując|demonstrant|участници|протестиращ', 'participants'],
  ['tanks?|танк|czołg', 'tanks'],
  ['vehicles?|бронемашин|бронетехник|бронетехнік|техник|техніки|тэхнікі|машин|бмп$|бтр$|ббм$|pojazd|бронетранспорт', 'vehicles'],
  ['aircraft|warplanes?|jets?|самол[её]т|літак|самал[её]т|samolot|винищувач|истребител|myśliw', 'aircraft'],
  ['helicopters?|вертол[её]т|гелікоптер|вертоліт|вертал[её]т|śmigłow|хеликоптер', 'helicopters'],
  ['missiles?|rockets?|ракет|rakiet', 'missiles'],
  ['drones?|uavs?|беспилотн|бпла$|дрон|безпілотн|шахед|shahed|беспілотн|dron', 'drones'],
  ['guns?|howitzers?|орудий|орудия|гармат|гаубиц|гаўбіц|dział|haubic|оръдия', 'guns'],
  ['mortars?|миномет|мином[её]т|міномет|мінам[её]т|moździerz', 'mortars'],
  ['shells|rounds|снаряд|боеприпас|боєприпас|pocisk', 'shells'],
  ['warheads?|боеголовк|боєголовк|głowic', 'warheads'],
  ['launchers?|пусков|рсзо$|рсзв$|himars', 'launchers'],
  ['systems?|систем|комплекс|zestaw', 'systems'],
  ['battalions?|батальон|батальйон|batalion', 'battalions'],
  ['brigades?|бригад|brygad', 'brigades'],
  ['divisions?|дивизи|дивізі|дывізі|dywizj', 'divisions'],
  ['regiments?|полк(?:ов|а|и)?$|pułk', 'regiments'],
  ['units|подразделени|підрозділ|падраздзяленн|pododdział', 'units'],
  ['ships|warships|корабл|корабел|кораб|okręt', 'ships'],
];
const COMPILED = ROWS.map(([stems, key]) => [new RegExp(`^(?:${stems})`, 'u'), key] as const);

/** Nouns whose count a casualty word beside them turns into a count of the killed or wounded. */
export const HEADS = new Set(['troops', 'people', 'civilians', 'children']);
/** Words that may be adjectives of the noun after them: "военных самолетов", "мирных жителей". */
const ADJECTIVE = /^(?:военн|військов|wojskow|мирн)/u;

export const MEASURES: Record<string, string> = {
  mm: 'mm', millimetres: 'mm', millimeters: 'mm', мм: 'mm', cm: 'cm', см: 'cm', km: 'km', kilometres: 'km', kilometers: 'km', км: 'km',
  miles: 'miles', metres: 'm', meters: 'm', kg: 'kg', кг: 'kg', tonnes: 'tonnes', tons: 'tonnes', тонн: 'tonnes', тон: 'tonnes', тонни: 'tonnes', ton: 'tonnes',
};

export function unitKey(word: string): string | null {
  const lower = word.toLowerCase().replace(/[.,;:!?)»”"]+$/u, '');
  for (const [stem, key] of COMPILED) if (stem.test(lower)) return key;
  return null;
}

/** The unit of the words after a number: the first counted noun, preferring the noun after an adjective. */
export function unitAfter(words: string[]): { key: string; at: number } | null {
  for (let i = 0; i < words.length; i++) {
    const key = unitKey(words[i] ?? '');
    if (!key) continue;
    const next = i + 1 < words.length ? unitKey(words[i + 1] ?? '') : null;
    if (next && ADJECTIVE.test((words[i] ?? '').toLowerCase())) return { key: next, at: i + 1 };
    if (HEADS.has(key)) {
      const casualty = words.slice(i + 1, i + 4).map(unitKey).find((k) => k === 'killed' || k === 'wounded');
      if (casualty) return { key: casualty, at: i };
    }
    return { key, at: i };
  }
  return null;
}

// Taking part in a protest, by noun or verb: "участников", "протестующих", "удзельнічала" (and
// "ўдзельнічала", as Belarusian writes it after a vowel),
// "взяли участь", "вышли на улицы", "took part". Not the protest's own nouns: "в ходе акций
// задержаны 633 человека" counts the detained. A count of people beside one of these counts the participants.
const PARTICIPATION = /(?<![\p{L}])(?:participants?|protesters?|demonstrators?|marchers|took part|took to the|rallied|marched|участник|протестующ|демонстрант|митингующ|участвова|участи[ея]|учасник|протестувальник|мітингувальник|участь|[уў]дзельнік|[уў]дзельнічал|паўдзельнічал|[уў]дзел|пратэстоўц|пратэстуюч|uczestni|protestując|demonstrant|участници|протестиращ|участваха)/iu;

// "вышли на улицы", "на мітинг вийшли", "выйшлі на марш": going out, and where to, in either order.
const GOING_OUT = /(?<![\p{L}])(?:вышл[иао]|вийшл[иао]|выйшл[іа])(?![\p{L}])/iu;
const TO_PROTEST = /(?<![\p{L}])на\s+(?:улиц|вулиц|вуліц|акци|акці|акцы|митинг|мітинг|мітынг|протест|пратэст|марш|площад|плошч)/iu;

// "шэсце сабрала больш за 100 тысяч чалавек", "the demonstration in Minsk attracted more than
// 100,000 people": a protest that gathers, draws or brings out a count of people.
const GATHERED = /(?<![\p{L}])(?:шэсц|шестви|марш|мітынг|митинг|мітинг|акцы|акци|акці|пратэст|протест|demonstration|rally|march|protest)\p{L}*\s+(?:\p{L}+\s+){0,3}(?:сабрал|сабраў|собрал|зібрал|зібрав|attracted|drew|gathered|brought out|brought together)/iu;

/** Whether the clause around a count names the people taking part in a protest or rally. */
export const namesParticipants = (clause: string) => PARTICIPATION.test(clause) || (GOING_OUT.test(clause) && TO_PROTEST.test(clause)) || GATHERED.test(clause);
