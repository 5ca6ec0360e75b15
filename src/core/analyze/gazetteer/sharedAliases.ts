/**
 * Names that belong to more than one entry on purpose: two people with one surname, a city
 * and a river. Each is a short name or a contextual alias, never a plain alias, so the text
 * around it decides. The gazetteer's rules test allows exactly these to repeat.
 */
export const SHARED_ALIASES: readonly string[] = [
  'Johnson', // Boris Johnson, Mike Johnson
  'Klitschko', // Vitali and Wladimir Klitschko
  'Fedorov', // Mykhailo Fedorov, Ivan Fedorov
  'Kim', // Kim Jong Un, Vitaliy Kim
  'Dnipro', // the city, and "the Dnipro" the river
];
