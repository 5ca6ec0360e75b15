import { detectText } from './detect';
import { withLanguage } from './extract/extractArticle';
import { analyzeExtracted } from './pipeline';

/**
 * A few lines of news prose in each language the analyser reads: dates said every way it reads
 * them, a quote with its speaker, a denial, a number, places and people. Analysing one makes the
 * analyser's first use in that language (regexes compiled at their first and second run, chrono's
 * English parsers, tables built on first use) happen here instead of in a reader's first article.
 */
export const WARM_UP_TEXTS: Record<string, string> = {
  en: `Officials deny report of troop movement near Kharkiv
The defence ministry said on Monday that two drones were shot down over the Belgorod region three days ago. "We have not moved any units to the border," the minister told reporters in Moscow last week, according to a statement published on 12 March 2023. Ukraine's president Volodymyr Zelensky said 15 people were killed and about 40 injured in the strike, which came two weeks after talks in Minsk. Lukashenko denied that Belarus would send troops, and Nato said it would hold exercises in Poland next month.`,
  ru: `Минобороны опровергло сообщения о переброске войск под Харьков
В понедельник министерство обороны заявило, что три дня назад над Белгородской областью были сбиты два беспилотника. «Мы не перебрасывали никаких частей к границе», — сказал министр журналистам в Москве на прошлой неделе, говорится в заявлении от 12 марта 2023 года. По словам президента Украины Владимира Зеленского, 15 человек погибли и около 40 ранены. Лукашенко отрицал, что Беларусь направит войска, а НАТО проведёт учения в Польше в следующем месяце.`,
  uk: `Міноборони спростувало повідомлення про перекидання військ під Харків
У понеділок міністерство оборони заявило, що три дні тому над Бєлгородською областю збили два безпілотники. «Ми не перекидали жодних частин до кордону», — сказав міністр журналістам у Києві минулого тижня, йдеться в заяві від 12 березня 2023 року. За словами президента України Володимира Зеленського, 15 людей загинули і близько 40 поранені. Лукашенко заперечив, що Білорусь відправить війська, а НАТО проведе навчання в Польщі наступного місяця.`,
  be: `Міністэрства абароны абвергла паведамленні пра перакідку войскаў пад Харкаў
У панядзелак міністэрства абароны заявіла, што тры дні таму над Бялгародскай вобласцю збілі два беспілотнікі. «Мы не перакідвалі ніякіх частак да мяжы», — сказаў міністр журналістам у Мінску на мінулым тыдні, гаворыцца ў заяве ад 12 сакавіка 2023 года. Паводле слоў прэзідэнта Украіны Уладзіміра Зяленскага, 15 чалавек загінулі і каля 40 параненыя. Лукашэнка адмаўляў, што Беларусь накіруе войскі, а НАТА правядзе вучэнні ў Польшчы ў наступным месяцы.`,
  bg: `Министерството на отбраната опроверга съобщения за прехвърляне на войски край Харков
В понеделник министерството на отбраната заяви, че преди три дни над Белгородска област са свалени два дрона. „Не сме преместили никакви части към границата“, каза министърът пред журналисти в Москва миналата седмица, се посочва в изявление от 12 март 2023 г. Според президента на Украйна Володимир Зеленски 15 души са загинали и около 40 са ранени. Лукашенко отрече, че Беларус ще изпрати войски, а НАТО ще проведе учения в Полша следващия месец.`,
  pl: `Ministerstwo obrony zaprzecza doniesieniom o przerzucie wojsk pod Charków
W poniedziałek ministerstwo obrony poinformowało, że trzy dni temu nad obwodem biełgorodzkim zestrzelono dwa drony. „Nie przesunęliśmy żadnych jednostek do granicy” – powiedział minister dziennikarzom w Moskwie w zeszłym tygodniu, jak wynika z oświadczenia z 12 marca 2023 roku. Według prezydenta Ukrainy Wołodymyra Zełenskiego zginęło 15 osób, a około 40 zostało rannych. Łukaszenka zaprzeczył, że Białoruś wyśle wojska, a NATO przeprowadzi ćwiczenia w Polsce w przyszłym miesiącu.`,
};

/** The languages warmed, most read first. */
export const WARM_UP_LANGS = Object.keys(WARM_UP_TEXTS);

/**
 * Analyses the language's sample once, as the background analyses a page (language judged,
 * then analysed), and throws the result away. V8 compiles a regex at its first run and again
 * at its second, so the caller runs each language twice (idleWarmUp's steps), one analysis a task.
 */
/**
 * The same sample analysed as written in `lang`, without judging its language or its topic: for
 * a worker that only analyses (the file import's), whose bundle then needs neither.
 */
export function warmUpAnalysisIn(lang: string): void {
  const text = WARM_UP_TEXTS[lang];
  if (!text) return;
  const [title = '', ...rest] = text.split('\n');
  const detection = { isArticle: true, relevant: true, score: 0, countries: [], reasons: [] };
  analyzeExtracted({ url: `https://warm-up.invalid/${lang}`, title, byline: null, siteName: null, publishedAt: '2023-03-15', lang, text: rest.join('\n') }, detection);
}

export function warmUpAnalysis(lang: string): void {
  const text = WARM_UP_TEXTS[lang];
  if (!text) return;
  const [title = '', ...rest] = text.split('\n');
  const article = withLanguage({ url: `https://warm-up.invalid/${lang}`, title, byline: null, siteName: null, publishedAt: '2023-03-15', lang: null, text: rest.join('\n'), declaredLang: null });
  analyzeExtracted(article, detectText(article.title, article.text));
}
