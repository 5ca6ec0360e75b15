import { describe, expect, it } from 'vitest';
import { findPredicate } from './predicates';

// One row per language and class: a sentence as news copy would write it, and the class a
// reader would file it under. Expectations written from the sentences, not from the code.
const ROWS: Array<[string, string, string]> = [
  // control or capture of a place (liberation is a capture by the other side)
  ['en', 'Russian forces captured the town of Avdiivka after months of fighting.', 'occupy'],
  ['en', 'Ukrainian troops liberated Kherson on Friday.', 'occupy'],
  ['ru', 'Российские войска захватили Авдеевку.', 'occupy'],
  ['ru', 'Армия России взяла под контроль населённый пункт Работино.', 'occupy'],
  ['ru', 'Минобороны заявило, что войска освободили Марьинку.', 'occupy'],
  ['ru', 'Российские военные установили полный контроль над Бахмутом.', 'occupy'],
  ['uk', 'ЗСУ звільнили Херсон.', 'occupy'],
  ['uk', 'Росіяни захопили село на Донеччині.', 'occupy'],
  ['uk', 'Окупанти окупували Бердянськ у перші дні вторгнення.', 'occupy'],
  ['be', 'Расійскія войскі ўзялі пад кантроль горад Марыупаль.', 'occupy'],
  ['be', 'Украінскія войскі вызвалілі Херсон.', 'occupy'],
  ['pl', 'Ukraińskie wojska wyzwoliły Chersoń.', 'occupy'],
  ['bg', 'Руските сили превзеха Авдеевка.', 'occupy'],
  // the bare verb after an auxiliary: the form a denial or a plan takes in English
  ['en', 'The ministry said its forces did not strike the railway station in Kramatorsk.', 'strike'],
  ['en', 'Moscow insists its troops do not shell residential areas.', 'strike'],
  ['en', 'Russia will never bomb hospitals, the spokesman said.', 'strike'],
  ['en', 'The generals planned to strike the port again within days.', 'strike'],
  // losses told with "lost", weapons used, towns pounded, bridges blown up
  ['en', 'Kyiv denied the claim that it had lost 500 soldiers near Bakhmut.', 'casualties'],
  ['en', 'Two sailors lost their lives in the blaze, the navy said.', 'casualties'],
  ['ru', 'По данным Минобороны, ВСУ потеряли до 500 военнослужащих за сутки.', 'casualties'],
  ['uk', 'За добу ворог втратив 700 осіб особового складу.', 'casualties'],
  ['be', 'За суткі войскі страцілі больш за 300 вайскоўцаў.', 'casualties'],
  ['en', 'Russia has never used cluster munitions in Ukraine, the ambassador said.', 'attack'],
  ['ru', 'Армия применила кассетные боеприпасы против жилых кварталов.', 'attack'],
  ['uk', 'Окупанти застосували касетні боєприпаси по місту.', 'attack'],
  ['be', 'Вайскоўцы прымянілі касетныя боепрыпасы.', 'attack'],
  ['en', 'Russian jets pounded Mariupol for a third day.', 'strike'],
  // downings counted out of a total, ground gained, reservists called up, villages taken back
  ['en', 'Air defences downed 35 of the 40 drones launched overnight.', 'shoot_down'],
  ['en', 'Russian troops advanced two kilometres near the town.', 'attack'],
  ['en', 'Russia called up 300,000 reservists in September.', 'mobilise'],
  ['ru', 'ВСУ отбили село у российских войск.', 'occupy'],
  ['uk', 'ЗСУ відбили село на півдні.', 'occupy'],
  ['be', 'Украінскія войскі адбілі вёску на поўдні.', 'occupy'],
  ['en', 'The ministry said it had destroyed three HIMARS launchers in the past week.', 'casualties'],
  ['en', 'Two Su-25 jets were lost over the Black Sea, the ministry admitted.', 'casualties'],
  // an army that will (not) fight in Ukraine joins (or stays out of) the war
  ['ru', 'Белорусская армия не собирается воевать на Украине.', 'join_war'],
  ['uk', 'Білоруська армія не збирається воювати в Україні.', 'join_war'],
  ['be', 'Беларуская армія не збіраецца ваяваць ва Украіне.', 'join_war'],
  ['en', 'The Belarusian army will not fight in Ukraine, the minister said.', 'join_war'],
  // an army crossing (or not) the border into a country
  ['ru', 'Белорусская армия не пересечёт границу с Украиной.', 'invade'],
  ['uk', 'Білоруська армія не перетне кордон з Україною.', 'invade'],
  ['be', 'Беларускае войска не перасячэ мяжу з Украінай.', 'invade'],
  ['en', 'Belarusian troops will not cross the border with Ukraine.', 'invade'],
  // positions abandoned, weapons moved, towns besieged, marches on a capital, force against a crowd,
  // missiles intercepted, delegations meeting, prison sentences
  ['en', 'The Russian army abandoned its positions on the west bank.', 'withdraw'],
  ['en', 'Moscow has moved Iskander missiles to Belarus.', 'deploy'],
  ['en', 'Russian troops besieged Mariupol for nearly three months.', 'encircle'],
  ['en', 'The mercenaries marched towards Moscow overnight.', 'attack'],
  ['en', 'Police used tear gas and rubber bullets against protesters.', 'attack'],
  ['en', 'The air force intercepted 18 of 20 cruise missiles.', 'shoot_down'],
  ['en', 'The two delegations met in Istanbul on Tuesday.', 'negotiate'],
  ['en', 'The court sentenced the activist to 10 years in prison.', 'detain'],
  // the same acts in Russian, Ukrainian and Belarusian
  ['ru', 'Россия перебросила Искандеры в Белоруссию.', 'deploy'],
  ['ru', 'Российские войска взяли Мариуполь в осаду.', 'encircle'],
  ['ru', 'Осада Мариуполя длилась почти три месяца.', 'encircle'],
  ['uk', 'Російські війська взяли Маріуполь в облогу.', 'encircle'],
  ['ru', 'Колонна вагнеровцев двинулась на Москву.', 'attack'],
  ['ru', 'Силовики применили слезоточивый газ и резиновые пули против протестующих.', 'attack'],
  ['uk', 'Силовики застосували сльозогінний газ проти протестувальників.', 'attack'],
  ['be', 'Сілавікі ўжылі слезацечны газ і гумовыя кулі супраць пратэстоўцаў.', 'attack'],
  ['ru', 'Делегации встретились в Стамбуле.', 'negotiate'],
  ['uk', 'Делегації зустрілися в Стамбулі.', 'negotiate'],
  ['be', 'Дэлегацыі сустрэліся ў Стамбуле.', 'negotiate'],
  ['ru', 'Суд приговорил активиста к 10 годам колонии.', 'detain'],
  ['uk', 'Суд засудив активіста до 10 років ув\'язнення.', 'detain'],
  ['be', 'Суд асудзіў актывіста да 10 гадоў калоніі.', 'detain'],
  // a meeting with someone is talks; a Polish attack as a noun
  ['ru', 'Лукашенко не планирует встречу с Путиным.', 'negotiate'],
  ['uk', 'Лукашенко не планує зустріч з Путіним.', 'negotiate'],
  ['be', 'Лукашэнка не плануе сустрэчу з Пуціным.', 'negotiate'],
  ['pl', 'Rosja nie planuje ataku na Polskę.', 'attack'],
  // Bulgarian troops sent and weapons placed
  ['bg', 'Песков заяви, че Русия няма да изпраща войски в Беларус.', 'send_troops'],
  ['bg', 'Русия разположи ядрени ракети в Беларус.', 'deploy'],
  // troops stepping or falling back from a town
  ['en', 'The army acknowledged stepping back from the town to better positions.', 'withdraw'],
  ['en', 'Ukrainian units fell back from Soledar overnight.', 'withdraw'],
  ['en', 'Russian troops blew up the Kakhovka dam, Kyiv says.', 'explode'],
  ['ru', 'Диверсанты подорвали железнодорожный мост под Мелитополем.', 'explode'],
  ['uk', 'Окупанти підірвали греблю Каховської ГЕС.', 'explode'],
  ['uk', 'Окупанти висадили в повітря міст через Дніпро.', 'explode'],
  ['be', 'Расійскія вайскоўцы падарвалі мост праз раку.', 'explode'],
  // the enemy driven back, a town left, troops crossing into a region, weapons arrived
  ['en', 'Russian troops pushed Ukrainian forces back from the town.', 'attack'],
  ['en', 'No Ukrainian soldiers remain in Avdiivka, the ministry said.', 'withdraw'],
  ['en', 'Ukrainian troops crossed into Russia\'s Kursk region on Tuesday.', 'invade'],
  ['en', 'Lukashenko said nuclear weapons had already arrived in Belarus.', 'station_nuclear'],
  // the same in Russian, Ukrainian and Belarusian
  ['ru', 'ВСУ отбросили российские войска от Харькова.', 'hold'],
  ['ru', 'В Авдеевке не осталось украинских военных, заявили в Минобороны.', 'withdraw'],
  ['uk', 'В Авдіївці не залишилося українських військових.', 'withdraw'],
  ['ru', 'Ядерное оружие уже доставлено в Белоруссию, заявил Лукашенко.', 'station_nuclear'],
  ['uk', 'Ядерна зброя вже прибула до Білорусі, заявив Лукашенко.', 'station_nuclear'],
  ['be', 'Ядзерная зброя ўжо прыбыла ў Беларусь, заявіў Лукашэнка.', 'station_nuclear'],
  ['ru', 'Российские войска продвинулись на 2 км под Работино.', 'attack'],
  ['uk', 'Окупанти просунулися на 2 км біля Роботиного.', 'attack'],
  ['uk', 'Росіяни вдарили по енергетиці Харкова вночі.', 'strike'],
  // drones intercepted are downed; a dam blown up, told with the noun
  ['ru', 'Как сообщает РИА Новости, силы ПВО перехватили над Крымом 10 украинских беспилотников.', 'shoot_down'],
  ['uk', 'Речник Повітряних сил повідомив, що ППО перехопила 20 шахедів уночі.', 'shoot_down'],
  ['be', 'Сілы СПА перахапілі 5 дронаў над Гомелем.', 'shoot_down'],
  ['ru', 'Кремль отверг причастность к подрыву Каховской ГЭС.', 'explode'],
  ['uk', 'У Кремлі заперечили причетність до підриву Каховської ГЕС.', 'explode'],
  // equipment destroyed is a loss; troops crossing the border into a country invade it
  ['en', 'Ukraine\'s military said it had destroyed 12 Russian tanks in the past day.', 'casualties'],
  ['en', 'Lukashenko insisted Belarusian troops would not cross the border into Ukraine.', 'invade'],
  // troops moved to a place named before them; an encirclement named by its noun
  ['ru', 'Россия перебросила в Беларусь около 10 тысяч военнослужащих.', 'deploy'],
  ['uk', 'Росія перекинула до Білорусі близько 10 тисяч військових.', 'deploy'],
  ['be', 'Расія перакінула ў Беларусь каля 10 тысяч вайскоўцаў.', 'deploy'],
  ['ru', 'Генштаб опроверг информацию об окружении украинских войск под Бахмутом.', 'encircle'],
  ['uk', 'Генштаб спростував інформацію про оточення українських військ під Бахмутом.', 'encircle'],
  ['be', 'Генштаб абверг інфармацыю пра акружэнне ўкраінскіх войскаў.', 'encircle'],
  // using weapons on people is opening fire
  ['ru', 'Глава МВД отрицает, что силовики применяли огнестрельное оружие.', 'attack'],
  ['uk', 'Поліція застосувала зброю проти протестувальників.', 'attack'],
  ['be', 'Сілавікі не прымянялі агнястрэльную зброю.', 'attack'],
  ['en', 'The minister said police had not used firearms against protesters.', 'attack'],
  // running or ruling a country is control of it
  ['en', 'No one but the Kremlin runs Belarus now.', 'occupy'],
  ['ru', 'Страной управляют из Москвы, а не из Минска.', 'occupy'],
  ['uk', 'Опозиція вважає, що Кремль фактично керує Білоруссю.', 'occupy'],
  ['be', 'Краінай кіруе Масква, лічаць апазіцыянеры.', 'occupy'],
  ['pl', 'Białorusią rządzi Kreml, a nie Łukaszenka; Kreml rządzi krajem.', 'occupy'],
  // withdrawal
  ['en', 'Russia withdrew its troops from the west bank of the Dnipro.', 'withdraw'],
  ['ru', 'Российские войска вышли из Херсона.', 'withdraw'],
  ['ru', 'Подразделения ВСУ отступили на более выгодные позиции.', 'withdraw'],
  ['ru', 'Шойгу приказал вывести войска с правого берега Днепра.', 'withdraw'],
  ['uk', 'Українські підрозділи відійшли з Авдіївки.', 'withdraw'],
  ['uk', 'Сили оборони відвели війська на підготовлені позиції.', 'withdraw'],
  ['uk', 'Після того, як російськими військами, які вийшли з міста, було залишено позиції, у Бучі стало тихо.', 'withdraw'],
  // The main clause is the claim; the withdrawal only says when: bodies found are the dead.
  ['uk', 'Тіла знайшли в Бучі після того, як російськими військами, які вийшли з міста, було залишено позиції.', 'casualties'],
  ['be', 'Расійскія войскі адступілі з-пад Кіева.', 'withdraw'],
  ['pl', 'Rosjanie wycofali się z Chersonia.', 'withdraw'],
  ['uk', 'Міноборони Росії заявляло, що всі російські війська покинули місто до 30 березня.', 'withdraw'],
  // encirclement
  ['en', 'Ukrainian troops were encircled near Avdiivka.', 'encircle'],
  ['ru', 'Российские войска окружили группировку ВСУ под Дебальцево.', 'encircle'],
  ['ru', 'Сотни военных попали в окружение под Иловайском.', 'encircle'],
  ['uk', 'Російські війська оточили Маріуполь.', 'encircle'],
  ['be', 'Украінскія вайскоўцы трапілі ў акружэнне.', 'encircle'],
  ['uk', 'Російські війська стискають кільце навколо Бахмута.', 'encircle'],
  ['ru', 'Армия России замкнула кольцо вокруг Авдеевки.', 'encircle'],
  // strikes, and strikes on infrastructure
  ['en', 'Russia launched a massive missile strike on Kyiv overnight.', 'strike'],
  ['en', 'Russian forces targeted residential areas of Kharkiv overnight.', 'strike'],
  ['en', 'Moscow has denied intentionally targeting civilians.', 'strike'],
  ['en', 'Drone attacks hit energy infrastructure in the Kharkiv region.', 'strike_infrastructure'],
  ['ru', 'Вооружённые силы нанесли массированный удар по военным объектам.', 'strike'],
  ['ru', 'Ночью ВСУ обстреляли Белгород.', 'strike'],
  ['ru', 'В Харькове зафиксирован прилёт по жилому дому.', 'strike'],
  ['ru', 'Армия нанесла удар по объектам энергетики Украины.', 'strike_infrastructure'],
  ['uk', 'Росія завдала ракетного удару по енергетичній інфраструктурі.', 'strike_infrastructure'],
  ['uk', 'Окупанти обстріляли Херсон з артилерії.', 'strike'],
  ['uk', 'Зафіксовано влучання в житловий будинок.', 'strike'],
  ['be', 'Расія нанесла ракетны ўдар па Кіеве.', 'strike'],
  ['pl', 'Rosja przeprowadziła atak rakietowy na Kijów.', 'strike'],
  ['uk', 'Просто знищують Харків реактивною артилерією та авіаударами.', 'strike'],
  // attacks and offensives
  ['en', 'Russian troops stormed the village of Krynky.', 'attack'],
  ['ru', 'Российские подразделения штурмуют Часов Яр.', 'attack'],
  ['ru', 'ВСУ начали контрнаступление на Запорожском направлении.', 'attack'],
  ['uk', 'Росіяни атакували позиції ЗСУ біля Бахмута.', 'attack'],
  ['be', 'Расійскія войскі штурмавалі пазіцыі ўкраінцаў.', 'attack'],
  // invasion
  ['en', 'Russia invaded Ukraine in February 2022.', 'invade'],
  ['ru', 'Россия вторглась в Украину 24 февраля.', 'invade'],
  ['uk', 'Росія вторглася в Україну 24 лютого.', 'invade'],
  // casualties and losses
  ['en', 'At least 12 civilians were killed in the shelling of Donetsk.', 'casualties'],
  ['ru', 'В результате обрушения погибли пять человек, ещё 20 ранены.', 'casualties'],
  ['uk', 'Внаслідок атаки загинули троє людей.', 'casualties'],
  ['uk', 'Втрати ворога за добу склали 900 осіб.', 'casualties'],
  ['be', 'У выніку абвалу загінулі два чалавекі.', 'casualties'],
  ['pl', 'W wyniku eksplozji zginęło pięć osób.', 'casualties'],
  ['uk', 'Свідомо розстрілюють колони цивільних на дорогах.', 'casualties'],
  ['ru', 'Они убивали мирных жителей.', 'casualties'],
  // arrests and detentions
  // the weapon as the subject of the strike
  ['en', 'A Russian-made missile hit a grain farm near the border, killing two men.', 'strike'],
  ['en', 'Russia launched a missile at the city overnight.', 'strike'],
  // holding a place or beating an assault back: the defender's side of a capture
  ['en', "Ukraine's military said its forces repelled attacks near Blahodatne.", 'hold'],
  ['en', 'Kyiv says its soldiers are holding out in the town.', 'hold'],
  ['en', 'The brigade drove back two assaults on the village overnight.', 'hold'],
  ['ru', 'ВСУ отбили атаки противника у Соледара, сообщил Генштаб.', 'hold'],
  ['ru', 'Украинские военные удерживают позиции в городе.', 'hold'],
  ['uk', 'Попри постійний тиск ворога, ми продовжуємо утримувати під контролем Бахмут.', 'hold'],
  ['uk', 'Захисники відбили штурм села.', 'hold'],
  ['be', 'Украінскія вайскоўцы адбілі атаку на горад.', 'hold'],
  ['pl', 'Ukraińcy odparli atak na miasto.', 'hold'],
  ['bg', 'Украинските сили отблъснаха атаките край града.', 'hold'],
  // taking a person away by force is a detention, whoever does it
  ['ru', 'Колесникову похитили неизвестные в центре Минска.', 'detain'],
  ['uk', 'Невідомі викрали опозиціонерку в центрі Мінська.', 'detain'],
  ['en', 'The opposition leader was abducted by masked men in Minsk.', 'detain'],
  // People seized or bundled away are detained, not ground captured.
  ['en', 'Unidentified men seized the 38-year-old at around 10am and sped off in a minibus.', 'detain'],
  ['en', 'An opposition politician was snatched by masked men in central Minsk.', 'detain'],
  ['en', 'Witnesses saw her bundled into a van by men in plain clothes.', 'detain'],
  ['en', 'Russian forces seized the airport near Kyiv.', 'occupy'],
  ['ru', 'Раненый скончался в больнице на следующий день.', 'casualties'],
  // Fighting that goes on at a place.
  ['en', 'Heavy fighting continues around Soledar, the governor said.', 'attack'],
  ['ru', 'В Соледаре продолжаются тяжёлые бои.', 'attack'],
  ['uk', 'У Соледарі тривають запеклі бої.', 'attack'],
  ['be', 'У Саледары ідуць баі.', 'attack'],
  // A verb in a relative clause yields to the main clause's noun before it.
  ['en', 'The announcement came days after a visit to Minsk by the defence minister, who signed an agreement with his counterpart.', 'visit'],
  ['ru', 'Объявление прозвучало после визита в Минск министра обороны, который подписал соглашение с белорусским коллегой.', 'visit'],
  // Troops named before a passive verb of sending.
  ['ru', 'Тысячи российских военнослужащих были направлены в Беларусь.', 'send_troops'],
  ['uk', 'Тисячі російських військових були перекинуті до Білорусі.', 'send_troops'],
  ['be', 'Тысячы расійскіх вайскоўцаў былі накіраваны ў Беларусь.', 'send_troops'],
  ['ru', 'Неизвестные в масках затолкали её в микроавтобус.', 'detain'],
  ['ru', 'Марию усадили в микроавтобус с надписью «Связь» и увезли.', 'detain'],
  ['be', 'Невядомыя пасадзілі яе сілай у аўтамабіль і звезлі.', 'detain'],
  ['ru', 'Силовики схватили активиста у входа в метро.', 'detain'],
  ['uk', 'Невідомі запхали опозиціонерку в мікроавтобус.', 'detain'],
  ['be', 'Невядомыя ў масках заштурхалі яе ў мікрааўтобус.', 'detain'],
  // a protest held
  ['ru', 'Тысячи людей вышли на улицы Минска.', 'protest'],
  ['en', 'Tens of thousands took to the streets of Minsk on Sunday.', 'protest'],
  ['en', 'Police detained dozens of protesters in Minsk.', 'detain'],
  ['ru', 'ОМОН задержал десятки участников акции.', 'detain'],
  ['uk', 'СБУ затримала агента російських спецслужб.', 'detain'],
  ['be', 'Сілавікі затрымалі журналістаў у цэнтры Мінска.', 'detain'],
  ['pl', 'Białoruska milicja zatrzymała dziennikarzy.', 'detain'],
  ['ru', 'Военные открыли огонь по колонне.', 'attack'],
  // troop movements and deployments
  ['en', 'Russia moved thousands of troops to the border.', 'deploy'],
  ['ru', 'Россия перебросила в Белоруссию дополнительные войска.', 'deploy'],
  ['uk', 'Росія перекинула на південь нові підрозділи.', 'deploy'],
  ['be', 'Расія размясціла ў Беларусі новыя падраздзяленні.', 'deploy'],
  // sending troops
  ['ru', 'Белоруссия не будет вводить войска на территорию Украины.', 'send_troops'],
  ['uk', 'Франція може направити військових в Україну.', 'send_troops'],
  // weapons supplies
  ['en', 'Germany will deliver Leopard tanks to Ukraine.', 'supply_weapons'],
  ['ru', 'США передали Украине новые ракеты ATACMS.', 'supply_weapons'],
  ['ru', 'Поставки вооружений Украине будут продолжены.', 'supply_weapons'],
  ['uk', 'Німеччина передасть Україні ще дві системи ППО.', 'supply_weapons'],
  ['be', 'ЗША перадалі Украіне новыя танкі.', 'supply_weapons'],
  // mobilisation
  ['ru', 'Путин объявил частичную мобилизацию.', 'mobilise'],
  ['uk', 'Верховна Рада продовжила мобілізацію ще на 90 днів.', 'mobilise'],
  ['be', 'У Беларусі пачалася мабілізацыя рэзервістаў.', 'mobilise'],
  // talks
  ['ru', 'Делегации провели переговоры в Стамбуле.', 'negotiate'],
  ['uk', 'Перемовини в Стамбулі завершилися без результату.', 'negotiate'],
  ['be', 'Лукашэнка сустрэўся з Пуціным у Сочы.', 'negotiate'],
  // sanctions
  ['en', 'The EU imposed new sanctions on Russian banks.', 'sanction'],
  ['ru', 'Евросоюз ввёл новые санкции против российских банков.', 'sanction'],
  ['uk', 'ЄС запровадив 12-й пакет санкцій проти Росії.', 'sanction'],
  ['be', 'ЗША ўвялі санкцыі супраць беларускіх калійных кампаній.', 'sanction'],
  // exercises, visits, nuclear weapons, threats, agreements, joining the war
  ['ru', 'Россия и Белоруссия проводят совместные учения.', 'exercise'],
  ['be', 'Беларусь і Расія правялі сумесныя вучэнні.', 'exercise'],
  ['ru', 'Путин прибыл с визитом в Минск.', 'visit'],
  ['uk', 'Президент відвідав Херсон.', 'visit'],
  ['ru', 'Россия разместила тактическое ядерное оружие в Белоруссии.', 'station_nuclear'],
  ['be', 'Расія размясціла ядзерную зброю ў Беларусі.', 'station_nuclear'],
  ['ru', 'Медведев пригрозил Западу ответом.', 'threaten'],
  ['uk', 'Сторони домовилися про обмін полоненими.', 'agree'],
  ['ru', 'Белоруссия вступит в войну, если на неё нападут.', 'join_war'],
  ['uk', 'Білорусь не братиме участь у війні, заявив Лукашенко.', 'join_war'],
  // the remaining classes in the languages not yet covered above
  ['en', 'Putin announced a partial mobilisation of reservists.', 'mobilise'],
  ['en', 'Belarus and Russia held joint military exercises near the border.', 'exercise'],
  ['en', 'Putin flew to Minsk for talks with Lukashenko.', 'visit'],
  ['en', 'The two delegations held talks in Istanbul.', 'negotiate'],
  ['en', 'Russia will station tactical nuclear weapons in Belarus.', 'station_nuclear'],
  ['en', 'Medvedev threatened the West with nuclear retaliation.', 'threaten'],
  ['en', 'Russia and Belarus signed a military agreement.', 'agree'],
  ['en', 'Belarus could join the war in the coming days.', 'join_war'],
  ['en', 'Russia sent thousands of troops to Belarus.', 'send_troops'],
  ['uk', 'Росія розмістила тактичну ядерну зброю в Білорусі.', 'station_nuclear'],
  ['uk', 'Медведєв пригрозив Заходу ядерним ударом.', 'threaten'],
  ['uk', 'Білорусь і Росія проводять спільні навчання.', 'exercise'],
  ['be', 'Расія ўварвалася ва Украіну 24 лютага.', 'invade'],
  ['be', 'Пуцін наведаў Мінск.', 'visit'],
  ['be', 'Беларусь і Расія падпісалі пагадненне аб сумеснай абароне.', 'agree'],
  ['ru', 'Стороны подписали соглашение о прекращении огня.', 'agree'],
  ['ru', 'Россия и Белоруссия углубляют интеграцию в рамках Союзного государства.', 'integrate'],
];

