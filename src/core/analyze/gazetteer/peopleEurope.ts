import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const CHANCELLOR_TITLES = ['German Chancellor', 'Chancellor of Germany', "Germany's chancellor"];
const UK_PM_TITLES = ['British Prime Minister', 'UK Prime Minister', 'British PM', 'UK PM', "Britain's prime minister"];
const POLISH_PRESIDENT_TITLES = ['Polish President', 'President of Poland', "Poland's president"];
const POLISH_PM_TITLES = ['Polish Prime Minister', "Poland's prime minister", 'Polish PM'];
const NATO_CHIEF_TITLES = ['NATO Secretary General', 'NATO Secretary-General', 'NATO chief', 'head of NATO', "NATO's secretary general"];
const EU_FOREIGN_POLICY_TITLES = ['EU foreign policy chief', 'EU High Representative', "EU's top diplomat", 'EU top diplomat'];
const FINNISH_PRESIDENT_TITLES = ['Finnish President', "Finland's president", 'President of Finland'];

// European leaders and the heads of NATO and the EU.
export const PEOPLE_EUROPE: GazetteerEntry[] = [
  person({
    id: 'person:stoltenberg', name: 'Jens Stoltenberg', country: 'NO',
    aliases: ['Jens Stoltenberg', 'Stoltenberg', 'Столтенберг*'],
    offices: [office('NATO Secretary General', '2014-10-01', '2024-10-01', NATO_CHIEF_TITLES)],
  }),
  person({
    id: 'person:rutte', name: 'Mark Rutte', country: 'NL',
    aliases: ['Mark Rutte', 'Rutte', 'Рютте'],
    offices: [office('Prime Minister of the Netherlands', '2010-10-14', '2024-07-02'), office('NATO Secretary General', '2024-10-01', undefined, NATO_CHIEF_TITLES)],
  }),
  person({
    id: 'person:von-der-leyen', name: 'Ursula von der Leyen', country: 'DE', gender: 'female',
    aliases: ['Ursula von der Leyen', 'von der Leyen', 'Von der Leyen', 'фон дер Ляйен', 'фон дер Ляєн'],
    offices: [office('President of the European Commission', '2019-12-01', undefined, ['European Commission President', 'EU Commission President', 'President of the European Commission', 'EU Commission chief'])],
  }),
  person({
    id: 'person:borrell', name: 'Josep Borrell', country: 'ES',
    aliases: ['Josep Borrell', 'Borrell', 'Боррел*'],
    offices: [office('EU High Representative for Foreign Affairs and Security Policy', '2019-12-01', '2024-11-30', EU_FOREIGN_POLICY_TITLES)],
  }),
  person({
    id: 'person:kallas', name: 'Kaja Kallas', country: 'EE', gender: 'female',
    aliases: ['Kaja Kallas', 'Kallas', 'Каллас'],
    offices: [office('Prime Minister of Estonia', '2021-01-26', '2024-07-15'), office('EU High Representative for Foreign Affairs and Security Policy', '2024-12-01', undefined, EU_FOREIGN_POLICY_TITLES)],
  }),
  person({
    id: 'person:michel', name: 'Charles Michel', country: 'BE',
    aliases: ['Charles Michel', 'Шарл* Мишел*', 'Шарл* Мішел*'], shortNames: ['Michel'],
    offices: [office('President of the European Council', '2019-12-01', '2024-11-30', ['European Council President', 'President of the European Council'])],
  }),
  person({
    id: 'person:costa', name: 'António Costa', country: 'PT',
    aliases: ['António Costa', 'Antonio Costa', 'Антониу Кошт*', 'Антоніу Кошт*'], shortNames: ['Costa'],
    offices: [office('President of the European Council', '2024-12-01', undefined, ['European Council President', 'President of the European Council'])],
  }),
  person({
    id: 'person:scholz', name: 'Olaf Scholz', country: 'DE',
    aliases: ['Olaf Scholz', 'Scholz', 'Шольц*'],
    offices: [office('Chancellor of Germany', '2021-12-08', '2025-05-06', CHANCELLOR_TITLES)],
  }),
  person({
    id: 'person:merz', name: 'Friedrich Merz', country: 'DE',
    aliases: ['Friedrich Merz', 'Merz', 'Мерц*'],
    offices: [office('Chancellor of Germany', '2025-05-06', undefined, CHANCELLOR_TITLES)],
  }),
  person({
    id: 'person:merkel', name: 'Angela Merkel', country: 'DE', gender: 'female',
    aliases: ['Angela Merkel', 'Merkel', 'Меркель'],
    offices: [office('Chancellor of Germany', '2005-11-22', '2021-12-08', CHANCELLOR_TITLES)],
  }),
  person({
    id: 'person:pistorius', name: 'Boris Pistorius', country: 'DE',
    aliases: ['Boris Pistorius', 'Pistorius', 'Писториус*', 'Пісторіус*'],
    offices: [office('Defence Minister of Germany', '2023-01-19', undefined, ['German Defence Minister', 'German Defense Minister', "Germany's defence minister"])],
  }),
  person({
    id: 'person:baerbock', name: 'Annalena Baerbock', country: 'DE', gender: 'female',
    aliases: ['Annalena Baerbock', 'Baerbock', 'Бербок'],
    offices: [office('Foreign Minister of Germany', '2021-12-08', '2025-05-06', ['German Foreign Minister', "Germany's foreign minister"])],
  }),
  person({
    id: 'person:macron', name: 'Emmanuel Macron', country: 'FR',
    aliases: ['Emmanuel Macron', 'Macron', 'Макрон*'],
    offices: [office('President of France', '2017-05-14', undefined, ['French President', 'President of France', "France's president"])],
  }),
  person({
    id: 'person:johnson', name: 'Boris Johnson', country: 'GB',
    aliases: ['Boris Johnson', 'Борис* Джонсон*'], shortNames: ['Johnson'],
    offices: [office('Prime Minister of the United Kingdom', '2019-07-24', '2022-09-06', UK_PM_TITLES)],
  }),
  person({
    id: 'person:truss', name: 'Liz Truss', country: 'GB', gender: 'female',
    aliases: ['Liz Truss', 'Truss', 'Трасс'],
    offices: [office('Prime Minister of the United Kingdom', '2022-09-06', '2022-10-25', UK_PM_TITLES)],
  }),
  person({
    id: 'person:sunak', name: 'Rishi Sunak', country: 'GB',
    aliases: ['Rishi Sunak', 'Sunak', 'Сунак*'],
    offices: [office('Prime Minister of the United Kingdom', '2022-10-25', '2024-07-05', UK_PM_TITLES)],
  }),
  person({
    id: 'person:starmer', name: 'Keir Starmer', country: 'GB',
    aliases: ['Keir Starmer', 'Starmer', 'Стармер*'],
    offices: [office('Prime Minister of the United Kingdom', '2024-07-05', undefined, UK_PM_TITLES)],
  }),
  person({
    id: 'person:wallace', name: 'Ben Wallace', country: 'GB',
    aliases: ['Ben Wallace', 'Бен* Уоллес*', 'Бен* Воллес*'], shortNames: ['Wallace'],
    offices: [office('Defence Secretary of the United Kingdom', '2019-07-24', '2023-08-31', ['British Defence Secretary', 'UK Defence Secretary', "Britain's defence secretary"])],
  }),
  person({
    id: 'person:cameron', name: 'David Cameron', country: 'GB',
    aliases: ['David Cameron', 'Девид* Кэмерон*', 'Девід* Кемерон*'], shortNames: ['Cameron'],
    offices: [
      office('Prime Minister of the United Kingdom', '2010-05-11', '2016-07-13', UK_PM_TITLES),
      office('Foreign Secretary of the United Kingdom', '2023-11-13', '2024-07-05'),
    ],
  }),
  person({
    id: 'person:lammy', name: 'David Lammy', country: 'GB',
    aliases: ['David Lammy', 'Lammy', 'Лэмми', 'Леммі'],
    offices: [office('Foreign Secretary of the United Kingdom', '2024-07-05')],
  }),
  person({
    id: 'person:duda', name: 'Andrzej Duda', country: 'PL',
    aliases: ['Andrzej Duda', 'Duda', 'Анджей* Дуд*'],
    offices: [office('President of Poland', '2015-08-06', '2025-08-06', POLISH_PRESIDENT_TITLES)],
  }),
  person({
    id: 'person:nawrocki', name: 'Karol Nawrocki', country: 'PL',
    aliases: ['Karol Nawrocki', 'Nawrocki', 'Навроцк*', 'Навроцьк*'],
    offices: [office('President of Poland', '2025-08-06', undefined, POLISH_PRESIDENT_TITLES)],
  }),
  person({
    id: 'person:morawiecki', name: 'Mateusz Morawiecki', country: 'PL',
    aliases: ['Mateusz Morawiecki', 'Morawiecki', 'Моравецк*', 'Моравецьк*'],
    offices: [office('Prime Minister of Poland', '2017-12-11', '2023-12-13', POLISH_PM_TITLES)],
  }),
  person({
    id: 'person:tusk', name: 'Donald Tusk', country: 'PL',
    aliases: ['Donald Tusk', 'Tusk', 'Туск*'],
    offices: [
      office('President of the European Council', '2014-12-01', '2019-11-30'),
      office('Prime Minister of Poland', '2023-12-13', undefined, POLISH_PM_TITLES),
    ],
  }),
  person({
    id: 'person:sikorski', name: 'Radosław Sikorski', country: 'PL',
    aliases: ['Radosław Sikorski', 'Radoslaw Sikorski', 'Sikorski', 'Сикорск*', 'Сікорськ*'],
    offices: [office('Foreign Minister of Poland', '2023-12-13')],
  }),
  person({
    id: 'person:blaszczak', name: 'Mariusz Błaszczak', country: 'PL',
    aliases: ['Mariusz Błaszczak', 'Mariusz Blaszczak', 'Błaszczak', 'Blaszczak', 'Блащак*'],
    offices: [office('Defence Minister of Poland', '2018-01-09', '2023-11-27', ['Polish Defence Minister', 'Polish Defense Minister'])],
  }),
  person({
    id: 'person:nauseda', name: 'Gitanas Nausėda', country: 'LT',
    aliases: ['Gitanas Nausėda', 'Gitanas Nauseda', 'Nausėda', 'Nauseda', 'Науседа*', 'Науседы', 'Науседу'],
    offices: [office('President of Lithuania', '2019-07-12', undefined, ['Lithuanian President', "Lithuania's president", 'President of Lithuania'])],
  }),
  person({
    id: 'person:landsbergis', name: 'Gabrielius Landsbergis', country: 'LT',
    aliases: ['Gabrielius Landsbergis', 'Габриэлюс* Ландсбергис*', 'Габріелюс* Ландсбергіс*'], shortNames: ['Landsbergis'],
    offices: [office('Foreign Minister of Lithuania', '2020-12-11', '2024-12-12', ['Lithuanian Foreign Minister', "Lithuania's foreign minister"])],
  }),
  person({
    id: 'person:rinkevics', name: 'Edgars Rinkēvičs', country: 'LV',
    aliases: ['Edgars Rinkēvičs', 'Edgars Rinkevics', 'Rinkēvičs', 'Rinkevics', 'Ринкевич*', 'Рінкевич*'],
    offices: [office('President of Latvia', '2023-07-08', undefined, ['Latvian President', "Latvia's president"])],
  }),
  person({
    id: 'person:karis', name: 'Alar Karis', country: 'EE',
    aliases: ['Alar Karis', 'Алар* Карис', 'Алар* Каріс'], shortNames: ['Karis'],
    offices: [office('President of Estonia', '2021-10-11', undefined, ['Estonian President', "Estonia's president"])],
  }),
  person({
    id: 'person:niinisto', name: 'Sauli Niinistö', country: 'FI',
    aliases: ['Sauli Niinistö', 'Sauli Niinisto', 'Niinistö', 'Niinisto', 'Ниинисте', 'Ніїністе'],
    offices: [office('President of Finland', '2012-03-01', '2024-03-01', FINNISH_PRESIDENT_TITLES)],
  }),
  person({
    id: 'person:stubb', name: 'Alexander Stubb', country: 'FI',
    aliases: ['Alexander Stubb', 'Stubb', 'Стубб*'],
    offices: [office('President of Finland', '2024-03-01', undefined, FINNISH_PRESIDENT_TITLES)],
  }),
  person({
    id: 'person:orban', name: 'Viktor Orbán', country: 'HU',
    aliases: ['Viktor Orbán', 'Viktor Orban', 'Orbán', 'Orban', 'Орбан*'],
    offices: [office('Prime Minister of Hungary', '2010-05-29', undefined, ['Hungarian Prime Minister', "Hungary's prime minister", 'Hungarian PM'])],
  }),
  person({
    id: 'person:szijjarto', name: 'Péter Szijjártó', country: 'HU',
    aliases: ['Péter Szijjártó', 'Peter Szijjarto', 'Szijjártó', 'Szijjarto', 'Сийярто'],
    offices: [office('Foreign Minister of Hungary', '2014-09-23', undefined, ['Hungarian Foreign Minister', "Hungary's foreign minister"])],
  }),
  person({
    id: 'person:meloni', name: 'Giorgia Meloni', country: 'IT', gender: 'female',
    aliases: ['Giorgia Meloni', 'Meloni', 'Мелони', 'Мелоні'],
    offices: [office('Prime Minister of Italy', '2022-10-22', undefined, ['Italian Prime Minister', "Italy's prime minister"])],
  }),
];
