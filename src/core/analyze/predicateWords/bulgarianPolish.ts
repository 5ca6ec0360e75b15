import { ANY, END, gap, stems, type LanguageWords } from './patterns';

/**
 * Bulgarian and Polish: the commonest wording of each class, where the machinery costs
 * nothing more than a line. Bulgarian shares many stems with Russian (санкци, ранен, убит),
 * which the Russian table already covers.
 */
export const BULGARIAN: LanguageWords = {
  // "няма да изпраща войски в Беларус", "изпрати войници".
  send_troops: { verbs: [`${stems('изпрат', 'изпраща', 'изпрати')}\\s+${gap(3)}(?:войск|войници|военни|контингент)`] },
  deploy: { verbs: [`${stems('разположи', 'разполага', 'прехвърли', 'прехвърля')}\\s+${gap(3)}(?:войск|войници|ракет|ядрен)`] },
  station_nuclear: { nouns: [`ядрен${ANY}\\s+(?:оръжи|бойни глави)`] },
  supply_weapons: { verbs: [`${stems('доставк', 'достав', 'изпрат', 'предостав')}\\s+${gap(3)}(?:оръжи|ракет|танков|боеприпас|снаряд|изтребител)`], nouns: [`военн${ANY}\\s+помощ`] },
  invade: { verbs: [stems('нахлу')], nouns: [stems('инвази')] },
  encircle: { verbs: [stems('обкръж')] },
  withdraw: { verbs: [stems('изтегл', 'оттегл', 'отстъп')] },
  hold: { verbs: [`${stems('удържа')}\\s+${gap(2)}(?:позици|контрол|отбран)`, `${stems('отблъсна', 'отблъсква', 'отбиха', 'отби')}\\s+${gap(2)}(?:атак|щурм|настъпл|опит)`] },
  violate_border: { verbs: [`${stems('наруши', 'нарушава')}\\s+${gap(2)}(?:границ|въздушн|териториалн)`] },
  explode: { verbs: [stems('избухна', 'избухв', 'взриви')], nouns: [`експлози${ANY}`, `взрив(?!н|оопасн)${ANY}`] },
  shoot_down: { verbs: [`свал(?:и|ен|я)${ANY}\\s+${gap(3)}(?:самолет|дрон|безпилот|ракет|хеликоптер|изтребител)`] },
  strike: { verbs: [`${stems('ракетн', 'въздушн', 'масиран')}\\s+${gap(1)}удар`, `удар${ANY}\\s+${gap(3)}по\\s`, stems('обстрел', 'бомбардир'), `${stems('изстреля', 'изстрелв', 'изстреляха')}\\s+${gap(3)}(?:ракет|дрон|безпилот|снаряд)`, `${stems('хвърли', 'хвърля', 'пусна', 'пуска')}\\s+${gap(2)}(?:бомб|авиобомб)`] },
  attack: {
    verbs: [
      stems('атакува', 'нападна', 'настъпл', 'контранастъп'),
      // Fighting that goes on at a place: "боевете продължават", "водят се ожесточени боеве", "битката за Бахмут".
      `(?:продължава|продължават|продължиха|продължаваха|водят\\s+се|се\\s+водят|водеха\\s+се|се\\s+водеха|вървят|избухнаха)\\s+${gap(2)}(?:боеве|сражения|битк)`,
      `(?:боеве(?:те)?|сраженията|битките)\\s+${gap(3)}(?:продължава|продължават|продължиха|не\\s+стихват|се\\s+водят|вървят)${END}`,
      `(?:боевете|битката|битките|сраженията)\\s+(?:за|край|около)\\s`,
      `(?:откриха|откри)\\s+огън`, `стреля(?:ха|ли|т)?\\s+(?:\\S+\\s+)?по\\s+(?:хора|протестиращ|демонстрант|цивилн|тълпа|журналист)`,
    ],
    nouns: [stems('агреси', 'атак')],
  },
  occupy: {
    verbs: [`(?:управлява${ANY}|контролира${ANY})\\s+(?=(?:страната|държавата|беларус|русия|украйна)${END})`, stems('превз', 'завзе', 'окупира', 'анексира'), `освободи(?:ха|ли)${END}`, `${stems('поеха', 'поема')}\\s+контрол`],
    // "Бахмут остава под украински контрол", "контролът над града": who holds the place.
    nouns: [stems('окупаци', 'анекси'), `под\\s+${gap(1)}контрол(?:а|ът)?${END}`, `контрол(?:а|ът)?\\s+над\\s`],
  },
  casualties: {
    verbs: [stems('загина', 'загинал', 'убит', 'ранен', 'пострада'), `${stems('загуби')}\\s+${gap(3)}(?:души|войници|военни|бойци|военнослужещи|човек|живота)`],
    nouns: [stems('жертв'), `загуби${END}`],
  },
  defend: { verbs: [stems('защитава', 'защити', 'отбранява')] },
  // "е бил отровен", "отровиха", "отравянето на Навални".
  poison: { verbs: [`отров(?:и|иха|ил|ила|или|ен|ена|ени|ено|я)${END}`, `отравян${ANY}`] },
  mobilise: { nouns: [stems('мобилизаци')], verbs: [stems('мобилизира')] },
  sanction: { nouns: [stems('санкци')] },
  negotiate: { nouns: [stems('преговор')] },
  visit: { verbs: [stems('посети')], nouns: [stems('визит')] },
  threaten: { verbs: [stems('заплаши', 'заплашва')], nouns: [stems('заплах')] },
  agree: { verbs: [`подписа${ANY}\\s+${gap(3)}(?:споразумени|договор)`] },
};