describe('predicate classes in every language', () => {
  it.each(ROWS)('%s: %s → %s', (_lang, sentence, expected) => {
    expect(findPredicate(sentence)?.predicate).toBe(expected);
  });
});

// Words of one class that mean something else outside the war.
describe('false friends are not the class', () => {
  it.each([
    ['освобождён от должности is a dismissal', 'Генерал освобождён от должности командующего.', 'occupy'],
    ['звільнили з посади is a dismissal', 'Міністра звільнили з посади у вівторок.', 'occupy'],
    ['призвал к переговорам is an appeal, not a draft', 'Папа Римский призвал стороны к переговорам.', 'mobilise'],
    ['разместили на сайте is posting, not deploying', 'Документ разместили на сайте ведомства.', 'deploy'],
    ['Министерство обороны is not a defence claim', 'Министерство обороны опубликовало видео.', 'defend'],
    ['наступного тижня is "next week"', 'Делегація прибуде наступного тижня.', 'attack'],
    ['the ruble falling is not a capture', 'The ruble fell to 100 per dollar.', 'occupy'],
    ['leaving a deal is not a retreat', 'Russia withdrew from the Black Sea grain deal in July.', 'withdraw'],
    ['вышли из сделки is not a retreat', 'Россия вышла из зерновой сделки.', 'withdraw'],
    ['задержка рейса is a delay', 'Задержка рейса составила три часа.', 'detain'],
    ['прилетит is flying in, not a missile hitting', 'Путин прилетит в Минск в понедельник.', 'strike'],
    ['прилітає is flying in, not a missile hitting', 'Делегація прилітає до Києва вранці.', 'strike'],
    ['стратегия is not a loss (Belarusian страты)', 'Россия изменила стратегию на юге.', 'casualties'],
    ['захоплення can be delight: not a finite capture', 'Глядачі дивилися із захопленням.', 'occupy'],
    ['знищити свободу is not a loss in battle', 'Вони прийшли знищити нашу свободу.', 'casualties'],
    ['sanctions that target banks are no strike', 'The new sanctions target Russian banks and their owners.', 'strike'],
    ['a campaign that targets voters is no strike', 'The campaign targeted young voters in the cities.', 'strike'],
    ['"in the dead of night" is when, not a toll', 'She tore up her passport to foil an attempt to deport her in the dead of night.', 'casualties'],
    ['"under-fire" is criticised, not shelled', 'Protesters chanted at the under-fire President Alexander Lukashenko on his birthday.', 'strike'],
    ['the back of the head is no trip', 'They were shot in the back of the head or in the eye after being tortured.', 'visit'],
    ['explosive objects defused are no explosion (uk)', 'Наші сапери знешкоджують тисячі вибухонебезпечних предметів щодня.', 'explode'],
    ['explosive objects defused are no explosion (ru)', 'Сапёры обезвредили взрывоопасный предмет у дороги.', 'explode'],
    ['explosive objects defused are no explosion (be)', 'Сапёры знешкодзілі выбуханебяспечны прадмет каля дарогі.', 'explode'],
    ['sent diving for cover is no troops sent', 'The blast sent soldiers and journalists diving for cover.', 'send_troops'],
    ['control lost is no toll (ru)', 'Власти потеряли контроль над ситуацией в городе.', 'casualties'],
    ['Putin\'s entourage is no encirclement (ru)', 'В окружении Путина обсуждают отставку министра.', 'encircle'],
    ['Putin\'s entourage is no encirclement (uk)', 'В оточенні Путіна обговорюють відставку міністра.', 'encircle'],
    ['migrants crossing a border invade nothing', 'The migrants tried to cross the border into Poland at night.', 'invade'],
    ['intercepted talks are no downing', 'Спецслужбы перехватили переговоры украинских военных.', 'shoot_down'],
    ['undermined trust is no blast, as a noun (ru)', 'Это ведёт к подрыву доверия к власти.', 'explode'],
    ['undermined trust is no blast, as a noun (uk)', 'Це призведе до підриву довіри до влади.', 'explode'],
    ['a table pushed back is no attack', 'The guests pushed the table back after dinner.', 'attack'],
    ['migrants crossing into Poland invade nothing', 'Migrants crossed into Poland overnight.', 'invade'],
    ['a delegation arriving visits', 'The delegation arrived in Minsk for talks.', 'station_nuclear'],
    ['promoting interests is no advance', 'Компания продвигает свои интересы на рынке.', 'attack'],
    ['a lost election is no toll', 'The party lost the election and two seats in the council.', 'casualties'],
    ['undermined trust is no blast (ru)', 'Эти заявления подорвали доверие к правительству.', 'explode'],
    ['undermined trust is no blast (uk)', 'Це рішення підірвало довіру до влади.', 'explode'],
    ['undermined trust is no blast (be)', 'Гэта рашэнне падарвала давер да ўлады.', 'explode'],
    ['troops landed are no blast (uk)', 'ЗСУ висадили десант на лівому березі Дніпра.', 'explode'],
    ['striking a deal is no strike', 'The two sides did not strike a deal on grain exports.', 'strike'],
    ['striking a balance is no strike', 'The envoy tried to strike a balance between Kyiv and Moscow.', 'strike'],
    ['control of a situation lost is no town taken (ru)', 'Власти потеряли контроль над ситуацией в городе.', 'occupy'],
    ['migrants crossing the border invade nothing (ru)', 'Мигранты пересекли границу с Польшей ночью.', 'invade'],
    ['migrants crossing the border with Poland invade nothing', 'Migrants crossed the border with Poland overnight.', 'invade'],
    ['demonstrators marching on a palace protest, they do not attack', 'More than 100,000 demonstrators march on the palace.', 'attack'],
    ['"the besieged city" describes, it claims no siege', 'More than 9,000 people were evacuated from the besieged city.', 'encircle'],
    ['a school reunion is no talks', 'Встреча выпускников прошла в школе.', 'negotiate'],
    ['rain is no siege (ru осадки)', 'Осадки выпали ночью над всем регионом.', 'encircle'],
    ['protesters marching on Sunday attack nothing', 'The protesters marched on Sunday through the city.', 'attack'],
    ['force used on a stage is no attack', 'The band used force on the stage.', 'attack'],
    ['an idea abandoned is no retreat', 'She abandoned the idea of a referendum.', 'withdraw'],
    ['offices moved are no deployment', 'The company moved its offices to Warsaw.', 'deploy'],
    ['a lost election is still no toll', 'The party lost the election and its leader resigned.', 'casualties'],
    ['shares that advanced on Monday are no offensive', 'Shares advanced on Monday after the report.', 'attack'],
    ['advanced weapons are no advance', 'The army has advanced weapons from its allies.', 'attack'],
    ['an attack beaten back is held, not a village taken (ru)', 'ВСУ отбили атаку на село.', 'occupy'],
    ['stepping back from politics is no retreat', 'The minister stepped back from politics after the scandal.', 'withdraw'],
    ['visiting a website is no visit', 'You will need to visit the mobile version of the website to submit your question.', 'visit'],
  ])('%s', (_why, sentence, notExpected) => {
    expect(findPredicate(sentence)?.predicate).not.toBe(notExpected);
  });
});

