// General English cue words around names: honorifics, titles, role nouns, non-person nouns, speech verbs.

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Honorifics: whatever follows is a person ("Mr Brown" even though "brown" is a common word). */
export const HONORIFICS = set(`mr mrs ms miss mx dr sir dame messrs mme mlle herr monsieur madame senor senora`);

/** Titles written before a name; the word after them is a name only if it looks like one ("General Motors" is not). */
export const TITLES = set(`
  president vice prime minister premier chancellor secretary general gen lieutenant lt colonel col major maj
  captain capt sergeant sgt admiral adm commander cmdr brigadier brig marshal ambassador envoy consul senator sen representative
  rep congressman congresswoman governor gov mayor judge justice king queen prince princess emperor empress sheikh
  shaikh sheik emir sultan ayatollah imam mullah rabbi pope cardinal bishop archbishop father reverend rev pastor
  chairman chairwoman chief director spokesman spokeswoman spokesperson deputy acting former late professor prof
  lord lady coach detective inspector superintendent agent comrade crown speaker attorney chargé charge
  cllr councillor councilor alderman alderwoman commissioner supt insp det cpl corporal hojatoleslam hojjatoleslam
  seyed seyyed sayyid`);

/** Titles and honorifics written abbreviated with a full stop that does not end the sentence: "Gen. Moore", "Dr. Smith". */
export const TITLE_ABBREVIATIONS = set(`mr mrs ms dr messrs mme mlle gen lt col maj capt sgt cpl pte adm cmdr brig rev gov
  sen rep prof supt insp det cllr`);

/** Role nouns: "X, the French foreign minister" or "spokesman X" say that X is a person. */
export const ROLE_NOUNS = set(`
  ambassador envoy diplomat consul attache attaché chargé charge minister secretary spokesman spokeswoman
  spokesperson president vice-president premier chancellor king queen prince princess emir sheikh sultan general
  colonel commander officer chief director head leader chairman chairwoman chair member founder co-founder ceo
  executive official analyst professor lecturer researcher scientist correspondent reporter editor journalist
  columnist activist lawyer attorney judge senator governor mayor representative congressman congresswoman deputy
  adviser advisor aide friend husband wife son daughter brother sister father mother uncle aunt cousin widow
  student author writer novelist poet economist doctor surgeon nurse coach player striker midfielder defender
  goalkeeper manager captain priest imam cleric rabbi pope bishop cardinal candidate nominee businessman
  businesswoman entrepreneur investor banker billionaire actor actress singer musician rapper artist director
  producer photographer filmmaker footballer athlete runner champion politician lawmaker legislator mp dissident
  defector rebel fighter soldier commander militant farmer teacher resident witness victim survivor owner partner
  colleague rival opponent successor predecessor chief-executive negotiator mediator prosecutor investigator
  detective inspector historian expert specialist commentator blogger presenter anchor host novelist playwright
  architect engineer designer chef pilot sheriff constable worker employee staffer strategist lobbyist campaigner
  organiser organizer volunteer protester protestor demonstrator refugee migrant prisoner detainee suspect
  defendant plaintiff spokesmen ambassadors ministers officials leaders members man woman boy girl veteran
  secretary-general sunni shia shiite christian muslim kurd alawite druze jew catholic
  translator interpreter accountant clerk driver mechanic electrician plumber carpenter builder labourer laborer
  shopkeeper vendor trader merchant tailor baker butcher fisherman shepherd miner cleaner cook waiter waitress
  barber hairdresser receptionist librarian pharmacist dentist physician psychiatrist psychologist therapist
  midwife paramedic firefighter policeman policewoman guard warden sailor cadet pupil graduate academic scholar
  theologian philosopher physicist chemist biologist archaeologist sociologist barrister solicitor magistrate
  broker consultant auditor programmer developer landlord tenant neighbour neighbor grandmother grandfather grandson
  granddaughter nephew niece fiancé fiancée fiance fiancee girlfriend boyfriend widower tycoon magnate mogul heiress
  heir comedian dancer choreographer composer conductor pianist violinist guitarist drummer vocalist songwriter
  painter sculptor cartoonist illustrator essayist biographer critic curator councillor councilor commissioner
  treasurer trustee registrar superintendent`);

/** Nouns that say the name before or after them is a place or an organisation ("X, the eastern city"). */
export const NON_PERSON_NOUNS = set(`
  city town village country nation state province region capital district county municipality suburb
  neighbourhood neighborhood area island islands river lake sea ocean mountain mountains valley desert port
  harbour base camp prison jail airport street road avenue square bridge station stadium hotel hospital
  university college school institute academy newspaper paper magazine daily weekly tabloid agency channel
  network broadcaster website outlet company firm corporation group party organisation organization ministry
  militia movement band club team airline bank fund foundation charity court council committee parliament
  assembly brand operation ship vessel programme program festival treaty regime government army navy brigade
  battalion province territory republic kingdom emirate monarchy empire dynasty clan tribe family`);

