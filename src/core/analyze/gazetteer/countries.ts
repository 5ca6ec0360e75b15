import { country } from './entryBuilders';
import type { GazetteerEntry } from './types';

// US markers near "Georgia": the state, not the country.
const US_STATE_WORDS = ['Atlanta', 'Savannah', 'Peach State', 'county', 'Kemp', 'Fulton', 'Senate race', 'U.S. state', 'US state', 'state of Georgia', 'Georgia Tech', 'Bulldogs', 'Alabama', 'Florida', 'Tennessee', 'Carolina'];
const CAUCASUS_CONTEXT = ['country:RU', 'country:UA', 'country:BY', 'country:AM', 'country:AZ', 'place:tbilisi', 'place:abkhazia', 'place:south-ossetia', 'org:eu', 'org:nato'];

// Adjectives and demonyms count as mentions of the country: "Belarusian troops" is about Belarus.
export const COUNTRIES: GazetteerEntry[] = [
  country('RU', 'Russia', [
    'Russia', 'Russian', 'Russians', 'Russian Federation', 'Russland', 'Russie', 'Rosja', 'Rosji', 'Rosję',
    'Росси*', 'Российск*', 'Русск*', 'Росі*', 'Російськ*', 'Расія', 'Расіі', 'Расію', 'Расіяй', 'Расійск*', 'РФ',
  ], { anyCase: true }),
  country('BY', 'Belarus', [
    'Belarus', 'Belarusian', 'Belarusians', 'Belarussian', 'Belarussians', 'Byelorussia', 'Byelorussian', 'Belorussia', 'Belorussian',
    'Weißrussland', 'Białoruś', 'Białorusi', 'Biélorussie', 'Беларус*', 'Белорус*', 'Білорус*', 'Беларуск*', 'РБ',
  ], { anyCase: true }),
  country('UA', 'Ukraine', [
    'Ukraine', 'Ukrainian', 'Ukrainians', 'Ukraina', 'Ukrainy', 'Ukrainę', 'Украин*', 'Україн*', 'Украін*', 'Украінск*', 'Ўкраін*',
    // Moscow's name for Ukraine's government: who acts, not where ("provocations of the Kyiv regime").
    'Kyiv regime', 'Kiev regime', 'Киевск* режим*', 'Київськ* режим*', 'Кіеўск* рэжым*', 'Kijowsk* reżim*',
  ], { anyCase: true }),
  country('US', 'United States', ['United States', 'United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'American', 'Americans', 'США', 'ЗША', 'Америк*']),
  country('GB', 'United Kingdom', ['United Kingdom', 'Britain', 'Great Britain', 'British', 'UK', 'U.K.', 'Великобритан*', 'Британ*', 'Вялікабрытан*']),
  country('PL', 'Poland', ['Poland', 'Polish', 'Poles', 'Polska', 'Polen', 'Польш*', 'Польщ*', 'Польшч*', 'Польск*', 'Польськ*']),
  country('LT', 'Lithuania', ['Lithuania', 'Lithuanian', 'Lithuanians', 'Litwa', 'Литв*', 'Літв*', 'Литовск*', 'Литовськ*', 'Літоўск*']),
  country('LV', 'Latvia', ['Latvia', 'Latvian', 'Latvians', 'Łotwa', 'Латви*', 'Латві*', 'Латвийск*', 'Латвійськ*']),
  country('EE', 'Estonia', ['Estonia', 'Estonian', 'Estonians', 'Эстони*', 'Естоні*', 'Эстоні*', 'Эстонск*', 'Естонськ*']),
  country('DE', 'Germany', ['Germany', 'German', 'Germans', 'Deutschland', 'Niemcy', 'Германи*', 'Германі*', 'Німеччин*', 'Немецк*', 'Німецьк*', 'Нямецк*', 'ФРГ']),
  country('FR', 'France', ['France', 'French', 'Франци*', 'Франці*', 'Французск*', 'Французьк*']),
  country('CN', 'China', ['China', 'Chinese', 'Китай', 'Китая', 'Китаю', 'Китаем', 'Китае', 'Китайск*', 'Китайськ*', 'Кітай*']),
  country('KZ', 'Kazakhstan', ['Kazakhstan', 'Kazakh', 'Kazakhs', 'Казахстан*']),
  country('MD', 'Moldova', ['Moldova', 'Moldovan', 'Moldovans', 'Молдов*', 'Малдов*', 'Молдав*']),
  country('FI', 'Finland', ['Finland', 'Finnish', 'Finns', 'Финлянди*', 'Фінлянді*', 'Финск*', 'Фінськ*']),
  country('SE', 'Sweden', ['Sweden', 'Swedish', 'Swedes', 'Швеци*', 'Швеці*', 'Шведск*', 'Шведськ*']),
  country('NO', 'Norway', ['Norway', 'Norwegian', 'Норвеги*', 'Норвегі*', 'Норвежск*', 'Норвезьк*']),
  country('DK', 'Denmark', ['Denmark', 'Danish', 'Дания', 'Дании', 'Данию', 'Данией', 'Данія', 'Данії', 'Датск*', 'Данськ*']),
  country('NL', 'Netherlands', ['Netherlands', 'Dutch', 'Holland', 'Нидерланд*', 'Нідерланд*', 'Голланди*', 'Голланді*']),
  country('BE', 'Belgium', ['Belgium', 'Belgian', 'Бельги*', 'Бельгі*']),
  country('IT', 'Italy', ['Italy', 'Italian', 'Итали*', 'Італі*', 'Итальянск*', 'Італійськ*']),
  country('ES', 'Spain', ['Spain', 'Spanish', 'Испани*', 'Іспані*']),
  country('PT', 'Portugal', ['Portugal', 'Portuguese', 'Португали*', 'Португалі*']),
  country('AT', 'Austria', ['Austria', 'Austrian', 'Австри*', 'Австрі*']),
  country('CH', 'Switzerland', ['Switzerland', 'Swiss', 'Швейцари*', 'Швейцарі*']),
  country('CZ', 'Czech Republic', ['Czech Republic', 'Czechia', 'Czech', 'Чехи*', 'Чехі*', 'Чешск*', 'Чеськ*']),
  country('SK', 'Slovakia', ['Slovakia', 'Slovak', 'Словаки*', 'Словаччин*', 'Словацк*', 'Словацьк*']),
  country('HU', 'Hungary', ['Hungary', 'Hungarian', 'Венгри*', 'Угорщин*', 'Венгерск*', 'Угорськ*']),
  country('RO', 'Romania', ['Romania', 'Romanian', 'Румыни*', 'Румуні*', 'Румынск*', 'Румунськ*']),
  country('BG', 'Bulgaria', ['Bulgaria', 'Bulgarian', 'Болгари*', 'Болгарі*']),
  country('RS', 'Serbia', ['Serbia', 'Serbian', 'Yugoslavia', 'Серби*', 'Сербі*', 'Югослави*', 'Югославі*']),
  country('TR', 'Turkey', ['Turkey', 'Türkiye', 'Turkish', 'Турци*', 'Туреччин*', 'Турэччын*', 'Турецк*', 'Турецьк*']),
  country('GE', 'Georgia', ['Republic of Georgia', 'Грузия', 'Грузии', 'Грузию', 'Грузией', 'Грузинск*', 'Грузія', 'Грузії', 'Грузію', 'Грузинськ*'], {
    contextual: [{ aliases: ['Georgia', 'Georgian', 'Georgians'], requires: CAUCASUS_CONTEXT, unlessNear: US_STATE_WORDS }],
  }),
  country('AM', 'Armenia', ['Armenia', 'Armenian', 'Armenians', 'Армени*', 'Вірмені*', 'Армянск*', 'Вірменськ*']),
  country('AZ', 'Azerbaijan', ['Azerbaijan', 'Azerbaijani', 'Азербайджан*']),
  country('UZ', 'Uzbekistan', ['Uzbekistan', 'Uzbek', 'Узбекистан*']),
  country('KG', 'Kyrgyzstan', ['Kyrgyzstan', 'Kyrgyz', 'Киргизи*', 'Кыргызстан*', 'Киргизстан*']),
  country('TJ', 'Tajikistan', ['Tajikistan', 'Tajik', 'Таджикистан*']),
  country('IR', 'Iran', ['Iran', 'Iranian', 'Iranians', 'Иран*', 'Іран*']),
  country('KP', 'North Korea', ['North Korea', 'North Korean', 'North Koreans', 'DPRK', 'КНДР', 'Северн* Коре*', 'Північн* Коре*']),
  country('IN', 'India', ['India', 'Indian', 'Индия', 'Индии', 'Индию', 'Индией', 'Индийск*', 'Індія', 'Індії', 'Індію', 'Індійськ*']),
  country('IL', 'Israel', ['Israel', 'Israeli', 'Израил*', 'Ізраїл*']),
  country('SY', 'Syria', ['Syria', 'Syrian', 'Сирия', 'Сирии', 'Сирию', 'Сирийск*', 'Сирія', 'Сирії', 'Сирію', 'Сирійськ*']),
  // The wars a side cites against the other ("the invasion of Iraq", "the bombing of Yugoslavia"): named so a remark about them is about them.
  country('IQ', 'Iraq', ['Iraq', 'Iraqi', 'Ирак', 'Ирака', 'Ираку', 'Ираком', 'Ираке', 'Иракск*', 'Ірак', 'Іраку', 'Іраком', 'Іракськ*']),
  country('AF', 'Afghanistan', ['Afghanistan', 'Afghan', 'Афганистан*', 'Афганістан*']),
  country('LY', 'Libya', ['Libya', 'Libyan', 'Ливия', 'Ливии', 'Ливию', 'Ливией', 'Лівія', 'Лівії', 'Лівію', 'Лівією']),
  country('JP', 'Japan', ['Japan', 'Japanese', 'Япони*', 'Японі*']),
  country('CA', 'Canada', ['Canada', 'Canadian', 'Канад*']),
  country('BR', 'Brazil', ['Brazil', 'Brazilian', 'Бразили*', 'Бразилі*']),
  country('SA', 'Saudi Arabia', ['Saudi Arabia', 'Saudi', 'Саудовск* Арави*', 'Саудівськ* Араві*']),
  country('AR', 'Argentina', ['Argentina', 'Argentine', 'Argentinian', 'Аргентин*']),
  country('VA', 'Holy See', ['Holy See', 'Vatican', 'Ватикан*']),
];
