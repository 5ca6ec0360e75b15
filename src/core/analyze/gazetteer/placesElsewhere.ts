import { place } from './entryBuilders';
import type { GazetteerEntry } from './types';

const inRussia = (id: string, name: string, aliases: string[], extra = {}) => place(id, name, 'country:RU', 'RU', aliases, extra);
const regionOf = (id: string, name: string, aliases: string[]) => place(`${id}-region`, `${name} Region`, 'country:RU', 'RU', aliases);
const capital = (id: string, name: string, countryCode: string, aliases: string[]) => place(id, name, `country:${countryCode}`, countryCode, aliases);

// Russian cities, border regions and air bases; capitals and regions elsewhere that news of
// the war names; seas.
export const PLACES_ELSEWHERE: GazetteerEntry[] = [
  inRussia('moscow', 'Moscow', ['Moscow', 'Moskau', 'Moskwa', 'Moscou', 'Москв*', 'Маскв*']),
  // The concert hall near Moscow attacked in March 2024.
  inRussia('krasnogorsk', 'Krasnogorsk', ['Krasnogorsk', 'Красногорск*', 'Красногорськ*', 'Краснагорск*']),
  place('crocus-city-hall', 'Crocus City Hall', 'place:krasnogorsk', 'RU', ['Crocus City Hall', 'Crocus', 'Крокус Сити Холл*', 'Крокус Сіті Хол*', 'Крокус Сіці Хол*', 'Крокус*']),
  // Where Prigozhin's plane came down in August 2023.
  inRussia('kuzhenkino', 'Kuzhenkino', ['Kuzhenkino', 'Кужёнкин*', 'Куженкин*', 'Кужонкін*']),
  // The Baltic gas pipelines blown up in September 2022.
  place('nord-stream', 'Nord Stream pipelines', null, null, ['Nord Stream', 'Nord Stream 2', 'Северн* поток*', 'Північн* пот*', 'Паўночн* паток*']),
  inRussia('st-petersburg', 'St Petersburg', ['St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Sankt Petersburg', 'Петербург*', 'Пецярбург*']),
  inRussia('belgorod', 'Belgorod', ['Belgorod', 'Bilhorod', 'Белгород', 'Белгорода', 'Белгороде', 'Бєлгород', 'Бєлгорода', 'Бєлгороді', 'Белгарад*']),
  regionOf('belgorod', 'Belgorod', ['Belgorod region', 'Belgorod Region', 'Belgorod Oblast', 'Belgorod oblast', 'Белгородск* област*', 'Бєлгородськ* област*', 'Белгородчин*', 'Бєлгородщин*']),
  inRussia('kursk', 'Kursk', ['Kursk', 'Курск', 'Курска', 'Курске', 'Курськ', 'Курська', 'Курську']),
  regionOf('kursk', 'Kursk', ['Kursk region', 'Kursk Region', 'Kursk Oblast', 'Kursk oblast', 'Курск* област*', 'Курськ* област*', 'Курщин*']),
  inRussia('bryansk', 'Bryansk', ['Bryansk', 'Брянск', 'Брянска', 'Брянске', 'Брянськ', 'Брянська']),
  regionOf('bryansk', 'Bryansk', ['Bryansk region', 'Bryansk Region', 'Bryansk Oblast', 'Bryansk oblast', 'Брянск* област*', 'Брянськ* област*', 'Брянщин*']),
  inRussia('rostov', 'Rostov-on-Don', ['Rostov-on-Don', 'Rostov', 'Ростов*']),
  inRussia('voronezh', 'Voronezh', ['Voronezh', 'Воронеж*']),
  inRussia('krasnodar', 'Krasnodar', ['Krasnodar', 'Краснодар*']),
  inRussia('novorossiysk', 'Novorossiysk', ['Novorossiysk', 'Новороссийск*', 'Новоросійськ*']),
  inRussia('smolensk', 'Smolensk', ['Smolensk', 'Смоленск*', 'Смоленськ*']),
  inRussia('pskov', 'Pskov', ['Pskov', 'Псков', 'Пскова', 'Пскове']),
  inRussia('sochi', 'Sochi', ['Sochi', 'Сочи']),
  inRussia('chechnya', 'Chechnya', ['Chechnya', 'Chechen Republic', 'Чечн*', 'Чечен* Республик*']),
  inRussia('kaliningrad', 'Kaliningrad', ['Kaliningrad', 'Królewiec', 'Калининград*', 'Калінінград*']),
  inRussia('engels', 'Engels air base', ['Engels air base', 'Engels airbase', 'Engels airfield', 'Engels-2', 'аэродром* Энгельс*', 'авиабаз* Энгельс*', 'аеродром* Енгельс*', 'авіабаз* Енгельс*'], {
    contextual: [{ aliases: ['Engels'], requires: ['country:RU', 'country:UA'], unlessNear: ['Marx', 'Friedrich', 'Marxist', 'communism'] }],
  }),
  capital('tbilisi', 'Tbilisi', 'GE', ['Tbilisi', 'Тбилиси', 'Тбілісі']),
  place('abkhazia', 'Abkhazia', 'country:GE', 'GE', ['Abkhazia', 'Абхази*', 'Абхазі*']),
  place('south-ossetia', 'South Ossetia', 'country:GE', 'GE', ['South Ossetia', 'Южн* Осети*', 'Південн* Осеті*']),
  place('transnistria', 'Transnistria', 'country:MD', 'MD', ['Transnistria', 'Transdniestria', 'Trans-Dniester', 'Transnistrian', 'Приднестров*', 'Придністров*']),
  capital('warsaw', 'Warsaw', 'PL', ['Warsaw', 'Warszawa', 'Warschau', 'Варшав*']),
  place('suwalki-gap', 'Suwałki Gap', 'country:PL', 'PL', ['Suwałki Gap', 'Suwalki Gap', 'Suwałki corridor', 'Suwalki corridor', 'Сувалкск* коридор*', 'Сувальськ* коридор*']),
  capital('vilnius', 'Vilnius', 'LT', ['Vilnius', 'Wilno', 'Вильнюс*', 'Вільнюс*']),
  capital('riga', 'Riga', 'LV', ['Riga', 'Рига', 'Риге', 'Риги', 'Ригу']),
  capital('tallinn', 'Tallinn', 'EE', ['Tallinn', 'Таллин*', 'Таллінн*']),
  capital('helsinki', 'Helsinki', 'FI', ['Helsinki', 'Хельсинки', 'Гельсінкі']),
  capital('stockholm', 'Stockholm', 'SE', ['Stockholm', 'Стокгольм*']),
  capital('berlin', 'Berlin', 'DE', ['Berlin', 'Берлин*', 'Берлін*']),
  capital('paris', 'Paris', 'FR', ['Paris', 'Париж*']),
  capital('london', 'London', 'GB', ['London', 'Лондон*']),
  capital('washington', 'Washington', 'US', ['Washington', 'Washington, D.C.', 'Вашингтон*']),
  capital('brussels', 'Brussels', 'BE', ['Brussels', 'Bruxelles', 'Брюссел*', 'Брюсел*']),
  capital('the-hague', 'The Hague', 'NL', ['The Hague', 'Den Haag', 'Гаага', 'Гааге', 'Гаагу', 'Гаазі']),
  capital('budapest', 'Budapest', 'HU', ['Budapest', 'Будапешт*']),
  capital('beijing', 'Beijing', 'CN', ['Beijing', 'Peking', 'Пекин*', 'Пекін*']),
  capital('ankara', 'Ankara', 'TR', ['Ankara', 'Анкар*']),
  capital('istanbul', 'Istanbul', 'TR', ['Istanbul', 'Стамбул*']),
  capital('chisinau', 'Chișinău', 'MD', ['Chișinău', 'Chisinau', 'Kishinev', 'Кишинев*', 'Кишинёв*', 'Кишинів*']),
  capital('astana', 'Astana', 'KZ', ['Astana', 'Астан*']),
  capital('tehran', 'Tehran', 'IR', ['Tehran', 'Тегеран*']),
  capital('pyongyang', 'Pyongyang', 'KP', ['Pyongyang', 'Пхеньян*']),
  place('black-sea', 'Black Sea', null, null, ['Black Sea', 'Черн* мор*', 'Чорн* мор*', 'Чорн* мар*']),
  place('sea-of-azov', 'Sea of Azov', null, null, ['Sea of Azov', 'Azov Sea', 'Азовск* мор*', 'Азовськ* мор*']),
  place('baltic-sea', 'Baltic Sea', null, null, ['Baltic Sea', 'Балтийск* мор*', 'Балтійськ* мор*']),
];