// Seizing power is a coup, not ground taken: no place changes hands.
describe('seizing power is no capture of a place', () => {
  it.each([
    ['en', 'She faced questioning in a probe over an alleged bid to seize power.'],
    ['en', 'Prosecutors opened a case over calls for the seizure of power.'],
    ['ru', 'Против членов совета возбудили дело о попытке захвата власти.'],
    ['ru', 'Их обвиняют в призывах захватить власть.'],
    ['uk', 'Проти членів ради порушили справу про спробу захоплення влади.'],
    ['uk', 'Їх звинувачують у намірі захопити владу в країні.'],
    ['be', 'Супраць сяброў рады распачалі справу аб спробе захопу ўлады.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).not.toBe('occupy');
  });
});

describe('false friends, what they are instead', () => {
  it.each([
    ['the dead found at night are still dead', 'Two soldiers died in the dead of night.', 'casualties'],
    ['a president who heads to Moscow visits it', 'Lukashenko heads to Moscow for talks with Putin.', 'visit'],
    ['a town seized in the dead of night is taken', 'Russian forces seized the town of Soledar in the dead of night.', 'occupy'],
    ['a coup is still what it is: troops seize a town and power', 'Rebels seized the city of Goma.', 'occupy'],
  ])('%s', (_why, sentence, expected) => {
    expect(findPredicate(sentence)?.predicate).toBe(expected);
  });

  it('"прилетит в Минск" is a visit', () => {
    expect(findPredicate('Путин прилетит в Минск в понедельник.')?.predicate).toBe('visit');
  });

  it('"призвал к переговорам" is about talks', () => {
    expect(findPredicate('Папа Римский призвал стороны к переговорам.')?.predicate).toBe('negotiate');
  });
});

// Rules that fitted one seed sentence are gone (running a country is control of it in every
// language now, tested with the other classes above); stock phrases of this war's reporting stay,
// in every language: a country's territory as a launch pad, "purely defensive".
describe('no seed-sentence rules', () => {
  it.each([
    ['having taken steps is not a capture', 'The government has taken steps to protect the grid.', 'occupy'],
    ['a bridgehead across a river is not a country joining the war', 'ВСУ расширили плацдарм на левом берегу Днепра.', 'join_war'],
  ])('%s', (_why, sentence, notExpected) => {
    expect(findPredicate(sentence)?.predicate).not.toBe(notExpected);
  });

  it.each([
    ['en', 'Russia used Belarus as a launch pad for the invasion.'],
    ['ru', 'Россия использовала территорию Белоруссии как плацдарм для нападения на Украину.'],
    ['uk', 'Білорусь надала свою територію для нападу на Україну.'],
    ['ru', 'Мы не хотим войны ни с кем.'],
    // A leader who "does not accept" or "will not allow" war denies taking part in it (the
    // polarity carries the "not"): the stock wording of such denials.
    ['en', 'We categorically do not accept any war.'],
    ['ru', 'Мы никогда не допустим войны на нашей земле.'],
    ['uk', 'Ми не допустимо війни на нашій землі.'],
  ])('%s: a territory lent to the war, or wanting or allowing war, is joining it: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).toBe('join_war');
  });

  it.each([
    ['en', 'Our exercises are purely defensive.'],
    ['ru', 'Учения носят исключительно оборонительный характер.'],
    ['uk', 'Ці навчання мають суто оборонний характер.'],
    ['be', 'Гэтая групоўка мае выключна абарончы характар.'],
  ])('%s: "purely defensive" denies an attack: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)).toMatchObject({ predicate: 'attack', negated: true });
  });
});