/** Capitalised words that make a whole phrase an organisation, place or event, never a person. */
export const ORG_WORDS = set(`
  council ministry ministries office house party army force forces navy guard guards corps brigade brigades
  battalion agency agencies university college school institute academy street st road avenue lane boulevard
  square bridge station airport stadium hospital church mosque cathedral temple centre center foundation union
  nations states republic kingdom emirates federation committee commission parliament senate congress assembly
  court tribunal department bureau bank company group corporation corp inc ltd plc llc club association
  society league news press times post journal herald tribune telegraph gazette daily weekly magazine review
  network channel radio tv television watch international organisation organization movement front alliance
  coalition authority administration government embassy consulate mission museum gallery library park garden
  gardens river lake sea ocean gulf bay coast island islands mountains mountain valley desert province county
  region district city town village airlines airways railway motors electric technologies systems industries
  holdings partners capital fund trust prize award awards cup championship olympics games festival summit
  prix trophy medal marathon derby diwali hanukkah christmas easter passover nowruz
  agence presse prensa agencia noticias zeitung nachrichten rundfunk
  conference treaty accord agreement act war revolution spring crisis campaign operation programme program
  project initiative declaration charter day week month year era age empire dynasty regime county palace hall
  castle tower building plaza mall market port harbour harbor fort camp base prison east west north south
  middle central eastern western northern southern palacio palais palazzo casa calle avenida rue quai piazza
  strasse straße platz`);

/** Words for days and months: no name starts with them at the head of a sentence. */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tonight tomorrow`);

/** Verbs that make the name next to them a speaker, hence a person ("Gerges said", "said Fares"). */
export const SPEECH_VERBS = set(`
  said says say told tells added adds stated explained explains argued argues insisted insists warned
  warns wrote writes tweeted tweets asked asks replied replies retorted retorts noted claimed
  urged urges recalled recalls admitted admits acknowledged acknowledges conceded concedes declared declares
  denied denies confirmed confirms remarked continued continues responded responds commented
  suggested suggests stressed stresses predicted predicts countered counters cautioned cautions told
  announced announces described describes believes believed thinks`);

/** Words that cannot start or continue a person's name phrase (determiners and pronouns). */
export const DETERMINERS = set(`the a an this that these those its their our his her my your every each no`);

/** Prepositions after which a capitalised word is more often a place than a person. */
/**
 * Words that open place names and never a personal name: generic geographic nouns of Arabic and Hebrew names (village,
 * house, monastery, hill, mountain, bridge, spring, ruin, valley, market) as in "Kafr Nabl", "Deir ez-Zor", "Tel Aviv",
 * and their English counterparts: "New York", "Fort Worth", "Port Harcourt", "Mount Lebanon", "Lake Chad", "Cape Town".
 */
export const PLACE_HEADS = set(`kafr kfar beit deir dayr tel tell jabal jebel jisr qasr ein khirbet maarat nahr wadi souq souk
  new fort port mount lake cape`);

export const PLACE_PREPOSITIONS = set(`in at near across inside outside into towards toward via throughout through`);

/** Pronouns and other function words that are never a name on their own, whatever a name list says. */
export const PRONOUNS = set(`i he she we they it you me him her us them who whom whose this that there here what
  which one no yes not all any some none`);

/** Regions and continents that the country list lacks. */
export const REGIONS = set(`europe africa asia america americas britain arabia oceania antarctica balkans caucasus
  scandinavia levant maghreb sahel sahara kurdistan gulf arctic siberia anatolia european african asian american
  arab arabian latin nordic baltic western eastern`);

/** Function words: a capitalised one opens a sentence or heading, never a name. */
export const FUNCTION_WORDS = set(`the a an and or but nor so yet for if as at by in on of to with from after before
  since while when whereas during under over about against among between into onto upon within without through
  despite unlike like though although because unless until once then than also even still meanwhile however this
  that these those there here it its he she we they i you his her their our my your what which who how why where`);

/**
 * Organisations, teams and feasts whose names read as a person's: banks, universities, institutes, fashion and car
 * makers, football clubs, the two Eids (Eid and Ramadan alone are also family names: Bassem Eid, Tariq Ramadan). A
 * chain holding one of these is never a person ("Goldman Sachs", "Johns Hopkins", "Bayern Munich", "Eid al-Fitr").
 */
export const ORG_NAMES = new Set(`goldman sachs|morgan stanley|merrill lynch|lehman brothers|wells fargo|charles schwab|
  dow jones|johns hopkins|carnegie mellon|brigham young|max planck|robert koch|rolls royce|aston martin|alfa romeo|
  louis vuitton|christian dior|yves saint laurent|ralph lauren|calvin klein|tommy hilfiger|hugo boss|estee lauder|
  walt disney co|harley davidson|jimmy choo|booz allen hamilton|fannie mae|freddie mac|sallie mae|
  aston villa|bayern munich|borussia dortmund|werder bremen|hertha berlin|inter milan|ac milan|inter miami|
  real madrid|atletico madrid|paris saint-germain|red star belgrade|dinamo zagreb|ajax amsterdam|
  eid al-fitr|eid al-adha|eid ul-fitr|eid ul-adha`
  .split('|').map((x) => x.trim()));
