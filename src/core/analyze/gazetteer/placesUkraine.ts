import { place } from './entryBuilders';
import type { GazetteerEntry } from './types';

const oblast = (id: string, name: string, aliases: string[], partOf = 'country:UA') => place(`${id}-region`, `${name} Region`, partOf, 'UA', aliases);
const city = (id: string, name: string, aliases: string[], extra = {}) => place(id, name, 'country:UA', 'UA', aliases, extra);
const inOblast = (id: string, name: string, oblastId: string, aliases: string[], extra = {}) => place(id, name, `place:${oblastId}-region`, 'UA', aliases, extra);
const regionForms = (latin: string[], cyrillic: string[]) => [
  ...latin.flatMap((name) => [`${name} region`, `${name} Region`, `${name} Oblast`, `${name} oblast`, `${name} province`]),
  ...cyrillic,
];
const UKRAINE_CONTEXT = ['country:UA', 'country:RU', 'org:ua-armed-forces', 'org:ru-armed-forces'];

// Ukraine: oblasts, cities and front-line towns, each inside its oblast; Crimea and Donbas
// inside Ukraine, as internationally recognised. "The Dnipro" with an article is the river.
/** Words of a river's water and course, in Russian, Ukrainian and Belarusian (substrings of their forms). */
const RIVER_WORDS = [
  'водохранилищ', 'водосховищ', 'вадасховішч', 'реки', 'реке', 'реку', 'рекой', 'річк', 'річц', 'ракі', 'рацэ', 'рэчк',
  'русл', 'течени', 'течі', 'гирл', 'устье', 'устья', 'пониз', 'низовь', 'верхів', 'верховь', 'вгорі', 'приплив', 'приток',
  'переправ', 'пераправ', 'форсир', 'форсув', 'плотин', 'гребл', 'дамб', 'плацдарм',
];