describe('what a claim is for is not what it says happened', () => {
  it.each([
    ['ru', 'Фейк в Буче нацелен на оправдание новых санкций и срыв переговоров.'],
    ['uk', 'Ці зображення замовили, щоб зірвати переговори.'],
    ['en', 'The images were staged in order to derail the negotiations.'],
  ])('%s: %s has no class', (lang, sentence) => {
    expect(['sanction', 'negotiate']).not.toContain(findPredicate(sentence, { lang })?.predicate);
  });

  it('a purpose at the start leaves the main clause its class', () => {
    expect(findPredicate('In order to destabilise the region, Russia deployed troops to the border.')?.predicate).toBe('deploy');
  });
});

describe('a participle that describes a place claims nothing', () => {
  it.each([
    ['en', 'The blast damaged a key bridge between Russia and annexed Crimea.'],
    ['en', 'Residents of the occupied territories were given Russian passports.'],
    ['ru', 'Жителям оккупированных территорий выдали российские паспорта.'],
    ['uk', 'Мешканцям окупованих територій видали російські паспорти.'],
  ])('%s: %s is no occupation', (lang, sentence) => {
    expect(findPredicate(sentence, { lang })?.predicate).not.toBe('occupy');
  });

  it.each([
    ['en', 'Russia annexed Crimea in 2014.'],
    ['ru', 'Россия аннексировала Крым в 2014 году.'],
    ['uk', 'Бердянськ окуповано з перших днів вторгнення.'],
  ])('%s: %s still is', (lang, sentence) => {
    expect(findPredicate(sentence, { lang })?.predicate).toBe('occupy');
  });
});

