/**
 * Lines that carry the article's metadata rather than its words: "Updated 11:21 pm CST,
 * Tuesday, November 19, 2019", "PUBLISHED: 10:48, Tue, Nov 19, 2019", "By Paul Takahashi",
 * "Posted: Fri 6:45 PM, Feb 16, 2018 |". Metadata is read from the page's markup; in the text
 * these lines are furniture.
 */
import { isMonthWord } from './parseDate';

/** Words a date or byline line is made of, besides names, numbers and month names. */
const STAMP_WORDS = new Set(
  (
    'published publish posted updated update last modified created first on at am um uhr de del das às à a le el the ' +
    'of ago day days hour hours hr hrs minute minutes min mins second seconds yesterday today now stand ' +
    'a.m am. p.m pm. am pm utc gmt est edt cst cdt mst mdt pst pdt hst akst et pt bst cet cest mez mesz msk eet eest ist ' +
    'veröffentlicht aktualisiert aktualisierung erstellt zuletzt vor publié publie mis jour le publicado actualizado ' +
    'atualizado atualização em pubblicato aggiornato il alle ore opublikowano zaktualizowano ' +
    'опубликовано обновлено опубліковано оновлено дата в read reading time letture lettura views'
  ).split(' '),
);

const WEEKDAY =
  /^(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|segunda|terça|quarta|quinta|sexta|feira|luned|marted|mercoled|gioved|venerd|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|пʼятниця|субота|неділя)/iu;

const BYLINE_MARKER = /^(?:by|von|par|por|di|от|автор|written by|posted by|publicado por)\b/iu;
const HAS_STAMP = /\d{1,2}:\d{2}|\b(?:19|20)\d{2}\b|\b\d+\s*(?:h|hrs?|hours?|days?|min(?:utes?)?|tage?n?|stunden?)\s+ago\b|\bvor\s+\d+|\b(?:published|updated|posted|veröffentlicht|aktualisiert|publié|publicado|опубликовано|опубліковано)\b/iu;
const MAX_WORDS = 25;
const MAX_NAME_WORDS = 5;

function isStampToken(token: string): boolean {
  const lower = token.toLowerCase().replace(/[.:’'-]+$/u, '');
  return /^\d/u.test(token) || STAMP_WORDS.has(lower) || isMonthWord(lower) || WEEKDAY.test(lower);
}

/** "Paul Takahashi", "HNN Staff", "Robert Burns, Ap National Security Writer": a name, capitalised. */
function isNameRun(tokens: string[]): boolean {
  if (tokens.length > MAX_NAME_WORDS + 3) return false;
  const words = tokens.filter((token) => !/^(?:and|und|et|y|e|и|і)$/iu.test(token));
  return words.length <= MAX_NAME_WORDS + 2 && words.every((token) => /^\p{Lu}/u.test(token));
}

/** Is this line a byline, a date stamp, or both, rather than a sentence of the article? */
export function isMetadataLine(text: string): boolean {
  const line = text.trim();
  const tokens = line.match(/[\p{L}\p{N}][\p{L}\p{N}.'’:-]*/gu) ?? [];
  if (tokens.length === 0 || tokens.length > MAX_WORDS) return false;
  const byline = BYLINE_MARKER.exec(line);
  const rest = (byline ? tokens.slice(byline[0].split(/\s+/u).length) : tokens).filter((token) => !isStampToken(token));
  if (byline) {
    // "By Jane Doe | November 18, 2019": the rest is a name (a sentence has lower-case words)
    return !/[.!?]$/u.test(line.replace(/\b(?:a|p)\.m\.$/iu, '')) && isNameRun(rest);
  }
  if (!HAS_STAMP.test(line)) return false;
  return rest.length === 0;
}
