import { org, unit } from './entryBuilders';
import type { GazetteerEntry } from './types';

// Bodies and formations of the war since 2014 that the other lists lack: the Russian-backed
// "republics" of Donbas, the nuclear and energy companies that strikes and the Zaporizhzhia
// plant put in the news, law-enforcement bodies, and units named in reports from the front.
export const ORGANIZATIONS_WAR: GazetteerEntry[] = [
  org('dpr', "Donetsk People's Republic", 'UA', ["Donetsk People's Republic", "self-proclaimed Donetsk People's Republic", 'DPR', 'DNR', 'ДНР', 'Донецк* Народн* Республик*', 'Донецьк* Народн* Республік*']),
  org('lpr', "Luhansk People's Republic", 'UA', ["Luhansk People's Republic", "Lugansk People's Republic", 'LPR', 'LNR', 'ЛНР', 'Луганск* Народн* Республик*', 'Луганськ* Народн* Республік*']),
  org('energoatom', 'Energoatom', 'UA', ['Energoatom', 'Enerhoatom', 'Енергоатом*', 'Энергоатом*']),
  org('rosatom', 'Rosatom', 'RU', ['Rosatom', 'Росатом*', 'Росатам*']),
  org('ukrenergo', 'Ukrenergo', 'UA', ['Ukrenergo', 'Укренерго', 'Укрэнерго']),
  org('naftogaz', 'Naftogaz', 'UA', ['Naftogaz', 'Нафтогаз*']),
  org('gazprom', 'Gazprom', 'RU', ['Gazprom', 'Газпром*']),
  org('nabu', 'National Anti-Corruption Bureau of Ukraine', 'UA', ['National Anti-Corruption Bureau of Ukraine', 'National Anti-Corruption Bureau', 'NABU', 'НАБУ']),
  org('ru-investigative-committee', 'Investigative Committee of Russia', 'RU', ['Investigative Committee of Russia', 'Russian Investigative Committee', "Russia's Investigative Committee", 'СК России', 'СК РФ', 'Следственн* комитет* России', 'Следственн* комитет* РФ', 'Слідч* комітет* Росії']),
  org('ua-prosecutor-general', 'Office of the Prosecutor General of Ukraine', 'UA', ["Prosecutor General's Office of Ukraine", "Ukraine's Prosecutor General's Office", 'Офіс* Генпрокурора', 'Офіс* Генерального прокурора', 'Офис* генпрокурора Украины']),
  org('memorial', 'Memorial', 'RU', ['Memorial Human Rights Centre', 'Memorial human rights group', 'правозащитн* центр* «Мемориал»', 'общество «Мемориал»']),
  org('right-sector', 'Right Sector', 'UA', ['Right Sector', 'Правий сектор', 'Правого сектору', 'Правый сектор', 'Правого сектора']),
  unit('international-legion', 'International Legion of Ukraine', 'UA', ['International Legion', 'Міжнародн* легіон*', 'Интернациональн* легион*', 'Международн* легион*']),
  unit('georgian-legion', 'Georgian Legion', 'UA', ['Georgian Legion', 'Грузинськ* легіон*', 'Грузинск* легион*']),
  unit('aidar', 'Aidar Battalion', 'UA', ['Aidar Battalion', 'Aidar battalion', 'батальйон* «Айдар»', 'батальон* «Айдар»', 'батальйон* Айдар', 'батальон* Айдар']),
  unit('ua-3rd-assault-brigade', '3rd Assault Brigade', 'UA', ['3rd Assault Brigade', 'Third Assault Brigade', '3-я штурмов* бригад*', '3-тя окрем* штурмов* бригад*', 'Трет* штурмов* бригад*']),
  unit('ua-47th-brigade', '47th Mechanized Brigade', 'UA', ['47th Mechanized Brigade', '47th Mechanised Brigade', '47th Brigade', '47-ма окрем* механізован* бригад*', '47-я механизированн* бригад*']),
  unit('ua-93rd-brigade', '93rd Mechanized Brigade', 'UA', ['93rd Mechanized Brigade', '93rd Mechanised Brigade', '93rd Brigade', 'Kholodnyi Yar brigade', '93-тя окрем* механізован* бригад*', 'бригад* «Холодний Яр»', 'бригад* Холодний Яр']),
  unit('ru-155th-marine-brigade', '155th Naval Infantry Brigade', 'RU', ['155th Naval Infantry Brigade', '155th Marine Brigade', '155th Guards Naval Infantry Brigade', '155-я бригад* морск* пехот*', '155-я отдельн* гвардейск* бригад* морск* пехот*', '155-та бригад* морськ* піхот*']),
  unit('ru-76th-air-assault-division', '76th Guards Air Assault Division', 'RU', ['76th Guards Air Assault Division', '76th Air Assault Division', 'Pskov paratroopers', '76-я гвардейск* десантно-штурмов* дивизи*', '76-я дивизи* ВДВ', '76-та десантно-штурмов* диві*']),
  unit('ru-58th-army', '58th Combined Arms Army', 'RU', ['58th Combined Arms Army', '58th Army', '58-я общевойсков* арми*', '58-ма загальновійськов* армі*']),
  unit('storm-z', 'Storm-Z', 'RU', ['Storm-Z', 'Storm Z', 'Шторм-Z', 'Шторм Z']),
  unit('africa-corps', 'Africa Corps', 'RU', ['Africa Corps', 'Африканск* корпус*', 'Африканськ* корпус*']),
  unit('rusich', 'Rusich', 'RU', ['Rusich group', 'Rusich unit', 'ДШРГ «Русич»', 'ДШРГ Русич']),
];
