// Common East Slavic first names as stems, in Russian, Ukrainian and Belarusian spelling. A
// capitalised word after one of them is a surname in any text ("убийство Александра
// Тарайковского"), so such a name needs no title or speech verb around it.
const STEMS = `
александр олександр аляксандр алесь алексе олексі аляксе андре андрі андрэ анатол антон артем артём арцём богдан борис
вадим валер валентин василь васил васіл виктор віктор віктар витал віталь віталі владимир володимир уладзімір владислав
вячеслав в'ячеслав вячаслаў геннад генад григор рыгор денис дзяніс дмитр дзмітр евген євген яўген иван іван ігор игор ігар
илья ілля кирил кірыл константин костянтин канстанцін леонид леонід максим микол никола мікала михаил михайл міхаіл
міхал олег алег павел павл павал петр петро пётр пятр роман раман руслан семен семён сергей серге сергі сярге станислав
станіслав станіслаў степан сцяпан тарас федор фёдор тимур юри юрі юры ярослав яраслаў рамзан рустем
анн ганн анастас виктори вікторі дар'я дарья дарʼя екатерин катерин кацярын елен олен ален ирин ірин ірын юли юлі
ксени ксені людмил марин мари марі марыя натал ольг вольг оксан светлан святлан татьян тетян таццян
`.split(/\s+/).filter(Boolean);

const LONGEST = Math.max(...STEMS.map((s) => s.length));
const SET = new Set(STEMS);

/** Whether a capitalised Cyrillic word is a first name in some case ("Олега", "Аляксандра", "Юлії"). */
export function isSlavicFirstName(word: string): boolean {
  const lower = word.toLowerCase().replace(/[’ʼ]/g, "'");
  // A stem plus at most three letters of case ending: "Ивана" yes, "Иванов" no.
  for (let cut = Math.min(3, lower.length - 3); cut >= 0; cut--) {
    const stem = lower.slice(0, lower.length - cut);
    if (stem.length <= LONGEST && SET.has(stem)) return !/(?:ов|ев|ин|ук|юк|ко|ич|ский|ський)$/.test(lower);
  }
  return false;
}
