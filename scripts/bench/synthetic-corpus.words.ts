// Word banks for the synthetic news corpus: names by origin, titles, roles, places, organisations, outlets, phrases.

const w = (s: string): string[] => s.trim().split(/\s*\|\s*|\s*\n\s*/).filter(Boolean);

/** Given names and surnames by origin; a person takes both from the same origin. */
export const ORIGINS: { given: string[]; surnames: string[] }[] = [
  { // Arabic (with transliteration variants, as the wire services write them)
    given: w(`Mohammed | Mohamed | Muhammad | Ahmed | Ahmad | Khaled | Khalid | Nawaf | Bassam | Omar | Yasser | Fatima |
      Leila | Rania | Abdel Aziz | Abdul Rahman | Hussein | Walid | Riad | Manaf | Samir | Hassan | Ali | Youssef | Nour |
      Salma | Hala | Jihad | Faisal | Tariq | Ziad | Kamal | Bashir | Lamia | Rima | Adnan | Ibrahim | Mustafa | Hisham`),
    surnames: w(`al-Fares | Fares | Haddad | Khoury | al-Ayoubi | al-Khiyami | Hijab | Tlass | al-Sharaa | Makdissi |
      al-Moallem | Jaafari | Ghalioun | Sabra | Kilo | al-Atassi | Qassem | Nasrallah | al-Hamwi | Darwish | Mansour |
      el-Sayed | al-Masri | Barakat | Shalabi | Aboud | Zaidan | al-Tamimi | Hamdan | Nassar | Suleiman | Saleh |
      al-Bitar | Mardini | Jabri | Kanaan | Idlibi | Halabi | Rifai | Azmeh`),
  },
  { // English
    given: w(`John | Michael | David | James | Robert | William | Sarah | Emily | Catherine | Margaret | Thomas | Richard |
      Helen | Andrew | Peter | Susan | George | Charlotte | Edward | Alice | Daniel | Rachel | Simon | Victoria | Hugh`),
    surnames: w(`Smith | Brown | Taylor | Wilson | Clarke | Hague | Cameron | Walker | Wright | Thompson | Hughes | Edwards |
      Green | Hall | Wood | Harris | Lewis | Martin | Jackson | Clark | Turner | Hill | Moore | Cooper | Ward | Morris |
      Baker | Fletcher | Kerry | Ashton | Whitaker | Pemberton | Holloway | Ainsworth | Blackwood`),
  },
  { // French
    given: w(`Jean | Pierre | Laurent | Francois | Nicolas | Marie | Sophie | Isabelle | Philippe | Alain | Claire |
      Bernard | Anne | Julien | Camille | Olivier | Nathalie | Christophe | Elodie | Thierry`),
    surnames: w(`Dubois | Fabius | Lefebvre | Moreau | Laurent | Girard | Bonnet | Dupont | Lambert | Fontaine | Rousseau |
      Vincent | Muller | Lefevre | Faure | Andre | Mercier | Blanc | Guerin | Boyer | Garnier | Chevalier | Juppe | Delacroix`),
  },
  { // Spanish and Latin American
    given: w(`Carlos | Jose | Luis | Juan | Miguel | Ana | Maria | Carmen | Javier | Alejandro | Lucia | Diego | Rosa |
      Fernando | Gabriela | Ricardo | Pilar | Sergio | Elena | Andres`),
    surnames: w(`Garcia | Fernandez | Gonzalez | Rodriguez | Lopez | Martinez | Sanchez | Perez | Gomez | Diaz | Moreno |
      Alvarez | Romero | Navarro | Torres | Dominguez | Vazquez | Ramos | Castillo | Ortega | Delgado | Herrera`),
  },
  { // Russian
    given: w(`Sergei | Vladimir | Dmitry | Alexei | Mikhail | Nikolai | Andrei | Olga | Tatiana | Irina | Yuri | Igor |
      Natalia | Ivan | Gennady | Svetlana | Boris | Anatoly | Vitaly | Yelena`),
    surnames: w(`Lavrov | Ivanov | Petrov | Smirnov | Kuznetsov | Popov | Volkov | Sokolov | Lebedev | Kozlov | Novikov |
      Morozov | Churkin | Gatilov | Bogdanov | Orlov | Zakharova | Fedorov | Belov | Medvedev | Karpov | Titov`),
  },
  { // Chinese
    given: w(`Wei | Jing | Li | Ming | Hua | Yang | Xiaoping | Jiechi | Baodong | Lei | Hong | Yan | Jun | Qiang |
      Xin | Fang | Tao | Ying | Zhen | Hui`),
    surnames: w(`Wang | Li | Zhang | Liu | Chen | Yang | Huang | Zhao | Wu | Zhou | Xu | Sun | Ma | Zhu | Hu | Guo |
      He | Lin | Luo | Gao | Hong | Cui`),
  },
  { // Turkish
    given: w(`Ahmet | Mehmet | Mustafa | Recep | Abdullah | Ayse | Fatma | Emine | Murat | Kemal | Selim | Zeynep |
      Hakan | Burak | Elif | Ozan | Cem | Deniz | Yusuf | Serkan`),
    surnames: w(`Davutoglu | Yilmaz | Kaya | Demir | Sahin | Celik | Yildiz | Ozturk | Aydin | Arslan | Dogan |
      Kilic | Aslan | Korkmaz | Erdem | Polat | Gul | Bozkurt | Karaca | Sonmez`),
  },
  { // Persian
    given: w(`Ali Akbar | Mahmoud | Hassan | Javad | Mohammad Reza | Saeed | Mojtaba | Parisa | Shirin | Hossein |
      Abbas | Reza | Mehdi | Farhad | Azadeh | Kaveh | Nasrin | Dariush`),
    surnames: w(`Salehi | Ahmadinejad | Zarif | Jalili | Rouhani | Larijani | Araghchi | Mousavi | Karimi | Rahimi |
      Tehrani | Hosseini | Ghasemi | Rezaei | Sadeghi | Moradi | Jafari | Najafi | Shirazi | Esfahani`),
  },
  { // South Asian
    given: w(`Rahul | Amit | Priya | Sanjay | Anil | Sunita | Vikram | Arjun | Deepa | Imran | Nawaz | Benazir | Asif |
      Shah | Kiran | Ravi | Meera | Farooq | Ayesha | Salman`),
    surnames: w(`Sharma | Patel | Singh | Gupta | Khan | Qureshi | Malik | Chaudhry | Reddy | Iyer | Nair | Menon |
      Bhutto | Sharif | Zardari | Rao | Das | Kapoor | Mehta | Hussain`),
  },
  { // West and East African
    given: w(`Kofi | Ngozi | Chinedu | Amina | Olusegun | Folake | Kwame | Wanjiru | Jomo | Thabo | Nkosazana | Yaw |
      Abena | Emeka | Halima | Tendai | Kagiso | Adaeze | Baraka | Zainab`),
    surnames: w(`Annan | Okonjo | Obi | Adeyemi | Mensah | Kenyatta | Odinga | Dlamini | Zuma | Mbeki | Okafor |
      Nwosu | Boateng | Kamau | Otieno | Banda | Phiri | Moyo | Diallo | Traore`),
  },
  { // German and Nordic
    given: w(`Angela | Frank-Walter | Guido | Klaus | Wolfgang | Ursula | Hans | Stefan | Jurgen | Katrin | Lars |
      Anders | Ingrid | Sven | Bjorn | Astrid | Henrik | Karin | Matthias | Dieter`),
    surnames: w(`Westerwelle | Steinmeier | Schmidt | Schneider | Fischer | Weber | Becker | Hoffmann | Koch | Richter |
      Wagner | Lindqvist | Johansson | Andersson | Nilsson | Larsen | Hansen | Eriksson | Bildt | Kramer`),
  },
];

