import { office, person } from './entryBuilders';
import type { GazetteerEntry } from './types';

const p = (id: string, name: string, country: string, aliases: string[], role: string, extra: Partial<GazetteerEntry> = {}) =>
  person({ id: `person:${id}`, name, country, aliases, offices: [office(role)], ...extra });

// People of the war since 2014 that reporting names often and the other lists lack: Ukraine's
// leaders of 2014-2019, today's officials and governors, the leaders of the Russian-backed
// "republics", Russian border governors and commanders, and war propagandists.
export const PEOPLE_WAR_2014: GazetteerEntry[] = [
  p('yatsenyuk', 'Arseniy Yatsenyuk', 'UA', ['Arseniy Yatsenyuk', 'Arseniy Yatseniuk', 'Arsenij Jazenjuk', 'Yatsenyuk', 'Yatseniuk', 'Jazenjuk', 'Яценюк*'], 'Prime Minister of Ukraine'),
  p('turchynov', 'Oleksandr Turchynov', 'UA', ['Oleksandr Turchynov', 'Olexander Turtschynow', 'Turchynov', 'Turchinov', 'Турчинов*'], 'Secretary of the National Security and Defence Council'),
  p('avakov', 'Arsen Avakov', 'UA', ['Arsen Avakov', 'Arsen Awakow', 'Avakov', 'Awakow', 'Аваков*'], 'Interior Minister of Ukraine'),
  p('poltorak', 'Stepan Poltorak', 'UA', ['Stepan Poltorak', 'Poltorak', 'Полторак*'], 'Defence Minister of Ukraine'),
  p('muzhenko', 'Viktor Muzhenko', 'UA', ['Viktor Muzhenko', 'Muzhenko', 'Муженк*'], 'Chief of the General Staff of Ukraine'),
  p('klimkin', 'Pavlo Klimkin', 'UA', ['Pavlo Klimkin', 'Pawlo Klimkin', 'Klimkin', 'Клімкін*', 'Климкин*'], 'Foreign Minister of Ukraine'),
  p('groysman', 'Volodymyr Groysman', 'UA', ['Volodymyr Groysman', 'Volodymyr Hroisman', 'Groysman', 'Hroisman', 'Гройсман*'], 'Prime Minister of Ukraine'),
  p('nalyvaichenko', 'Valentyn Nalyvaichenko', 'UA', ['Valentyn Nalyvaichenko', 'Nalyvaichenko', 'Nalivaichenko', 'Наливайченк*'], 'Head of the Security Service of Ukraine'),
  p('lytvynenko', 'Oleksandr Lytvynenko', 'UA', ['Oleksandr Lytvynenko', 'Lytvynenko', 'Литвиненк*'], 'Secretary of the National Security and Defence Council'),
  p('skibitskyi', 'Vadym Skibitskyi', 'UA', ['Vadym Skibitskyi', 'Vadym Skibitsky', 'Skibitskyi', 'Skibitsky', 'Скібіцьк*', 'Скибицк*'], 'Deputy head of military intelligence (HUR)'),
  p('filashkin', 'Vadym Filashkin', 'UA', ['Vadym Filashkin', 'Filashkin', 'Філашкін*', 'Филашкин*'], 'Governor of Donetsk Region'),
  p('malashko', 'Yurii Malashko', 'UA', ['Yurii Malashko', 'Yuriy Malashko', 'Malashko', 'Малашк*'], 'Governor of Zaporizhzhia Region'),
  p('kiper', 'Oleh Kiper', 'UA', ['Oleh Kiper', 'Oleg Kiper', 'Kiper', 'Кіпер*', 'Кипер*'], 'Governor of Odesa Region'),
  p('zakharchenko', 'Alexander Zakharchenko', 'UA', ['Alexander Zakharchenko', 'Oleksandr Zakharchenko', 'Zakharchenko', 'Захарченк*'], 'Leader of the self-proclaimed Donetsk People\'s Republic'),
  p('plotnitsky', 'Igor Plotnitsky', 'UA', ['Igor Plotnitsky', 'Ihor Plotnytskyi', 'Plotnitsky', 'Plotnytskyi', 'Плотницк*', 'Плотницьк*'], 'Leader of the self-proclaimed Luhansk People\'s Republic'),
  p('borodai', 'Alexander Borodai', 'RU', ['Alexander Borodai', 'Aleksandr Borodai', 'Borodai', 'Бородай*'], 'State Duma deputy'),
  p('rogov', 'Vladimir Rogov', 'RU', ['Vladimir Rogov', 'Volodymyr Rohov', 'Rogov', 'Рогов*'], 'Russian-installed official in Zaporizhzhia Region'),
  p('ryabkov', 'Sergei Ryabkov', 'RU', ['Sergei Ryabkov', 'Sergey Ryabkov', 'Ryabkov', 'Рябков*'], 'Deputy Foreign Minister of Russia'),
  p('gladkov', 'Vyacheslav Gladkov', 'RU', ['Vyacheslav Gladkov', 'Wjatscheslaw Gladkow', 'Gladkov', 'Gladkow', 'Гладков*'], 'Governor of Belgorod Region'),
  p('starovoit', 'Roman Starovoit', 'RU', ['Roman Starovoit', 'Starovoit', 'Старовойт*'], 'Transport Minister of Russia'),
  p('khinshtein', 'Alexander Khinshtein', 'RU', ['Alexander Khinshtein', 'Aleksandr Khinshtein', 'Khinshtein', 'Хинштейн*', 'Хінштейн*'], 'Governor of Kursk Region'),
  p('bogomaz', 'Alexander Bogomaz', 'RU', ['Alexander Bogomaz', 'Aleksandr Bogomaz', 'Bogomaz', 'Богомаз*'], 'Governor of Bryansk Region'),
  p('alaudinov', 'Apti Alaudinov', 'RU', ['Apti Alaudinov', 'Alaudinov', 'Алаудинов*', 'Алаудінов*'], 'Commander of the Akhmat special forces'),
  p('timur-ivanov', 'Timur Ivanov', 'RU', ['Timur Ivanov', 'Тимур* Иванов*', 'Тимур* Іванов*'], 'Deputy Defence Minister of Russia', { shortNames: ['Ivanov'] }),
  p('dugin', 'Alexander Dugin', 'RU', ['Alexander Dugin', 'Aleksandr Dugin', 'Dugin', 'Дугин*', 'Дугін*'], 'Ideologist'),
  p('solovyov', 'Vladimir Solovyov', 'RU', ['Vladimir Solovyov', 'Vladimir Solovyev', 'Solovyov', 'Solovyev', 'Соловьев*', 'Соловьёв*', 'Соловйов*'], 'Television presenter'),
  p('sobyanin', 'Sergei Sobyanin', 'RU', ['Sergei Sobyanin', 'Sergey Sobyanin', 'Sobyanin', 'Собянин*', 'Собянін*'], 'Mayor of Moscow'),
  p('surkov', 'Vladislav Surkov', 'RU', ['Vladislav Surkov', 'Surkov', 'Сурков*'], 'Aide to the President of Russia'),
  p('muraveiko', 'Pavel Muraveiko', 'BY', ['Pavel Muraveiko', 'Muraveiko', 'Муравейк*', 'Мураўейк*'], 'Chief of the General Staff of Belarus'),
  p('tsepkalo', 'Valery Tsepkalo', 'BY', ['Valery Tsepkalo', 'Valery Tsapkala', 'Tsepkalo', 'Tsapkala', 'Цепкал*', 'Цапкал*'], 'Opposition politician'),
  p('hollande', 'François Hollande', 'FR', ['François Hollande', 'Francois Hollande', 'Hollande', 'Олланд*', 'Оланд*'], 'President of France'),
];
