import { describe, expect, test } from 'vitest';
import { isNoise } from './isNoise';

describe('isNoise', () => {
  test.each([
    // inserts pointing to other stories, in several languages
    'READ MORE: Russia ‘already targeting’ Poland, Sweden AND Finland over NATO entry',
    'ALSO READ  North Korean Kim’s sister condemns US decision',
    'DON’T MISS: Putin’s Victory Day parade in doubt [INSIGHT]',
    'Related News',
    'Keep reading:',
    'SEE MORE: Hong Kong protests: 800 students under siege in university',
    'Also on rt.com Journalists threatened with sedition arrests',
    '(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori)',
    'Lesen Sie auch: Was der Kreml jetzt plant',
    'Читайте также: Лукашенко провел совещание',
    // photo credits and captions with a credit
    'Photo: Collected',
    'Illustration: TBS',
    '(Getty Images)',
    'Vladimir Putin and Alexander Lukashenko (Sputnik/Reuters)',
    'Natalie Naccache | Bloomberg | Getty Images',
    '© Aaron Schwartz',
    'Image 1 of 9',
    // sign-up, newsletter and cookie notices
    'Sign up to our free newsletter for the latest updates.',
    'We use your sign-up to provide content in ways you’ve consented to and to improve our understanding of you. You can unsubscribe at any time.',
    "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
    'CLICK HERE TO GET THE FOX NEWS APP',
    'Like this story? Share it with a friend!',
    // comment prompts and moderation notices
    'Your email address will not be published. Required fields are marked *',
    'What do you think? Let us know in the comments below.',
    'Tell us what YOU think...',
    'ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.',
    // how to reach the writer
    'Email Tariq Malik at tmalik@space.com or follow him @tariqjmalik.',
    'paul.takahashi@chron.com',
    // page chrome and share bars
    'Skip to main content',
    'Advertisement',
    'Continue Reading Below',
    'Whatsapp Facebook Pint Baixar',
    // bylines and date stamps
    'By Paul Takahashi',
    'Updated 11:21 pm CST, Tuesday, November 19, 2019',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'Posted: Fri 6:45 PM, Feb 16, 2018 |',
    'By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Stand: 07.11.2023, 07:30 Uhr',
  ])('drops "%s"', (line) => {
    expect(isNoise(line)).toBe(true);
  });

  test.each([
    'More than 9,000 Russian troops have arrived in Belarus, the ministry said.',
    'Read the full statement, the minister told reporters, and you will see there is no plan to mobilise.',
    'Volunteers said they would sign up for the territorial defence units if Belarus joined the war.',
    'The photo, taken near Gomel, shows a column of tanks.',
    'Lukashenko has repeatedly said he will not send troops to Ukraine (the Kremlin has not commented).',
    'Also on Monday, the ministry said 2,000 more troops had arrived in Brest.',
    'By the end of 2022, Russian units had trained on Belarusian ranges for months.',
    'On December 19, 2022 Putin flew to Minsk.',
    'The details were shared on the Twitter handle of the Senate, @NGRSenate.',
    'Wall Street analysts ask how many streaming services consumers will sign up for, Mayer said.',
    '— Tottenham Hotspur (@SpursOfficial) November 20, 2019',
    'Near-term consolidation likely',
  ])('keeps "%s"', (line) => {
    expect(isNoise(line)).toBe(false);
  });
});
