/**
 * ISO 639-3 codes that franc-min returns, mapped to ISO 639-1. Languages without a two-letter
 * code (Cebuano, Madurese ...) are left out: their articles get lang null.
 */
export const ISO_639_1_BY_639_3: Readonly<Record<string, string>> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', pol: 'pl', deu: 'de', fra: 'fr', spa: 'es',
  por: 'pt', ita: 'it', nld: 'nl', swe: 'sv', ces: 'cs', hun: 'hu', ron: 'ro', tur: 'tr',
  bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', kaz: 'kk', uzn: 'uz', azj: 'az', ind: 'id',
  zlm: 'ms', vie: 'vi', jav: 'jv', sun: 'su', tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo',
  ibo: 'ig', fuv: 'ff', run: 'rn', kin: 'rw', plt: 'mg', nya: 'ny', zul: 'zu', som: 'so',
  lin: 'ln', qug: 'qu', zyb: 'za', ckb: 'ku', koi: 'kv', arb: 'ar', urd: 'ur', pes: 'fa',
  pbu: 'ps', hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', jpn: 'ja', kor: 'ko', ben: 'bn',
  tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', mya: 'my', pan: 'pa', amh: 'am',
  tha: 'th', sin: 'si', ell: 'el',
};

export const ISO_639_3_BY_639_1: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(ISO_639_1_BY_639_3).map(([three, two]) => [two, three]),
);
