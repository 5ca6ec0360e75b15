import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

// Leaders of other countries and heads of international bodies who appear in news of the war.
export const PEOPLE_WORLD: GazetteerEntry[] = [
  person({
    id: 'person:guterres', name: 'António Guterres', country: 'PT',
    aliases: ['António Guterres', 'Antonio Guterres', 'Guterres', 'Гутерриш*', 'Гутерреш*', 'Гутэрыш*'],
    offices: [office('Secretary-General of the United Nations', '2017-01-01', undefined, ['UN Secretary-General', 'UN Secretary General', 'U.N. Secretary-General', 'UN chief', 'U.N. chief'])],
  }),
  person({
    id: 'person:grossi', name: 'Rafael Grossi', country: 'AR',
    aliases: ['Rafael Grossi', 'Rafael Mariano Grossi', 'Grossi', 'Гросси', 'Гроссі'],
    offices: [office('Director General of the IAEA', '2019-12-03', undefined, ['IAEA chief', 'IAEA head', 'IAEA Director General', 'IAEA Director-General', 'head of the IAEA'])],
  }),
  person({
    id: 'person:turk', name: 'Volker Türk', country: 'AT',
    aliases: ['Volker Türk', 'Volker Turk', 'Фолькер* Тюрк*'], shortNames: ['Türk'],
    offices: [office('UN High Commissioner for Human Rights', '2022-10-17', undefined, ['UN human rights chief', 'UN High Commissioner for Human Rights'])],
  }),
  person({
    id: 'person:karim-khan', name: 'Karim Khan', country: 'GB',
    aliases: ['Karim Khan', 'Karim A.A. Khan', 'Карим* Хан*'], shortNames: ['Khan'],
    offices: [office('Prosecutor of the International Criminal Court', '2021-06-16', undefined, ['ICC prosecutor', 'ICC chief prosecutor'])],
  }),
  person({
    id: 'person:erdogan', name: 'Recep Tayyip Erdoğan', country: 'TR',
    aliases: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'Tayyip Erdogan', 'Tayyip Erdoğan', 'Erdoğan', 'Erdogan', 'Эрдоган*', 'Ердоган*', 'Эрдаган*'],
    offices: [office('President of Turkey', '2014-08-28', undefined, ['Turkish President', "Turkey's president", 'President of Turkey'])],
  }),
  person({
    id: 'person:xi', name: 'Xi Jinping', country: 'CN',
    aliases: ['Xi Jinping', 'President Xi', 'Си Цзиньпин*', 'Сі Цзіньпін*'], shortNames: ['Xi'],
    offices: [office('President of China', '2013-03-14', undefined, ['Chinese President', "China's president", 'Chinese leader'])],
  }),
  person({
    id: 'person:wang-yi', name: 'Wang Yi', country: 'CN',
    aliases: ['Wang Yi'],
    offices: [office('Foreign Minister of China', '2022-12-30', undefined, ['Chinese Foreign Minister', "China's foreign minister", "China's top diplomat"])],
  }),
  person({
    id: 'person:kim-jong-un', name: 'Kim Jong Un', country: 'KP',
    aliases: ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong-Un', 'Ким Чен Ын*', 'Кім Чен Ин*'], shortNames: ['Kim'],
    offices: [office('Supreme Leader of North Korea', '2011-12-17', undefined, ['North Korean leader', "North Korea's leader"])],
  }),
  person({
    id: 'person:modi', name: 'Narendra Modi', country: 'IN',
    aliases: ['Narendra Modi', 'Modi', 'Моди', 'Моді'],
    offices: [office('Prime Minister of India', '2014-05-26', undefined, ['Indian Prime Minister', "India's prime minister"])],
  }),
  person({
    id: 'person:lula', name: 'Luiz Inácio Lula da Silva', country: 'BR',
    aliases: ['Luiz Inácio Lula da Silva', 'Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula', 'Лула'],
    offices: [office('President of Brazil', '2023-01-01', undefined, ['Brazilian President', "Brazil's president"])],
  }),
  person({
    id: 'person:raisi', name: 'Ebrahim Raisi', country: 'IR',
    aliases: ['Ebrahim Raisi', 'Ebrahim Raeisi', 'Raisi', 'Раиси', 'Раїсі'],
    offices: [office('President of Iran', '2021-08-03', '2024-05-19', ['Iranian President', "Iran's president"])],
  }),
  person({
    id: 'person:tokayev', name: 'Kassym-Jomart Tokayev', country: 'KZ',
    aliases: ['Kassym-Jomart Tokayev', 'Kassym-Zhomart Tokayev', 'Tokayev', 'Токаев*', 'Токаєв*', 'Токаеў*'],
    offices: [office('President of Kazakhstan', '2019-03-20', undefined, ['Kazakh President', "Kazakhstan's president"])],
  }),
  person({
    id: 'person:pashinyan', name: 'Nikol Pashinyan', country: 'AM',
    aliases: ['Nikol Pashinyan', 'Pashinyan', 'Пашинян*', 'Пашынян*'],
    offices: [office('Prime Minister of Armenia', '2018-05-08', undefined, ['Armenian Prime Minister', "Armenia's prime minister"])],
  }),
  person({
    id: 'person:aliyev', name: 'Ilham Aliyev', country: 'AZ',
    aliases: ['Ilham Aliyev', 'Ильхам* Алиев*', 'Ільхам* Алієв*'], shortNames: ['Aliyev'],
    offices: [office('President of Azerbaijan', '2003-10-31', undefined, ['Azerbaijani President', "Azerbaijan's president"])],
  }),
  person({
    id: 'person:sandu', name: 'Maia Sandu', country: 'MD', gender: 'female',
    aliases: ['Maia Sandu', 'Sandu', 'Санду'],
    offices: [office('President of Moldova', '2020-12-24', undefined, ['Moldovan President', "Moldova's president"])],
  }),
  person({
    id: 'person:vucic', name: 'Aleksandar Vučić', country: 'RS',
    aliases: ['Aleksandar Vučić', 'Aleksandar Vucic', 'Vučić', 'Vucic', 'Вучич*', 'Вучыч*'],
    offices: [office('President of Serbia', '2017-05-31', undefined, ['Serbian President', "Serbia's president"])],
  }),
  person({
    id: 'person:fico', name: 'Robert Fico', country: 'SK',
    aliases: ['Robert Fico', 'Fico', 'Фицо'],
    offices: [office('Prime Minister of Slovakia', '2023-10-25', undefined, ['Slovak Prime Minister', "Slovakia's prime minister"])],
  }),
  person({
    id: 'person:frederiksen', name: 'Mette Frederiksen', country: 'DK', gender: 'female',
    aliases: ['Mette Frederiksen', 'Frederiksen', 'Фредериксен'],
    offices: [office('Prime Minister of Denmark', '2019-06-27', undefined, ['Danish Prime Minister', "Denmark's prime minister"])],
  }),
  person({
    id: 'person:kristersson', name: 'Ulf Kristersson', country: 'SE',
    aliases: ['Ulf Kristersson', 'Kristersson', 'Кристерссон*', 'Крістерссон*'],
    offices: [office('Prime Minister of Sweden', '2022-10-18', undefined, ['Swedish Prime Minister', "Sweden's prime minister"])],
  }),
  person({
    id: 'person:marin', name: 'Sanna Marin', country: 'FI', gender: 'female',
    aliases: ['Sanna Marin', 'Санна Марин', 'Санна Марін'], shortNames: ['Marin'],
    offices: [office('Prime Minister of Finland', '2019-12-10', '2023-06-20', ['Finnish Prime Minister', "Finland's prime minister"])],
  }),
  person({
    id: 'person:pope-francis', name: 'Pope Francis', country: 'VA',
    aliases: ['Pope Francis', 'Папа Франциск*', 'Папа Францыск*', 'Папи Франциск*'],
    offices: [office('Pope', '2013-03-13', '2025-04-21')],
  }),
];
