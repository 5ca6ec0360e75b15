import { describe, expect, it } from 'vitest';
import { statementIn } from './testing/analyzeSnippet';

const HEADLINE = 'Belarus and Russia hold talks\n\n';

// Each row: an article body (after a headline), words of the claim, and who says it, how.
describe('attribution patterns', () => {
  it.each([
    ['insisting said with an adjective: "is adamant"',
      'Kyiv is adamant the Russians are not succeeding in their push to capture the town.', 'not succeeding',
      { speaker: 'Ukraine', attribution: 'indirect', polarity: 'deny', predicate: 'occupy' }],
    ['the person before a title set off by commas speaks, not the body in the title',
      'Rafael Grossi, the head of the International Atomic Energy Agency, said more than a dozen explosions shook the Zaporizhzhia nuclear power plant.', 'explosions shook',
      { speaker: 'Rafael Grossi', attribution: 'indirect', predicate: 'explode' }],
    ['a capital that denies is its government',
      'Minsk denied that missiles were fired from Belarusian territory into Ukraine.', 'missiles were fired',
      { speaker: 'Belarus', attribution: 'indirect', polarity: 'deny', predicate: 'strike' }],
    ['an agency quoting someone gives the words to the one quoted',
      'Belarusian Defence Minister Viktor Khrenin inspected troops in Gomel on Tuesday.\n\nBelTA quoted Khrenin as saying that Belarus was not going to attack anyone.', 'Belarus was not going to attack',
      { speaker: 'Viktor Khrenin', attribution: 'indirect', polarity: 'deny', predicate: 'attack' }],
    ['a direct quote carried by an agency',
      'Belarusian Defence Minister Viktor Khrenin inspected troops in Gomel on Tuesday.\n\nBelTA quoted Khrenin as saying: “Our army is not going to attack anyone.”', 'Our army is not going to attack',
      { speaker: 'Viktor Khrenin', attribution: 'direct', polarity: 'deny' }],
    ['"he said" goes to the nearest person named before',
      'Vladimir Putin flew to Minsk to meet Alexander Lukashenko on Monday.\n\n“We will hold joint exercises with our Russian allies next year,” he said.', 'joint exercises',
      { speaker: 'Alexander Lukashenko', attribution: 'direct', predicate: 'exercise' }],
    ['"the ministry said" goes to the ministry named before',
      'The Belarusian Defence Ministry published a statement on its website.\n\nRussian troops will arrive in Belarus next week, the ministry said.', 'Russian troops will arrive',
      { speaker: 'Belarusian Defence Ministry', attribution: 'indirect', modality: 'intention', predicate: 'send_troops' }],
    ['"Name, a title, said <claim>": the name speaks and the claim follows the verb, after another sentence',
      'The town is in the Donetsk region. Serhiy Cherevaty, a spokesman for the eastern command, said Ukrainian forces continue to hold positions in Soledar.', 'Ukrainian forces continue to hold',
      { speaker: 'Serhiy Cherevatyi', attribution: 'indirect', predicate: 'hold', text: 'Ukrainian forces continue to hold positions in Soledar.' }],
    ['"<claim>, Name, the title, said": the name is no part of the claim',
      'Russia will not attack Ukraine, Dmitry Peskov, the Kremlin spokesman, said on Monday.', 'Russia will not attack',
      { speaker: 'Dmitry Peskov', attribution: 'indirect', polarity: 'deny', text: 'Russia will not attack Ukraine' }],
    ['"said in a statement on Friday that" leaves where it was said out of the claim',
      'The Russian defence ministry said in a statement on Friday that no civilians had been killed.', 'no civilians had been killed',
      { speaker: 'Russian Defence Ministry', attribution: 'indirect', polarity: 'deny', predicate: 'casualties', text: 'no civilians had been killed.' }],
    ['"X, according to the ministry, withdrew": the source set off after the subject speaks the sentence, and does not act',
      'Russian troops, according to the defence ministry, withdrew from the west bank of the Dnipro.', 'withdrew from the west bank',
      { speaker: 'the defence ministry', attribution: 'indirect', predicate: 'withdraw', subject: 'Russia' }],
    ['"told X that" leaves the listener out of the claim',
      'Volodymyr Zelensky told reporters that Russia was preparing a new offensive from Belarus.', 'Russia was preparing',
      { speaker: 'Volodymyr Zelensky', attribution: 'indirect', predicate: 'attack' }],
    ['"according to X" at the start',
      'According to the Institute for the Study of War, Russia is unlikely to launch an offensive from Belarus this winter.', 'Russia is unlikely',
      { speaker: 'Institute for the Study of War', attribution: 'indirect', polarity: 'deny', modality: 'prediction' }],
    ['"was quoted as saying"',
      'Alexander Lukashenko was quoted as saying that Belarus would never send troops to Ukraine.', 'Belarus would never send troops',
      { speaker: 'Alexander Lukashenko', attribution: 'indirect', polarity: 'deny', predicate: 'send_troops' }],
    ['"warned that" with a hedge',
      'Volodymyr Zelensky warned that Belarus could join the war in the coming weeks.', 'Belarus could join the war',
      { speaker: 'Volodymyr Zelensky', attribution: 'indirect', polarity: 'affirm', modality: 'possibility', predicate: 'join_war', subject: 'Belarus' }],
    ['an indefinite official named in the next sentence',
      'Belarus could join the war if Ukraine attacks, a senior official in the Russian Foreign Ministry warned on Friday. “The threat is real,” Aleksey Polishchuk, a director at the ministry, told TASS.', 'Belarus could join the war',
      { speaker: 'Aleksey Polishchuk', attribution: 'indirect' }],
    ['a view held: "seen by X as"',
      'The talks are seen by the Belarusian opposition as a cover for the annexation of their country by Russia.', 'annexation of their country',
      { speaker: 'the Belarusian opposition', attribution: 'indirect', predicate: 'occupy', subject: 'Russia' }],
    ['quotes inside quotes stay in the outer quote',
      '“Everyone will say: ‘That’s it, the Russians are running the country,’ but no one other than us runs Belarus,” Alexander Lukashenko said.', 'no one other than us runs Belarus',
      { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny' }],
    ['apostrophes inside single quotes do not close them',
      '‘Belarus isn’t going to send its troops to Ukraine, and that’s final,’ Alexander Lukashenko said.', 'that’s final',
      { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', predicate: 'send_troops' }],
    ['straight single quotes, British style',
      "'We don't want war with anyone in the region,' Alexander Lukashenko told reporters.", 'want war',
      { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', predicate: 'join_war' }],
    ['guillemets',
      '«Belarus will not attack Ukraine under any circumstances», said Alexander Lukashenko.', 'will not attack Ukraine',
      { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', predicate: 'attack' }],
    ['"…," claimed spokesman Name: English inverts other speech verbs than "said" after a quote',
      '“The car with the three of them crossed the border into Ukraine at four in the morning,” claimed spokesman Anton Bychkovsky.', 'crossed the border',
      { speaker: 'Anton Bychkovsky', attribution: 'direct' }],
    ['"…," said a spokesman, Name: the name after the description speaks',
      '“The car with the three of them crossed the border into Ukraine at four in the morning,” said a spokesman, Anton Bychkovsky.', 'crossed the border',
      { speaker: 'Anton Bychkovsky', attribution: 'direct' }],
    ['"…," Name told reporters: the speaker before "told"',
      '“Belarus will never send its troops to Ukraine,” Alexander Lukashenko told reporters.', 'never send its troops',
      { speaker: 'Alexander Lukashenko', attribution: 'direct', polarity: 'deny', predicate: 'send_troops' }],
    ['a denial inside a sentence carried by someone else stays a denial',
      'Kyiv denies that Soledar has fallen, the General Staff said on Friday.', 'Soledar has fallen',
      { attribution: 'indirect', polarity: 'deny', predicate: 'occupy' }],
    ['a Slavic denial inside an inverted attribution stays a denial',
      'Украинские военные опровергли сообщения о захвате Соледара, заявили в Генштабе ВСУ.', 'захвате Соледара',
      { attribution: 'indirect', polarity: 'deny', predicate: 'occupy' }],
    ['a claim said in two words, when it names the act and the place',
      'Министерство обороны России сообщило о взятии Соледара.', 'взятии Соледара',
      { attribution: 'indirect', polarity: 'affirm', predicate: 'occupy' }],
    ['the day after an inverted verb is not part of the speaker',
      'Українські війська утримують Бахмут, повідомив у четвер Генштаб.', 'утримують Бахмут',
      { speaker: 'Генштаб', attribution: 'indirect', predicate: 'hold' }],
    ['"acknowledged that" reports what was conceded',
      'The Ukrainian military acknowledged that its troops had withdrawn from Soledar.', 'troops had withdrawn',
      { speaker: 'Armed Forces of Ukraine', attribution: 'indirect', predicate: 'withdraw' }],
    ['"conceded that" too',
      'Ukraine\'s eastern command conceded that its troops had fallen back from Soledar.', 'fallen back',
      { speaker: expect.stringMatching(/eastern command/i), attribution: 'indirect', predicate: 'withdraw' }],
    ['"acknowledged stepping back": the gerund after the verb is the speaker\'s own act',
      'Ukrainian forces have acknowledged “stepping back” from the bitterly contested town of Soledar, captured by Russian forces last week.', 'stepping back',
      { speaker: 'Ukrainian forces', predicate: 'withdraw', subject: 'Ukraine' }],
    ['"Name: «quote»", as headlines and posts put it',
      'Зеленский: «Мы не отдадим Бахмут никому».', 'не отдадим Бахмут',
      { speaker: 'Volodymyr Zelensky', attribution: 'direct', polarity: 'deny' }],
    ['Polish future perfective "zaatakuje" is an attack',
      '„Rosja nie zaatakuje Polski” – powiedział rzecznik Kremla.', 'nie zaatakuje',
      { attribution: 'direct', polarity: 'deny', predicate: 'attack' }],
    ['Bulgarian "Според украинския генерален щаб" without a comma: the staff speaks, the claim follows',
      'Според украинския генерален щаб руските сили са се изтеглили от Херсон.', 'руските сили',
      { speaker: 'General Staff of the Ukrainian Armed Forces', predicate: 'withdraw' }],
    ['"заявили, что это неправда, что ...": the verdict right after the verb is part of the claim, and denies it',
      'В Кремле заявили, что это неправда, что российские войска обстреляли больницу.', 'обстреляли больницу',
      { speaker: 'Kremlin', polarity: 'deny', predicate: 'strike' }],
    ['the same in Ukrainian',
      'У Кремлі заявили, що це неправда, що російські війська обстріляли лікарню.', 'обстріляли лікарню',
      { speaker: 'Kremlin', polarity: 'deny', predicate: 'strike' }],
    ['"не соответствует действительности" denies what it is said of',
      'В Минобороны заявили, что информация об обстреле больницы не соответствует действительности.', 'обстреле больницы',
      { polarity: 'deny', predicate: 'strike' }],
    ['"it was false that ..." denies',
      'The Kremlin said it was false that Russian troops had shelled the hospital.', 'shelled the hospital',
      { speaker: 'Kremlin', polarity: 'deny', predicate: 'strike' }],
    ['"... were unfounded" denies',
      'The ministry said reports of a strike on the hospital were unfounded.', 'strike on the hospital',
      { polarity: 'deny', predicate: 'strike' }],
    ['"said in its morning update that" leaves the update out of the claim',
      "Ukraine's General Staff said in its morning update that Russian forces had launched 30 attacks.", 'launched 30 attacks',
      { speaker: 'General Staff of the Ukrainian Armed Forces', text: 'Russian forces had launched 30 attacks.' }],
    ['"told Reuters" without "that" leaves the agency out of the claim',
      'Local residents told Reuters the Russians shelled the market on Sunday.', 'shelled the market',
      { speaker: 'Local residents', text: 'the Russians shelled the market on Sunday.' }],
    ['"по данным правозащитников" (a description in the genitive plural) speaks; a claim of three words with a count holds',
      'По данным правозащитников, задержаны 200 человек.', 'задержаны 200',
      { speaker: 'правозащитников', attribution: 'indirect', predicate: 'detain' }],
    ['"паводле звестак праваабаронцаў" in Belarusian',
      'Паводле звестак праваабаронцаў, падчас акцыі затрымалі 200 чалавек.', 'затрымалі 200',
      { speaker: 'праваабаронцаў', attribution: 'indirect', predicate: 'detain' }],
    ['"Според Зеленски" opening the sentence without a comma: the claim follows the name, even a short one',
      'Според Зеленски Русия подготвя ново настъпление.', 'ново настъпление',
      { speaker: 'Volodymyr Zelensky', predicate: 'attack' }],
    ['"..., according to US intelligence." at the end: the whole phrase speaks',
      'Half of the deaths have occurred since December, according to US intelligence.', 'Half of the deaths',
      { speaker: 'US intelligence' }],
    ['a quote whose paragraphs reopen without closing',
      'Alexander Lukashenko said in May: “Belarus will not send troops to Ukraine.\n\n“We are doing everything to stop the war and hold negotiations.”', 'doing everything to stop the war',
      { speaker: 'Alexander Lukashenko', attribution: 'direct' }],
  ])('%s', (_name, body, words, expected) => {
    expect(statementIn(HEADLINE + body, words)).toMatchObject(expected);
  });

  it('reads a title-case headline as a claim', () => {
    const text = 'Lukashenko Says Belarus Will Not Join The War In Ukraine\n\nAlexander Lukashenko spoke in Minsk on Monday.';
    expect(statementIn(text, 'Will Not Join The War')).toMatchObject({ speaker: 'Alexander Lukashenko', polarity: 'deny', predicate: 'join_war' });
  });

  it('does not give the speaker a gerund that is its clause\'s subject ("warned that sending arms ...")', () => {
    expect(statementIn(`${HEADLINE}Russian officials warned that sending arms to Ukraine prolongs and intensifies the conflict.`, 'sending arms')?.subject).not.toBe('Russia');
  });

  it('gives "a commander" no name from a later paragraph', () => {
    const body = 'RIA quoted a Wagner commander as saying the town was surrounded.\n\nThe claim could not be verified.\n\nThe head of the region, Pavlo Kyrylenko, wrote on Telegram that three civilians were killed.';
    expect(statementIn(HEADLINE + body, 'town was surrounded')?.speaker).not.toBe('Pavlo Kyrylenko');
  });

  it('does not take a question for a claim', () => {
    expect(statementIn(`${HEADLINE}“Will Belarus send troops to Ukraine?” asked Alexander Lukashenko.`, 'send troops')).toBeUndefined();
  });
});

// What was announced is a thing ("the formation of a joint force"); a clause after ", and" with a
// claim of its own is the narrator's, not the announcer's. After "announced that" it stays reported.
describe('a clause after an announced thing', () => {
  it.each([
    ['In October, Belarus announced the formation of a joint force with Russia, and thousands of Russian servicemen were sent to the former Soviet republic.', 'servicemen were sent'],
    ['В октябре Беларусь объявила о создании совместной группировки войск с Россией, и тысячи российских военнослужащих были направлены в республику.', 'военнослужащих были направлены'],
  ])('%s', (body, words) => {
    expect(statementIn(HEADLINE + body, words)).toMatchObject({ speaker: null, attribution: 'narrative', predicate: 'send_troops' });
  });

  it('keeps a clause after "announced that" with the speaker', () => {
    const body = 'The ministry announced that its troops had withdrawn from the town, and that Ukrainian forces had entered it.';
    expect(statementIn(HEADLINE + body, 'troops had withdrawn')).toMatchObject({ speaker: expect.stringMatching(/ministry/i), attribution: 'indirect' });
  });
});

// A promise of a thing is an act (supplying it), not speech; a promise to do something, or that
// something will happen, is reported as the promiser's.
describe('promises', () => {
  it.each([
    ['Putin has also promised Lukashenko new missiles capable of carrying nuclear warheads.', 'new missiles'],
    ['Путин также пообещал Лукашенко новые ракеты, способные нести ядерные боеголовки.', 'новые ракеты'],
    ['Путін також пообіцяв Лукашенку нові ракети, здатні нести ядерні боєголовки.', 'нові ракети'],
    ['Пуцін таксама паабяцаў Лукашэнку новыя ракеты, здольныя несці ядзерныя боегалоўкі.', 'новыя ракеты'],
  ])('%s', (body, words) => {
    expect(statementIn(HEADLINE + body, words)).toMatchObject({ speaker: null, subject: 'Vladimir Putin', predicate: 'supply_weapons', polarity: 'affirm' });
  });

  it.each([
    ['Putin promised to send more troops to the border.', 'send more troops'],
    ['Путин пообещал Лукашенко отправить дополнительные войска к границе.', 'отправить дополнительные войска'],
  ])('keeps a promise to act with the promiser: %s', (body, words) => {
    expect(statementIn(HEADLINE + body, words)).toMatchObject({ speaker: 'Vladimir Putin', predicate: 'send_troops' });
  });
});