export const MALE_TITLES = w('Mr | Gen. | Col. | Dr | Sheikh | Brig. Gen.');
export const FEMALE_TITLES = w('Ms | Mrs | Dr');
export const FEMALE_GIVEN = new Set(w(`Fatima | Leila | Rania | Nour | Salma | Hala | Lamia | Rima | Sarah | Emily |
  Catherine | Margaret | Helen | Susan | Charlotte | Alice | Rachel | Victoria | Marie | Sophie | Isabelle | Claire |
  Anne | Camille | Nathalie | Elodie | Ana | Maria | Carmen | Lucia | Rosa | Gabriela | Pilar | Elena | Olga |
  Tatiana | Irina | Natalia | Svetlana | Yelena | Jing | Ying | Fang | Ayse | Fatma | Emine | Zeynep | Elif |
  Parisa | Shirin | Azadeh | Nasrin | Priya | Sunita | Deepa | Benazir | Meera | Ayesha | Kiran | Ngozi | Amina |
  Folake | Wanjiru | Nkosazana | Abena | Halima | Adaeze | Zainab | Angela | Ursula | Katrin | Ingrid | Astrid | Karin`));

export const COUNTRIES = w(`Syria | Iraq | Jordan | Lebanon | Turkey | Iran | Egypt | Libya | Qatar | Saudi Arabia | Britain |
  France | Russia | China | the United States | Germany | Sweden | Spain | Nigeria | Kenya | Pakistan | India | Cyprus |
  the United Arab Emirates | Kuwait | Oman | Tunisia | Algeria | Morocco | Yemen | Belarus | Armenia | Greece | Italy`);