// Air defence reports and disputes over who downed a plane: an aircraft, a drone or a missile
// brought down, in every language; the verb alone ("сбил пешехода", "shot down the idea") is not one.
describe('shoot_down', () => {
  it.each([
    ['en', "Ukraine's air defence shot down 20 drones overnight."],
    ['en', 'The airliner was shot down by a Buk missile.'],
    ['en', 'the downing of flight MH17'],
    ['ru', 'Российская ПВО сбила украинский беспилотник над Белгородом.'],
    ['ru', 'Самолёт Ил-76 был сбит над Белгородской областью.'],
    ['uk', 'Сили ППО збили 15 ракет.'],
    ['uk', 'Ракету збито над Києвом.'],
    ['be', 'Беларускія вайскоўцы збілі дрон.'],
    ['bg', 'ПВО свали два дрона над Одеса.'],
    ['pl', 'Obrona przeciwlotnicza zestrzeliła rosyjskiego drona.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).toBe('shoot_down');
  });

  it.each([
    ['ru', 'Водитель сбил пешехода на переходе.'],
    ['en', 'Lukashenko shot down the idea of new talks.'],
  ])('%s: not one: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).not.toBe('shoot_down');
  });
});

// Explosions, which officials and witnesses often tell differently: a blast, or none at all
// (the "no" is the statement's polarity, read elsewhere).
describe('explode', () => {
  it.each([
    ['ru', 'Оно взорвалось в руке у протестующего.'],
    ['ru', 'Взрыва там никакого не было.'],
    ['uk', 'Вибуху не було, кажуть свідки.'],
    ['be', 'У руках у яго выбухнуў прадмет.'],
    ['en', 'Eight strong detonations were heard near the plant.'],
    ['en', 'There was no explosion at the plant.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).toBe('explode');
  });

  it.each([
    ['ru', 'Протестующий пытался бросить взрывное устройство.'],
    ['uk', 'У квартирі знайшли вибухівку.'],
  ])('an explosive is not an explosion: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).not.toBe('explode');
  });
});

