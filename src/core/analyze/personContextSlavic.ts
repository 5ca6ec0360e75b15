import { SLAVIC_SPEECH_VERBS } from './speechVerbsSlavic';

// Titles and roles that come before a name in Russian, Ukrainian, Belarusian, Bulgarian and
// Polish copy, as stems so that every case counts ("министра", "міністрові", "ministra").
const TITLE_STEMS = `
президент премьер прем'єр прэм'ер министр міністр министър minist замминистр заступник намесник вице віце віцэ
пресс-секретар прессекретар пресс-секретар прес-секретар прэс-сакратар речник спикер спікер говорител rzeczni
представител представник прадстаўнік глава голов кіраўнік руководител керівник начальник шеф szef
командующ командувач камандуючы командир командзір комбриг комбат dowódc генерал генерал-лейтенант полковник палкоўнік
подполковник підполковник майор капитан капітан лейтенант сержант генерал-майор generał pułkownik
депутат народн сенатор губернатор губернатар мэр мер кмет burmistrz посол пасол посланик ambasador советник радник
дарадц съветник doradc политолог політолог палітолог эксперт експерт эксперт аналитик аналітик аналітык ekspert analityk
журналист журналіст журналіст военкор воєнкор блогер прокурор генпрокурор судья суддя суддзя лидер лідар лідер
основател засновник заснавальнік директор дырэктар dyrektor омбудсмен уполномочен уповноважен канцлер госсекретар
держсекретар бизнесмен бізнесмен активист активіст актывіст правозащитник правозахисник праваабаронц оппозиционер
опозиціонер апазіцыянер професор прафесар profesor экс- колишн бывш былы prezydent premier poseł deputowan
`.split(/\s+/).filter(Boolean);

const TITLE = new RegExp(`^(?:${TITLE_STEMS.join('|')})`, 'iu');

// "по словам X", "за словами X", "паводле X", "як повідомив X", "według X", "според X".
const ACCORDING_TO = /(?:по\s+словам|по\s+мнению|по\s+данным|за\s+словами|за\s+даними|паводле(?:\s+слоў)?|на\s+думку|według|zdaniem|според)\s+$/iu;

/** Whether the name at `start` follows "по словам", "за словами", "według": it stands in the genitive. */
export function followsAttribution(text: string, start: number): boolean {
  return ACCORDING_TO.test(text.slice(Math.max(0, start - 30), start));
}

/** A title word in any case ("Палітолог", "міністра", "Rzecznik"). */
export function isSlavicTitle(word: string): boolean {
  return TITLE.test(word);
}

const SPEECH = new RegExp(`^(?:${SLAVIC_SPEECH_VERBS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * Whether a capitalised name in Slavic copy is a person's, by the words around it: a title
 * among the few lower-case words before it ("министр иностранных дел Сергей Лавров"), an
 * attribution before it ("по словам Ивана Петрова"), or a speech verb just before or after it
 * ("Иван Петров заявил", "— заявил Иван Петров", "Іван Петренко, речник ОВА, повідомив").
 */
export function looksLikeSlavicPerson(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  const clause = /[^.!?;:«»“”"\n(]*$/u.exec(before)?.[0] ?? '';
  const previous = clause.trim().split(/\s+/).filter(Boolean).slice(-4);
  if (previous.some((word) => TITLE.test(word.replace(/^[«„"(]/, '')))) return true;
  if (ACCORDING_TO.test(before)) return true;
  const lastWord = previous[previous.length - 1] ?? '';
  if (SPEECH.test(lastWord)) return true;
  const after = text.slice(end, end + 120);
  const next = /^,?\s+(?:(?:не|nie)\s+)?(\S+)/u.exec(after)?.[1] ?? '';
  const afterAside = /^,[^,;«»“”"\n]{3,90},\s+(\S+)/u.exec(after)?.[1] ?? '';
  return SPEECH.test(next) || SPEECH.test(afterAside);
}
