import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const FOREIGN_MINISTER_TITLES = ['Belarusian Foreign Minister', "Belarus' foreign minister", "Belarus's foreign minister", 'Foreign Minister of Belarus'];

// Belarusian leaders, ministers, generals and the opposition in exile. Cyrillic in Russian and
// Belarusian spelling; Tsikhanouskaya and her husband are kept apart by their endings.
export const PEOPLE_BELARUS: GazetteerEntry[] = [
  person({
    id: 'person:lukashenko', name: 'Alexander Lukashenko', country: 'BY',
    aliases: [
      'Alexander Lukashenko', 'Aleksandr Lukashenko', 'Alexandr Lukashenko', 'Alyaksandr Lukashenka', 'Aliaksandr Lukashenka',
      'Alexander Lukaschenko', 'Alexandre Loukachenko', 'Aleksander Łukaszenka', 'Lukashenko', 'Lukashenka', 'Lukaschenko',
      'Loukachenko', 'Łukaszenka', 'Łukaszenko', 'Лукашенк*', 'Лукашэнк*',
    ],
    offices: [office('President of Belarus', '1994-07-20', undefined, [
      'Belarusian leader', 'Belarusian president', 'President of Belarus', 'Minsk leader', 'Belarusian dictator', 'Belarusian strongman', "Belarus' president", "Belarus's president",
    ])],
  }),
  person({
    id: 'person:khrenin', name: 'Viktor Khrenin', country: 'BY',
    aliases: ['Viktor Khrenin', 'Victor Khrenin', 'Viktar Khrenin', 'Wiktar Chrenin', 'Khrenin', 'Chrenin', 'Хренин*', 'Хренін*', 'Хрэнін*'],
    offices: [office('Defence Minister of Belarus', '2020-01-20', undefined, [
      'Belarusian Defence Minister', 'Belarusian Defense Minister', "Belarus' defence minister", "Belarus' defense minister",
      "Belarus's defence minister", "Belarus's defense minister", 'Defence Minister of Belarus', 'Defense Minister of Belarus',
    ])],
  }),
  person({
    id: 'person:makei', name: 'Vladimir Makei', country: 'BY',
    aliases: ['Vladimir Makei', 'Uladzimir Makei', 'Vladimir Makey', 'Uladzimir Makey', 'Makei', 'Makey', 'Макей*', 'Макея'],
    offices: [office('Foreign Minister of Belarus', '2012-08-20', '2022-11-26', FOREIGN_MINISTER_TITLES)],
  }),
  person({
    id: 'person:aleinik', name: 'Sergei Aleinik', country: 'BY',
    aliases: ['Sergei Aleinik', 'Sergey Aleinik', 'Siarhei Aleinik', 'Aleinik', 'Алейник*', 'Алейнік*'],
    offices: [office('Foreign Minister of Belarus', '2022-12-05', '2024-06-26', FOREIGN_MINISTER_TITLES)],
  }),
  person({
    id: 'person:ryzhenkov', name: 'Maxim Ryzhenkov', country: 'BY',
    aliases: ['Maxim Ryzhenkov', 'Maksim Ryzhenkov', 'Ryzhenkov', 'Рыженков*', 'Риженков*'],
    offices: [office('Foreign Minister of Belarus', '2024-06-27')],
  }),
  person({
    id: 'person:golovchenko', name: 'Roman Golovchenko', country: 'BY',
    aliases: ['Roman Golovchenko', 'Raman Halouchanka', 'Golovchenko', 'Головченк*', 'Галоўчанк*'],
    offices: [office('Prime Minister of Belarus', '2020-06-04')],
  }),
  person({
    id: 'person:volfovich', name: 'Alexander Volfovich', country: 'BY',
    aliases: ['Alexander Volfovich', 'Aleksandr Volfovich', 'Volfovich', 'Вольфович*', 'Вольфовіч*'],
    offices: [office('Secretary of the Security Council of Belarus')],
  }),
  person({
    id: 'person:gulevich', name: 'Viktor Gulevich', country: 'BY',
    aliases: ['Viktor Gulevich', 'Viktar Gulevich', 'Gulevich', 'Гулевич*', 'Гулевіч*'],
    offices: [office('Chief of the General Staff of the Armed Forces of Belarus')],
  }),
  person({
    id: 'person:tertel', name: 'Ivan Tertel', country: 'BY',
    aliases: ['Ivan Tertel', 'Tertel', 'Тертел*', 'Цертэл*'],
    offices: [office('Chairman of the KGB of Belarus', '2020-09-03', undefined, ['Belarusian KGB chief', 'head of the Belarusian KGB'])],
  }),
  person({
    id: 'person:kubrakov', name: 'Ivan Kubrakov', country: 'BY',
    aliases: ['Ivan Kubrakov', 'Kubrakov', 'Кубраков*'],
    offices: [office('Interior Minister of Belarus', '2020-10-29')],
  }),
  person({
    id: 'person:kochanova', name: 'Natalia Kochanova', country: 'BY', gender: 'female',
    aliases: ['Natalia Kochanova', 'Natalya Kochanova', 'Kochanova', 'Кочанова', 'Кочановой', 'Качанава'],
    offices: [office('Chair of the Council of the Republic of Belarus', '2019-12-06')],
  }),
  person({
    id: 'person:eismont', name: 'Natalia Eismont', country: 'BY', gender: 'female',
    aliases: ['Natalia Eismont', 'Natalya Eismont', 'Eismont', 'Эйсмонт', 'Эйсмант'],
    offices: [office('Press Secretary of the President of Belarus')],
  }),
  person({
    id: 'person:sergeenko', name: 'Igor Sergeenko', country: 'BY',
    aliases: ['Igor Sergeenko', 'Ihar Sergeenko', 'Sergeenko', 'Сергеенк*', 'Сяргеенк*'],
    offices: [office('Head of the Presidential Administration of Belarus')],
  }),
  person({
    id: 'person:tsikhanouskaya', name: 'Sviatlana Tsikhanouskaya', country: 'BY', gender: 'female',
    aliases: [
      'Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya', 'Svetlana Tsikhanouskaya', 'Sviatlana Tsikhanovskaya', 'Swetlana Tichanowskaja',
      'Swiatłana Cichanouska', 'Tsikhanouskaya', 'Tikhanovskaya', 'Tsikhanovskaya', 'Tichanowskaja', 'Cichanouska',
      'Тихановская', 'Тихановской', 'Тихановскую', 'Тихановская', 'Тихановська', 'Тихановської', 'Тихановську', 'Ціханоўская', 'Ціханоўскай', 'Ціханоўскую',
    ],
    offices: [office('Belarusian opposition leader', '2020-08-09', undefined, ['Belarusian opposition leader', 'exiled Belarusian opposition leader'])],
  }),
  person({
    id: 'person:tsikhanouski', name: 'Siarhei Tsikhanouski', country: 'BY',
    aliases: ['Siarhei Tsikhanouski', 'Sergei Tikhanovsky', 'Sergey Tikhanovsky', 'Tsikhanouski', 'Tikhanovsky', 'Тихановский', 'Тихановского', 'Тихановскому', 'Тихановским', 'Тихановський', 'Ціханоўскі', 'Ціханоўскага'],
    offices: [office('Belarusian opposition blogger and former political prisoner')],
  }),
  person({
    id: 'person:kalesnikava', name: 'Maria Kalesnikava', country: 'BY', gender: 'female',
    aliases: ['Maria Kalesnikava', 'Maryia Kalesnikava', 'Maria Kolesnikova', 'Kalesnikava', 'Kolesnikova', 'Мария Колесникова', 'Марии Колесниковой', 'Марыя Калеснікава', 'Калеснікав*', 'Марія Колесникова', 'Колесниковой', 'Колесникової'],
    // Her Russian and Ukrainian surname alone is also a man's (Andrei Kolesnikov, "Колесникова",
    // "Колесникову"): hers in a report that names Belarus or one of its cities, unless a man's
    // first name is beside it.
    contextual: [{
      aliases: ['Колесникова', 'Колесникову'],
      requires: ['country:BY', 'place:minsk', 'place:brest', 'place:gomel', 'place:grodno', 'place:vitebsk', 'place:mogilev'],
      unlessNear: ['Андрей', 'Андрея', 'Андрею', 'Андрій', 'Андрія', 'Андрієві'],
    }],
    offices: [office('Belarusian opposition politician')],
  }),
  person({
    id: 'person:babaryka', name: 'Viktar Babaryka', country: 'BY',
    aliases: ['Viktar Babaryka', 'Viktor Babariko', 'Babaryka', 'Babariko', 'Бабарик*', 'Бабарык*'],
    offices: [office('Belarusian opposition politician')],
  }),
  person({
    id: 'person:latushka', name: 'Pavel Latushka', country: 'BY',
    aliases: ['Pavel Latushka', 'Pavel Latushko', 'Paweł Łatuszka', 'Latushka', 'Latushko', 'Латушк*'],
    offices: [office('Belarusian opposition politician, former culture minister')],
  }),
  person({
    id: 'person:bialiatski', name: 'Ales Bialiatski', country: 'BY',
    aliases: ['Ales Bialiatski', 'Ales Byalyatski', 'Ales Bialatski', 'Bialiatski', 'Byalyatski', 'Беляцк*', 'Бяляцк*'],
    offices: [office('Founder of the Viasna human rights centre')],
  }),
  person({
    id: 'person:viacorka', name: 'Franak Viačorka', country: 'BY',
    aliases: ['Franak Viačorka', 'Franak Viacorka', 'Franak Viachorka', 'Viačorka', 'Viacorka', 'Viachorka', 'Вячорк*'],
    offices: [office('Chief adviser to Sviatlana Tsikhanouskaya')],
  }),
  person({
    id: 'person:fisher', name: 'Julie Fisher', country: 'US', gender: 'female',
    aliases: ['Julie Fisher', 'Джули Фишер'], shortNames: ['Fisher'],
    offices: [office('US Ambassador to Belarus')],
  }),
  person({
    id: 'person:pratasevich', name: 'Raman Pratasevich', country: 'BY',
    aliases: ['Raman Pratasevich', 'Roman Protasevich', 'Raman Protasevich', 'Pratasevich', 'Protasevich', 'Protasiewicz', 'Протасевич*', 'Пратасевіч*', 'Пратасевич*'],
    role: 'journalist, arrested after his Ryanair flight was forced down in Minsk in 2021',
  }),
  person({
    id: 'person:sapega', name: 'Sofia Sapega', country: 'RU', gender: 'female',
    aliases: ['Sofia Sapega', 'Sofiya Sapega', 'Sapega', 'Софи* Сапег*', 'Сапег*', 'Сафі* Сапег*'],
    role: 'arrested with Raman Pratasevich in Minsk in 2021',
  }),
];