// Crossing a border, airspace or territorial waters unlawfully, which each side tells its own way.
describe('violate_border', () => {
  it.each([
    ['en', 'Three Ukrainian navy ships illegally crossed the Russian border.'],
    ['en', 'The drone violated Polish airspace for several minutes.'],
    ['ru', 'Украинские корабли нарушили государственную границу России.'],
    ['uk', 'Кораблі не порушували російський кордон.'],
    ['be', 'Літоўскі верталёт парушыў мяжу Беларусі.'],
    ['pl', 'Rosyjski dron naruszył polską przestrzeń powietrzną.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(findPredicate(sentence)?.predicate).toBe('violate_border');
  });

  it('a rule or a ceasefire broken is no border crossed', () => {
    expect(findPredicate('Russia violated the ceasefire overnight.')?.predicate).not.toBe('violate_border');
    expect(findPredicate('Стороны нарушили режим прекращения огня.')?.predicate).not.toBe('violate_border');
  });
});

// The invasion in the Kremlin's own words, and missiles told as launched from somewhere.
describe('the war in its euphemism, and launches', () => {
  it.each([
    ['en', 'Putin launched a special military operation in Ukraine.', 'attack'],
    ['ru', 'Путин объявил о начале специальной военной операции.', 'attack'],
    ['ru', 'Россия начала специальную военную операцию на Украине.', 'attack'],
    ['uk', 'Росія розпочала так звану спецоперацію в Україні.', 'attack'],
    ['en', 'The drones were launched from Belarus.', 'strike'],
    ['ru', 'Ракеты запускались с территории Беларуси.', 'strike'],
    ['uk', 'Ракети запускали з території Білорусі.', 'strike'],
    ['be', 'Ракеты запускаліся з тэрыторыі Беларусі.', 'strike'],
  ])('%s: %s', (_lang, sentence, predicate) => {
    expect(findPredicate(sentence)?.predicate).toBe(predicate);
  });

  it('the bare name only places a sentence in the war', () => {
    expect(findPredicate('Участник СВО вернулся домой в Курск.')?.predicate).not.toBe('attack');
    expect(findPredicate('В зоне специальной военной операции работают волонтёры.')?.predicate).not.toBe('attack');
  });
});

describe('seizing what is not ground', () => {
  it.each([
    ['en', 'Russian border guards seized three Ukrainian navy ships and detained 24 sailors.', 'detain'],
    ['ru', 'Пограничники ФСБ захватили три украинских корабля и задержали моряков.', 'detain'],
  ])('%s: ships and crews seized are no capture of a place: %s', (_lang, sentence, predicate) => {
    expect(findPredicate(sentence)?.predicate).toBe(predicate);
  });

  it('a town seized is', () => {
    expect(findPredicate('Russian forces seized the town of Soledar.')?.predicate).toBe('occupy');
    expect(findPredicate('Российские войска захватили Соледар.')?.predicate).toBe('occupy');
  });
});

describe('an airliner downed, named as one word', () => {
  it.each([
    ['ru', 'Авиалайнер сбили над Донбассом, заявили в ополчении.'],
    ['uk', 'Малайзійський авіалайнер збили над Донеччиною.'],
    ['be', 'Авіялайнер збілі над Данбасам.'],
  ])('%s', (lang, sentence) => {
    expect(findPredicate(sentence, { lang })?.predicate).toBe('shoot_down');
  });
});

describe('a side leaving a place, or pledging never to', () => {
  it.each([
    ['ru', 'Путин заявил, что Россия никогда не уйдёт из Херсона.'],
    ['ru', 'Мы не уйдём с Донбасса, сказал Пушилин.'],
    ['uk', 'Путін заявив, що Росія ніколи не піде з Херсона.'],
    ['be', 'Пуцін заявіў, што Расія ніколі не сыдзе з Херсона.'],
  ])('%s: %s', (lang, sentence) => {
    expect(findPredicate(sentence, { lang })?.predicate).toBe('withdraw');
  });

  it('not a person leaving a post', () => {
    expect(findPredicate('Он ушёл из политики после выборов.', { lang: 'ru' })?.predicate).not.toBe('withdraw');
  });
});