export const PLACES_UKRAINE: GazetteerEntry[] = [
  city('kyiv', 'Kyiv', ['Kyiv', 'Kiev', 'Kijów', 'Kiew', 'Киев*', 'Київ', 'Києва', 'Києві', 'Києву', 'Києвом', 'Кіеў*', 'Кіев*']),
  oblast('kyiv', 'Kyiv', regionForms(['Kyiv', 'Kiev'], ['Киевск* област*', 'Київськ* област*', 'Київщин*', 'Киевщин*', 'Кіеўск* вобласц*'])),
  inOblast('bucha', 'Bucha', 'kyiv', ['Bucha', 'Butscha', 'Bucza', 'Буча', 'Бучи', 'Бучу', 'Буче', 'Бучі', 'Бучею']),
  inOblast('irpin', 'Irpin', 'kyiv', ['Irpin', 'Irpin’', 'Ирпен*', 'Ірпін*', 'Ірпен*']),
  inOblast('hostomel', 'Hostomel', 'kyiv', ['Hostomel', 'Gostomel', 'Гостомел*']),
  inOblast('borodianka', 'Borodianka', 'kyiv', ['Borodianka', 'Borodyanka', 'Бородянк*']),
  inOblast('brovary', 'Brovary', 'kyiv', ['Brovary', 'Бровар*']),
  city('kharkiv', 'Kharkiv', ['Kharkiv', 'Kharkov', 'Charkiw', 'Charków', 'Харків*', 'Харьков*', 'Харкав*', 'Харкова', 'Харкові', 'Харкову', 'Харковом']),
  oblast('kharkiv', 'Kharkiv', regionForms(['Kharkiv', 'Kharkov'], ['Харківськ* област*', 'Харьковск* област*', 'Харківщин*', 'Харьковщин*'])),
  inOblast('izium', 'Izium', 'kharkiv', ['Izium', 'Izyum', 'Ізюм*', 'Изюм*']),
  inOblast('kupiansk', 'Kupiansk', 'kharkiv', ['Kupiansk', 'Kupyansk', 'Купянск*', 'Куп\'янськ*']),
  inOblast('vovchansk', 'Vovchansk', 'kharkiv', ['Vovchansk', 'Volchansk', 'Вовчанськ*', 'Волчанск*']),
  city('kherson', 'Kherson', ['Kherson', 'Cherson', 'Херсон', 'Херсона', 'Херсоне', 'Херсоні', 'Херсону', 'Херсоном']),
  oblast('kherson', 'Kherson', regionForms(['Kherson'], ['Херсонськ* област*', 'Херсонск* област*', 'Херсонщин*'])),
  inOblast('nova-kakhovka', 'Nova Kakhovka', 'kherson', ['Nova Kakhovka', 'Novaya Kakhovka', 'Нов* Каховк*']),
  city('zaporizhzhia', 'Zaporizhzhia', ['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye', 'Zaporizhzhya', 'Saporischschja', 'Запоріжж*', 'Запорож*', 'Запарожж*']),
  oblast('zaporizhzhia', 'Zaporizhzhia', regionForms(['Zaporizhzhia', 'Zaporizhia', 'Zaporozhye'], ['Запорізьк* област*', 'Запорожск* област*', 'Запоріжчин*'])),
  // The plant stands in Enerhodar; it is a place of its own, so "the Zaporizhzhia nuclear plant"
  // is not the city of Zaporizhzhia 50 km upriver. Every spelling of the city, every word for
  // "nuclear power plant" (АЭС, атомная электростанция, атомна станція, NPP) in each language.
  place('zaporizhzhia-npp', 'Zaporizhzhia nuclear power plant', 'place:enerhodar', 'UA', [
    ...['Zaporizhzhia', 'Zaporizhzhya', 'Zaporizhia', 'Zaporizhya', 'Zaporozhye', 'Zaporozhe', 'Saporischschja'].flatMap((city) => [
      `${city} nuclear power plant`, `${city} Nuclear Power Plant`, `${city} nuclear plant`, `${city} Nuclear Plant`, `${city} power plant`,
      `${city} nuclear power station`, `${city} Nuclear Power Station`, `${city} nuclear station`, `${city} atomic power plant`, `${city} NPP`,
    ]),
    'ZNPP', 'ZNPS', 'ЗАЭС', 'ЗАЕС',
    'Запорожск* АЭС', 'Запорожск* атомн* электростанци*', 'Запорожск* атомн* станци*',
    'Запорізьк* АЕС', 'Запорізьк* атомн* електростанці*', 'Запорізьк* атомн* станці*',
    'Запарожск* АЭС', 'Запарожск* атамн* электрастанцы*', 'Запарожск* атамн* станцы*',
  ]),
  inOblast('enerhodar', 'Enerhodar', 'zaporizhzhia', ['Enerhodar', 'Energodar', 'Енергодар*', 'Энергодар*']),
  inOblast('melitopol', 'Melitopol', 'zaporizhzhia', ['Melitopol', 'Мелитопол*', 'Мелітопол*']),
  inOblast('robotyne', 'Robotyne', 'zaporizhzhia', ['Robotyne', 'Rabotino', 'Роботин*', 'Работин*']),
  inOblast('orikhiv', 'Orikhiv', 'zaporizhzhia', ['Orikhiv', 'Orekhov', 'Оріхів*']),
  place('donbas', 'Donbas', 'country:UA', 'UA', ['Donbas', 'Donbass', 'Донбас*', 'Данбас*']),
  oblast('donetsk', 'Donetsk', regionForms(['Donetsk'], ['Донецьк* област*', 'Донецк* област*', 'Донеччин*', 'Донетчин*']), 'place:donbas'),
  oblast('luhansk', 'Luhansk', regionForms(['Luhansk', 'Lugansk'], ['Луганськ* област*', 'Луганск* област*', 'Луганщин*']), 'place:donbas'),
  inOblast('donetsk', 'Donetsk', 'donetsk', ['Donetsk', 'Donezk', 'Донецьк*', 'Донецк*']),
  inOblast('mariupol', 'Mariupol', 'donetsk', ['Mariupol', 'Mariupol’', 'Маріупол*', 'Мариупол*', 'Марыупал*']),
  inOblast('azovstal', 'Azovstal steel plant', 'donetsk', ['Azovstal', 'Азовстал*', 'Азоўстал*']),
  inOblast('bakhmut', 'Bakhmut', 'donetsk', ['Bakhmut', 'Artemovsk', 'Artyomovsk', 'Bachmut', 'Бахмут*', 'Бахмуце', 'Артемовск*', 'Артёмовск*']),
  inOblast('soledar', 'Soledar', 'donetsk', ['Soledar', 'Соледар*', 'Саледар*']),
  inOblast('avdiivka', 'Avdiivka', 'donetsk', ['Avdiivka', 'Avdeyevka', 'Avdeevka', 'Awdijiwka', 'Авдіївк*', 'Авдіївці', 'Авдеевк*', 'Аўдзееўк*', 'Аўдзееўцы']),
  inOblast('vuhledar', 'Vuhledar', 'donetsk', ['Vuhledar', 'Ugledar', 'Вугледар*', 'Угледар*']),
  inOblast('pokrovsk', 'Pokrovsk', 'donetsk', ['Pokrovsk', 'Покровськ*', 'Покровск*', 'Пакроўск*']),
  inOblast('kramatorsk', 'Kramatorsk', 'donetsk', ['Kramatorsk', 'Краматорськ*', 'Краматорск*']),
  inOblast('sloviansk', 'Sloviansk', 'donetsk', ['Sloviansk', 'Slovyansk', 'Slavyansk', 'Славянск', 'Славянске', 'Слов\'янськ', 'Слов\'янську']),
  inOblast('chasiv-yar', 'Chasiv Yar', 'donetsk', ['Chasiv Yar', 'Chasov Yar', 'Часів* Яр*', 'Часов* Яр*']),
  inOblast('toretsk', 'Toretsk', 'donetsk', ['Toretsk', 'Торецьк*', 'Торецк*']),
  inOblast('lyman', 'Lyman', 'donetsk', ['Krasny Liman', 'Красн* Лиман*'], {
    contextual: [
      { aliases: ['Lyman', 'Liman'], requires: UKRAINE_CONTEXT },
      // "лиман" is also an estuary: the town only beside other places of the Donbas front.
      { aliases: ['Лиман', 'Лимана', 'Лимане', 'Лимані', 'Лиману', 'Лиманом'], requires: ['place:donetsk-region', 'place:donbas', 'place:kramatorsk', 'place:sloviansk', 'place:bakhmut', 'place:siversk', 'place:kreminna', 'place:svatove', 'place:izium'] },
    ],
  }),
  inOblast('luhansk', 'Luhansk', 'luhansk', ['Luhansk', 'Lugansk', 'Луганськ*', 'Луганск*']),
  inOblast('sievierodonetsk', 'Sievierodonetsk', 'luhansk', ['Sievierodonetsk', 'Severodonetsk', 'Sieverodonetsk', 'Сєвєродонецьк*', 'Северодонецк*']),
  inOblast('lysychansk', 'Lysychansk', 'luhansk', ['Lysychansk', 'Lisichansk', 'Лисичанськ*', 'Лисичанск*']),
  city('dnipro', 'Dnipro', ['Dnipro city', 'Dnepropetrovsk'], {
    contextual: [
      { aliases: ['Dnipro', 'Dnepr'], notFollowedBy: '^\\s+(?:river|River)\\b' },
      // The river and the city are one word in Russian, Ukrainian and Belarusian: beside a
      // reservoir, a dam, a crossing or a river's reach ("приплив вгорі Дніпра") it is the river.
      { aliases: ['Днепр*', 'Дніпр*', 'Дняпр*', 'Днипро'], unlessNear: RIVER_WORDS },
    ],
  }),
  oblast('dnipropetrovsk', 'Dnipropetrovsk', regionForms(['Dnipropetrovsk', 'Dnepropetrovsk'], ['Дніпропетровськ* област*', 'Днепропетровск* област*', 'Дніпропетровщин*'])),
  place('dnipro-river', 'Dnipro River', null, null, [
    'Dnieper', 'Dnipro River', 'Dnipro river', 'River Dnipro', 'Dnieper River', 'Dnieper river', 'Dnepr River',
    'рек* Днепр*', 'річк* Дніпр*', 'рак* Дняпр*', 'берег* Днепр*', 'берег* Дніпр*', 'левобережь* Днепр*', 'лівобережж* Дніпр*',
  ], { contextual: [{ aliases: ['Dnipro'], precededBy: '\\bthe\\s+$', notFollowedBy: '^\\s+(?:region|oblast|Oblast|city|mayor|airport|residents?)\\b' }] }),
  // The Danube port whose grain terminals were struck from 2023 on.
  city('izmail', 'Izmail', ['Izmail', 'Izmayil', 'Ізмаїл*', 'Измаил*', 'Ізмаіл*']),
  city('odesa', 'Odesa', ['Odesa', 'Одес*', 'Адэс*'], {
    contextual: [{ aliases: ['Odessa'], requires: UKRAINE_CONTEXT, unlessNear: ['Texas', 'TX', 'Permian', 'Midland', 'Ector County', 'Delaware', 'Florida'] }],
  }),
  city('mykolaiv', 'Mykolaiv', ['Mykolaiv', 'Mykolayiv', 'Nikolaev', 'Nikolayev', 'Миколаїв*', 'Миколаєв*']),
  city('chernihiv', 'Chernihiv', ['Chernihiv', 'Chernigov', 'Czernihów', 'Чернігів*', 'Чернігов*', 'Чернигов*']),
  city('sumy', 'Sumy', ['Sumy', 'Сумы', 'Суми', 'Сумах']),
  oblast('sumy', 'Sumy', regionForms(['Sumy'], ['Сумськ* област*', 'Сумск* област*', 'Сумщин*'])),
  city('poltava', 'Poltava', ['Poltava', 'Полтав*']),
  city('lviv', 'Lviv', ['Lviv', 'Lvov', 'Lwów', 'Lemberg', 'Львів*', 'Львов', 'Львове', 'Львова']),
  city('zhytomyr', 'Zhytomyr', ['Zhytomyr', 'Zhitomir', 'Житомир*']),
  city('rivne', 'Rivne', ['Rivne', 'Rovno']),
  oblast('volyn', 'Volyn', regionForms(['Volyn'], ['Волинськ* област*', 'Волынск* област*', 'Волин*', 'Волын*'])),
  city('lutsk', 'Lutsk', ['Lutsk', 'Łuck', 'Луцьк*', 'Луцк*']),
  // The children's hospital struck in July 2024.
  place('okhmatdyt', 'Okhmatdyt children\'s hospital', 'place:kyiv', 'UA', ['Okhmatdyt', 'Ohmatdyt', 'Okhmatdet', 'Охматдит*', 'Охматдет*', 'Ахматдзет*']),
  // The missile plant in Dnipro struck in November 2024.
  place('yuzhmash', 'Pivdenmash (Yuzhmash) plant', 'place:dnipro', 'UA', ['Yuzhmash', 'Pivdenmash', 'Южмаш*', 'Південмаш*']),
  inOblast('chernobyl', 'Chernobyl', 'kyiv', ['Chernobyl', 'Chornobyl', 'Чорнобил*', 'Чернобыл*', 'Чарнобыл*']),
  city('kryvyi-rih', 'Kryvyi Rih', ['Kryvyi Rih', 'Krivoy Rog', 'Kryvyy Rih', 'Крив* Рог*', 'Крив* Ріг', 'Крив* Роз*']),
  city('kremenchuk', 'Kremenchuk', ['Kremenchuk', 'Kremenchug', 'Кременчук*', 'Кременчуг*']),
  city('vinnytsia', 'Vinnytsia', ['Vinnytsia', 'Vinnitsa', 'Vinnytsya', 'Вінниц*', 'Винниц*']),
  place('snake-island', 'Snake Island', 'country:UA', 'UA', ['Snake Island', 'Zmiinyi Island', 'остров* Змеин*', 'острів* Зміїн*', 'Змеин* остров*', 'Зміїн* острів*', 'Зміїн* острова', 'востра* Змяін*', 'Змяін* востра*']),
  place('crimea', 'Crimea', 'country:UA', 'UA', ['Crimea', 'Crimean', 'Crimean Peninsula', 'Krim', 'Krym', 'Crimée', 'Крым*', 'Крим', 'Криму', 'Кримом', 'Кримськ*']),
  place('sevastopol', 'Sevastopol', 'place:crimea', 'UA', ['Sevastopol', 'Sebastopol', 'Севастопол*']),
  place('crimean-bridge', 'Crimean Bridge', 'place:crimea', 'UA', ['Crimean Bridge', 'Crimea Bridge', 'Kerch Bridge', 'Kerch Strait Bridge', 'Crimean bridge', 'Crimea bridge', 'Kerch bridge', 'Крымск* мост*', 'Керченск* мост*', 'Кримськ* міст*', 'Кримськ* мост*']),
];