export const POLISH: LanguageWords = {
  station_nuclear: { verbs: [`${stems('rozmie[śs]ci', 'rozmieszcz')}\\s+${gap(3)}(?:broń|broni)\\s+jądrow`], nouns: [`(?:broń|broni|głowic${ANY})\\s+jądrow`] },
  sanction: { nouns: [stems('sankcj')] },
  send_troops: { verbs: [`${stems('wysła', 'wysyła', 'skierowa')}\\s+${gap(3)}(?:wojsk|żołnierz|oddział|kontyngent)`] },
  supply_weapons: {
    verbs: [`${stems('dostarcz', 'dostaw', 'przekaza', 'przekazu', 'wysła')}\\s+${gap(4)}(?:broń|broni|uzbrojeni|rakiet|czołg|amunicj|myśliwc|samolot)`],
    nouns: [`pomoc${ANY}\\s+wojskow`],
  },
  invade: { verbs: [stems('najecha', 'najeżdża')], nouns: [stems('inwazj')] },
  encircle: { verbs: [stems('okrąż', 'okrąże')], nouns: [`(?:kocioł|kotle)${END}`] },
  withdraw: { verbs: [stems('wycofa', 'wycofuj', 'wycofani'), `odwr[óo]t${ANY}`] },
  hold: { verbs: [`${stems('utrzymuj', 'utrzyma')}\\s+${gap(2)}(?:pozycj|kontrol|obron|miast)`, `${stems('odpar', 'odpiera', 'odrzuci')}\\s+${gap(2)}(?:atak|szturm|ofensyw|natarc|prób)`] },
  violate_border: { verbs: [`${stems('narusz')}\\s+${gap(2)}(?:granic|przestrze[nń] powietrzn|wody terytorialn)`] },
  explode: { verbs: [stems('wybuch', 'eksplodowa', 'zdetonowa')], nouns: [`eksplozj${ANY}`] },
  shoot_down: { verbs: [stems('zestrzel', 'zestrzeli', 'zestrzału', 'zestrzał')] },
  strike: {
    verbs: [
      `${stems('atak', 'uderzeni', 'nalot')}\\s+${gap(1)}(?:rakietow|dron|powietrzn|lotnicz)`, stems('ostrza[łl]', 'ostrzel', 'bombardowa', 'bombardu'),
      `${stems('wystrzeli', 'wystrzeliwa', 'odpali')}\\s+${gap(4)}(?:rakiet|pocisk|dron|szahed)`, `${stems('zrzuci', 'zrzuca', 'zrzucon')}\\s+${gap(2)}bomb`,
    ],
  },
  attack: { verbs: [stems('zaatakowa', 'zaatakuj', 'atakuj', 'kontrofensyw', 'szturm', 'napadn', 'napadł', 'napaś'), `nacier${ANY}`, `otworzy${ANY}\\s+ogień`, `strzela${ANY}\\s+(?:\\S+\\s+)?do\\s+(?:ludzi|protestując|demonstrant|cywil|tłum|dziennikarz)`], nouns: [stems('ofensyw', 'agresj'), `atak(?:u|i|iem|ów)?${END}`], negating: [`(?:wyłącznie|czysto)\\s+obronn${ANY}`] },
  occupy: { verbs: [`(?:rządz${ANY}|kontroluj${ANY}|kieruj${ANY})\\s+(?=(?:krajem|państwem|białorusią|rosją|ukrainą|krymem)${END})`, stems('zdoby', 'wyzwoli', 'okupowa', 'anektowa'), `(?:zaję(?:li|ł|ła)|przeję(?:li|ł|ła))\\s+${gap(1)}(?:kontrol|miast|wie[śs]|pozycj)`], nouns: [stems('okupacj', 'aneksj')] },
  casualties: { verbs: [stems('zginę', 'zginął', 'zabit', 'zabil', 'zabił', 'rann', 'poszkodowan')], nouns: [stems('ofiar'), `strat(?:y|ach|ami)?${END}`] },
  // "został otruty", "otruli", "otrucie Nawalnego".
  poison: { verbs: [`otru(?:ł|ła|li|ty|ta|ci|to|tego|ć|cie|cia|ciu|ciem)${END}`] },
  detain: { verbs: [`zatrzyma(?:ł|li|ła|ny|na|ni|nych)${END}`, stems('aresztowa', 'porwa', 'uprowadzi')] },
  mobilise: { verbs: [stems('zmobilizowa', 'mobilizuj')], nouns: [stems('mobilizacj'), `pob[óo]r${END}`] },
  exercise: { nouns: [stems('ćwicze', 'manewr')] },
  deploy: { verbs: [`${stems('rozmie[śs]ci', 'rozmieszcz', 'przerzuci', 'przerzuca')}\\s+${gap(3)}(?:wojsk|żołnierz|oddział|kontyngent|sprzęt|rakiet)`] },
  negotiate: { verbs: [stems('negocjowa', 'negocjuj')], nouns: [stems('negocjacj'), `rozm[óo]w${ANY}\\s+pokojow`] },
  visit: { verbs: [stems('odwiedzi', 'odwiedza')], nouns: [stems('wizyt')] },
  threaten: { verbs: [stems('zagrozi', 'grozi')], nouns: [stems('groźb')] },
  agree: { verbs: [`podpisa${ANY}\\s+${gap(3)}(?:umow|porozumieni|traktat)`, stems('porozumieli', 'uzgodni')] },
};