export const CITIES = w(`Damascus | Aleppo | Homs | Hama | Deraa | Idlib | Latakia | Baghdad | Amman | Beirut | Ankara | Istanbul |
  Tehran | Cairo | Tripoli | Doha | Riyadh | London | Paris | Moscow | Beijing | Washington | New York | Geneva | Berlin |
  Stockholm | Madrid | Lagos | Nairobi | Islamabad | New Delhi | Nicosia | Dubai | Kuwait City | Muscat | Tunis |
  Algiers | Rabat | Sanaa | Minsk | Yerevan | Athens | Rome | Brussels | Vienna | Oslo | Antakya | Gaziantep | Erbil`);

export const ORGS = w(`the Foreign Office | the State Department | the United Nations | the Arab League | the Free Syrian Army |
  the Syrian National Council | the European Union | NATO | the Security Council | the Red Crescent | Human Rights Watch |
  Amnesty International | the World Bank | the International Monetary Fund | the Foreign Ministry | the Interior Ministry |
  the Defence Ministry | the central bank | the Baath party | the opposition coalition | the Gulf Cooperation Council |
  the International Committee of the Red Cross | the UN refugee agency | the Syrian Observatory for Human Rights |
  the Organisation of Islamic Cooperation | the African Union | the Kremlin | the Elysee | Downing Street`);

export const OUTLETS = w(`Reuters | Associated Press | Agence France-Presse | The Guardian | The Telegraph | BBC News |
  Al Jazeera | The New York Times | The Washington Post | The Independent | Financial Times | The Times |
  Los Angeles Times | Deutsche Welle | Le Monde | El Pais | The National | Gulf News | Daily Star | Hurriyet Daily News`);

/** Role templates: {C} a country, {O} an organisation, {Y} a city. */
export const ROLES = w(`ambassador to {C} | former ambassador to {C} | foreign minister of {C} | spokesman for {O} |
  spokeswoman for {O} | charge d'affaires in {Y} | deputy foreign minister | prime minister of {C} | a senior official at {O} |
  head of {O} | an analyst at {O} | a general in the army of {C} | the governor of {Y} | a member of {O} |
  a lawyer in {Y} | an opposition activist in {Y} | the mayor of {Y} | a diplomat posted to {Y} | envoy to {O} |
  commander of a rebel brigade near {Y} | a businessman from {Y} | president of {C} | an economist at {O} |
  director of a hospital in {Y} | a professor of politics in {Y} | the interior minister of {C} | a defence attache in {Y}`);

export const TOPICS = w(`defection | ceasefire | sanctions | refugees | peace talks | shelling | embassy closure | oil exports |
  arms shipments | humanitarian corridor | border crossing | prisoner exchange | election | constitutional reform |
  currency crisis | chemical weapons | airstrikes | kidnapping | corruption inquiry | asylum request | trade embargo |
  grain deliveries | power cuts | hospital siege | aid convoy | monitoring mission | military council | no-fly zone`);

