import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const PRESIDENT_TITLES = ['US President', 'U.S. President', 'American President', 'President of the United States'];
const VICE_PRESIDENT_TITLES = ['US Vice President', 'U.S. Vice President', 'Vice President of the United States'];
const SECRETARY_OF_STATE_TITLES = ['US Secretary of State', 'U.S. Secretary of State', 'American Secretary of State', 'US top diplomat'];
const DEFENSE_SECRETARY_TITLES = ['US Defense Secretary', 'U.S. Defense Secretary', 'US Defence Secretary', 'US Secretary of Defense', 'U.S. Secretary of Defense', 'Pentagon chief'];

// American officials who appear in news of the war. Common surnames ("Austin", "Harris",
// "Johnson") count only after the full name.
export const PEOPLE_UNITED_STATES: GazetteerEntry[] = [
  person({
    id: 'person:biden', name: 'Joe Biden', country: 'US',
    aliases: ['Joe Biden', 'Joseph Biden', 'Joseph R. Biden', 'Biden', 'Байден*'],
    offices: [
      office('Vice President of the United States', '2009-01-20', '2017-01-20'),
      office('President of the United States', '2021-01-20', '2025-01-20', PRESIDENT_TITLES),
    ],
  }),
  person({
    id: 'person:trump', name: 'Donald Trump', country: 'US',
    aliases: ['Donald Trump', 'Donald J. Trump', 'Trump', 'Трамп*'],
    offices: [
      office('President of the United States', '2017-01-20', '2021-01-20', PRESIDENT_TITLES),
      office('President of the United States', '2025-01-20', undefined, PRESIDENT_TITLES),
    ],
  }),
  person({
    id: 'person:harris', name: 'Kamala Harris', country: 'US', gender: 'female',
    aliases: ['Kamala Harris', 'Камал* Харрис'], shortNames: ['Harris'],
    offices: [office('Vice President of the United States', '2021-01-20', '2025-01-20', VICE_PRESIDENT_TITLES)],
  }),
  person({
    id: 'person:vance', name: 'JD Vance', country: 'US',
    aliases: ['JD Vance', 'J.D. Vance', 'James David Vance', 'Вэнс*', 'Венс*'], shortNames: ['Vance'],
    offices: [office('Vice President of the United States', '2025-01-20', undefined, VICE_PRESIDENT_TITLES)],
  }),
  person({
    id: 'person:blinken', name: 'Antony Blinken', country: 'US',
    aliases: ['Antony Blinken', 'Anthony Blinken', 'Blinken', 'Блинкен*', 'Блінкен*'],
    offices: [office('US Secretary of State', '2021-01-26', '2025-01-20', SECRETARY_OF_STATE_TITLES)],
  }),
  person({
    id: 'person:rubio', name: 'Marco Rubio', country: 'US',
    aliases: ['Marco Rubio', 'Rubio', 'Рубио', 'Рубіо'],
    offices: [office('US Secretary of State', '2025-01-21', undefined, SECRETARY_OF_STATE_TITLES)],
  }),
  person({
    id: 'person:austin', name: 'Lloyd Austin', country: 'US',
    aliases: ['Lloyd Austin', 'Lloyd J. Austin', 'Secretary Austin', 'Ллойд* Остин*', 'Ллойд* Остін*'], shortNames: ['Austin'],
    offices: [office('US Secretary of Defense', '2021-01-22', '2025-01-20', DEFENSE_SECRETARY_TITLES)],
  }),
  person({
    id: 'person:hegseth', name: 'Pete Hegseth', country: 'US',
    aliases: ['Pete Hegseth', 'Hegseth', 'Хегсет*', 'Гегсет*'],
    offices: [office('US Secretary of Defense', '2025-01-25', undefined, DEFENSE_SECRETARY_TITLES)],
  }),
  person({
    id: 'person:sullivan', name: 'Jake Sullivan', country: 'US',
    aliases: ['Jake Sullivan', 'Джейк* Салливан*', 'Джейк* Салліван*'], shortNames: ['Sullivan'],
    offices: [office('US National Security Adviser', '2021-01-20', '2025-01-20', ['US national security adviser', 'U.S. national security adviser', 'White House national security adviser'])],
  }),
  person({
    id: 'person:kirby', name: 'John Kirby', country: 'US',
    aliases: ['John Kirby', 'Джон* Кирби', 'Джон* Кірбі'], shortNames: ['Kirby'],
    offices: [office('National Security Council spokesman', undefined, '2025-01-20', ['White House national security spokesman', 'National Security Council spokesman'])],
  }),
  person({
    id: 'person:burns', name: 'William Burns', country: 'US',
    aliases: ['William Burns', 'Bill Burns', 'William J. Burns', 'Уильям* Бернс*', 'Вільям* Бернс*'], shortNames: ['Burns'],
    offices: [office('Director of the CIA', '2021-03-19', '2025-01-20', ['CIA director', 'CIA chief', 'head of the CIA'])],
  }),
  person({
    id: 'person:nuland', name: 'Victoria Nuland', country: 'US', gender: 'female',
    aliases: ['Victoria Nuland', 'Nuland', 'Нуланд'],
    offices: [office('Under Secretary of State for Political Affairs')],
  }),
  person({
    id: 'person:price', name: 'Ned Price', country: 'US',
    aliases: ['Ned Price', 'Нед* Прайс*'], shortNames: ['Price'],
    offices: [office('State Department spokesman', '2021-01-20', '2023-03-10', ['State Department spokesman', 'State Department spokesperson'])],
  }),
  person({
    id: 'person:ryder', name: 'Pat Ryder', country: 'US',
    aliases: ['Pat Ryder', 'Patrick Ryder', 'Пэт* Райдер*'], shortNames: ['Ryder'],
    offices: [office('Pentagon Press Secretary', undefined, '2025-01-20', ['Pentagon press secretary', 'Pentagon spokesman'])],
  }),
  person({
    id: 'person:milley', name: 'Mark Milley', country: 'US',
    aliases: ['Mark Milley', 'Milley', 'Марк* Милли'],
    offices: [office('Chairman of the Joint Chiefs of Staff', '2019-10-01', '2023-09-29', ['Chairman of the Joint Chiefs of Staff', 'top US general', "America's top general"])],
  }),
  person({
    id: 'person:cavoli', name: 'Christopher Cavoli', country: 'US',
    aliases: ['Christopher Cavoli', 'Chris Cavoli', 'Cavoli', 'Каволи', 'Каволі'],
    offices: [office('Supreme Allied Commander Europe', '2022-07-04', undefined, ['Supreme Allied Commander Europe', "NATO's supreme allied commander", 'NATO military commander'])],
  }),
  person({
    id: 'person:witkoff', name: 'Steve Witkoff', country: 'US',
    aliases: ['Steve Witkoff', 'Steven Witkoff', 'Witkoff', 'Уиткофф*', 'Віткофф*', 'Уиткоф*'],
    offices: [office('US Special Envoy', '2025-01-20')],
  }),
  person({
    id: 'person:kellogg', name: 'Keith Kellogg', country: 'US',
    aliases: ['Keith Kellogg', 'Кит* Келлог*', 'Кіт* Келлог*'], shortNames: ['Kellogg'],
    offices: [office('US Special Envoy for Ukraine and Russia', '2025-01-20')],
  }),
  person({
    id: 'person:brink', name: 'Bridget Brink', country: 'US', gender: 'female',
    aliases: ['Bridget Brink', 'Бриджит* Бринк*', 'Бріджит* Брінк*'], shortNames: ['Brink'],
    offices: [office('US Ambassador to Ukraine', '2022-05-30')],
  }),
  person({
    id: 'person:mike-johnson', name: 'Mike Johnson', country: 'US',
    aliases: ['Mike Johnson', 'Майк* Джонсон*'], shortNames: ['Johnson'],
    offices: [office('Speaker of the US House of Representatives', '2023-10-25', undefined, ['House Speaker', 'Speaker of the House', 'US House Speaker'])],
  }),
];
