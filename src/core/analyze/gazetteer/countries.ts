import type { GazetteerEntry } from './types';

// Adjectives and demonyms count as mentions of the country: "Belarusian troops" is about Belarus.
export const COUNTRIES: GazetteerEntry[] = [
  {
    id: 'country:RU', name: 'Russia', type: 'country', country: 'RU', anyCase: true,
    aliases: ['Russia', 'Russian', 'Russians', 'Russian Federation', 'Росси*', 'Российск*', 'Русск*', 'Росі*', 'Російськ*', 'Расі*', 'Расійск*'],
  },
  {
    id: 'country:BY', name: 'Belarus', type: 'country', country: 'BY', anyCase: true,
    aliases: ['Belarus', 'Belarusian', 'Belarusians', 'Belarussian', 'Belarussians', 'Byelorussia', 'Belorussia', 'Беларус*', 'Белорус*', 'Білорус*', 'Беларуск*'],
  },
  {
    id: 'country:UA', name: 'Ukraine', type: 'country', country: 'UA', anyCase: true,
    aliases: ['Ukraine', 'Ukrainian', 'Ukrainians', 'Украин*', 'Україн*', 'Украін*'],
  },
  {
    id: 'country:US', name: 'United States', type: 'country', country: 'US',
    aliases: ['United States', 'U.S.', 'US', 'USA', 'American', 'Americans', 'США', 'ЗША'],
  },
  {
    id: 'country:GB', name: 'United Kingdom', type: 'country', country: 'GB',
    aliases: ['United Kingdom', 'Britain', 'British', 'UK', 'U.K.', 'Великобритани*', 'Британі*'],
  },
  { id: 'country:PL', name: 'Poland', type: 'country', country: 'PL', aliases: ['Poland', 'Polish', 'Польш*', 'Польщ*', 'Польшч*'] },
  { id: 'country:LT', name: 'Lithuania', type: 'country', country: 'LT', aliases: ['Lithuania', 'Lithuanian', 'Литв*', 'Літв*'] },
  { id: 'country:LV', name: 'Latvia', type: 'country', country: 'LV', aliases: ['Latvia', 'Latvian', 'Латви*', 'Латві*'] },
  { id: 'country:EE', name: 'Estonia', type: 'country', country: 'EE', aliases: ['Estonia', 'Estonian', 'Эстони*', 'Естоні*'] },
  { id: 'country:DE', name: 'Germany', type: 'country', country: 'DE', aliases: ['Germany', 'German', 'Германи*', 'Німеччин*'] },
  { id: 'country:FR', name: 'France', type: 'country', country: 'FR', aliases: ['France', 'French', 'Франци*', 'Франці*'] },
  { id: 'country:CN', name: 'China', type: 'country', country: 'CN', aliases: ['China', 'Chinese', 'Кита*'] },
  { id: 'country:KZ', name: 'Kazakhstan', type: 'country', country: 'KZ', aliases: ['Kazakhstan', 'Kazakh', 'Казахстан*'] },
  { id: 'country:MD', name: 'Moldova', type: 'country', country: 'MD', aliases: ['Moldova', 'Moldovan', 'Молдов*'] },
  { id: 'country:FI', name: 'Finland', type: 'country', country: 'FI', aliases: ['Finland', 'Finnish', 'Финлянди*', 'Фінлянді*'] },
  { id: 'country:SE', name: 'Sweden', type: 'country', country: 'SE', aliases: ['Sweden', 'Swedish', 'Швеци*', 'Швеці*'] },
  { id: 'country:IR', name: 'Iran', type: 'country', country: 'IR', aliases: ['Iran', 'Iranian', 'Иран*', 'Іран*'] },
];