export const WEEKDAYS = w('Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday');
export const MONTHS = w('January | February | March | April | May | June | July | August | September | October | November | December');

/** Sentences with slots: {P} a person reference, {C} country, {Y} city, {O} organisation, {T} topic, {D} day,
 * {N} a number, {M} month, {X} a coined place or company name (heavy-tailed vocabulary). */
export const SENTENCES = w(`{P} arrived in {Y} on {D} after crossing the border with {C}, according to {O}.
  The {T} has divided officials in {Y}, where {O} said at least {N} people had been affected since {M}.
  Diplomats in {Y} said the {T} was the most serious blow to the government since the uprising began.
  {O} declined to comment on the report, which could not be independently verified.
  Residents of {X} described days of fear, with shops shuttered and families sleeping in basements.
  {P} was understood to be in talks with officials from {O} about the {T}.
  Opposition groups said {N} people had been killed in {X} and surrounding villages since {D}.
  The move came as ministers from {C} met in {Y} to discuss the {T} and the wider crisis.
  Analysts said the {T} showed that the regime's grip on the diplomatic corps was weakening.
  {P} had served in {Y} for several years before being recalled in {M}.
  A statement from {O} called on the international community to act before the {T} worsened.
  Officials at {O} said they were aware of the reports but gave no further details.
  Talks over the {T} are expected to resume in {Y} later in {M}, diplomats said.
  Witnesses reported heavy gunfire near {X} on {D} night as troops moved into the district.
  The state news agency denied that any {T} had taken place and accused foreign media of fabrication.
  {P} is believed to have left {C} with members of the family, travelling through {X}.
  Shares in {X} fell sharply on {D} as investors weighed the consequences of the {T}.
  More than {N} refugees have crossed into {C} in recent weeks, according to {O}.
  The government in {Y} has repeatedly blamed armed gangs backed by {C} for the violence.
  It was not immediately clear whether {P} would seek asylum in {C} or travel on to {Y}.
  In {Y}, hundreds gathered outside the embassy on {D} to protest against the {T}.
  {O} said it had documented {N} cases linked to the {T} in the province around {X}.
  The announcement was broadcast on a satellite channel based in {Y} late on {D}.
  Earlier this year {O} suspended its mission in {C}, citing the deteriorating security situation.
  The decision followed weeks of pressure from {C} and a series of resignations in {Y}.
  A convoy carrying supplies to {X} was stopped at a checkpoint on {D}, aid workers said.
  Contracts held by {X} and {X} were frozen under the {T}, a person familiar with the matter said.
  Fighting spread from {X} to {X} overnight, according to activists reached by telephone in {Y}.
  Local councils in {X} said supplies of flour and fuel would last no more than {N} days.
  The delegation travelled from {X} to {Y} under escort, officials from {O} said.`);

export const QUOTES = w(`We can no longer stand by while our people are being killed.
  This is another blow to the regime and shows that its support is crumbling.
  I have decided to join the ranks of the revolution.
  The situation on the ground is far worse than the government admits.
  We urge others to follow this example and to stand with the Syrian people.
  There is no military solution to this conflict; only talks can end the bloodshed.
  We have received no official notification of any resignation.
  The international community must act now, before it is too late.
  Our priority is the safety of civilians and the delivery of aid.
  These reports are lies spread by channels that want to destroy our country.
  I could not represent a government that commits such acts against its own people.
  The border remains open, but we are running out of space in the camps.
  Sanctions are hurting ordinary families much more than the leadership.
  We will continue to work with our partners on a political transition.`);

export const SYLLABLES = w(`ka | fr | nab | ud | mar | sal | qa | bir | tel | dor | ham | zin | ras | kh | ar | ein | jis | ur |
  sha | mi | ya | bat | lo | vin | gor | tak | el | ost | bre | mun | dal | ser | qu | aja | nur | tir | wes | pol | ane | kor`);
