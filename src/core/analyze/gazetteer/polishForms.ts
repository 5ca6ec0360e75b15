/**
 * Polish spellings of names the war's reporting repeats, where the entries' Latin names do not
 * reach them: Polish writes ł, ż, ń, sz and w ("Ławrow", "Prigożyn", "Pieskow") and declines
 * names like Russian does ("Putina", "w Kijowie", "w Bachmucie", "Kremla"), so a stem takes the
 * case endings where the stem is no English word. Kept as one table beside the entries so that a
 * Polish reader can check it at a glance.
 */
export const POLISH_FORMS: Record<string, string[]> = {
  'country:RU': ['Rosją', 'Rosjanie', 'Rosjan', 'Rosyjsk*', 'Federacja Rosyjska', 'Federacji Rosyjskiej'],
  'country:UA': ['Ukrainą', 'Ukrainie', 'Ukraińsk*', 'Ukraińc*'],
  'country:BY': ['Białorusią', 'Białorusk*', 'Białorusin*'],
  'place:kyiv': ['Kijow*'],
  'place:kharkiv': ['Charkow*'],
  'place:kherson': ['Chersoń', 'Chersonia', 'Chersoniu', 'Chersoniem'],
  'place:zaporizhzhia': ['Zaporoż*'],
  'place:zaporizhzhia-npp': ['Zaporoska Elektrownia Atomowa', 'Zaporoskiej Elektrowni Atomowej', 'Zaporosk* elektrowni* atomow*', 'Zaporosk* EJ'],
  'place:bakhmut': ['Bachmucie', 'Bachmutu', 'Bachmutem'],
  'place:soledar': ['Sołedar*'],
  'place:donetsk': ['Donieck', 'Doniecka', 'Doniecku', 'Donieckiem'],
  'place:luhansk': ['Ługańsk*'],
  'place:crimea': ['Krymie', 'Krymu', 'Krymsk*'],
  'place:irpin': ['Irpień', 'Irpienia', 'Irpieniu'],
  'place:mykolaiv': ['Mikołajów', 'Mikołajowa', 'Mikołajowie'],
  'place:belgorod': ['Biełgorod*'],
  'place:sudzha': ['Sudż*'],
  'person:putin': ['Putina', 'Putinem', 'Putinowi'],
  'person:zelensky': ['Zełensk*'],
  'person:lukashenko': ['Łukaszenk*'],
  'person:peskov': ['Pieskow*', 'Dmitrij Pieskow'],
  'person:lavrov': ['Ławrow*'],
  'person:prigozhin': ['Prigożyn*', 'Jewgienij Prigożyn'],
  'person:syrskyi': ['Syrski*', 'Ołeksandr Syrski'],
  'person:kuleba': ['Kułeb*'],
  'person:medvedev': ['Dmitrij Miedwiediew', 'Miedwiediew*'],
  'person:gerasimov': ['Gierasimow*', 'Walerij Gierasimow'],
  'person:kadyrov': ['Kadyrow*', 'Ramzan Kadyrow'],
  'org:wagner': ['Grupa Wagnera', 'Grupy Wagnera', 'Grupą Wagnera', 'Wagnerowc*'],
  'org:kremlin': ['Kreml', 'Kremla', 'Kremlu', 'Kremlem'],
  'org:eu': ['UE', 'Unia Europejska', 'Unii Europejskiej', 'Unię Europejską'],
  'org:un': ['ONZ', 'Organizacja Narodów Zjednoczonych', 'Organizacji Narodów Zjednoczonych'],
  'org:iaea': ['MAEA', 'Międzynarodowa Agencja Energii Atomowej', 'Międzynarodowej Agencji Energii Atomowej'],
  'org:white-house': ['Biały Dom', 'Białego Domu', 'Białym Domu'],
  'org:ua-armed-forces': ['Siły Zbrojne Ukrainy', 'Sił Zbrojnych Ukrainy', 'Siłami Zbrojnymi Ukrainy'],
  'org:ua-general-staff': ['Sztab Generalny Sił Zbrojnych Ukrainy', 'Sztabu Generalnego Sił Zbrojnych Ukrainy', 'ukraiński sztab generalny', 'ukraińskiego sztabu generalnego'],
};
