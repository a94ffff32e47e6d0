/**
 * Forms that style guides treat as the same word: a change between two of them is a matter of
 * house style, never an error or a change of meaning. Written from the AP Stylebook's rules
 * (state abbreviations, titles before names, month abbreviations) and common news usage for
 * country names; each group lists its forms already normalised by `normalizeForm` (lower case,
 * no accents, no full stops, one space between words). Kept apart from the classifier so the
 * table can grow without touching the rules.
 */

/** Countries and international bodies, as news copy names them. */
const PLACES: readonly (readonly string[])[] = [
  ['united states', 'united states of america', 'us', 'usa', 'america', 'the us', 'the states'],
  ['united kingdom', 'uk', 'britain', 'great britain', 'gb', 'the uk'],
  ['russia', 'russian federation'],
  ['china', "people's republic of china", 'prc', 'mainland china'],
  ['taiwan', 'republic of china', 'roc'],
  ['south korea', 'republic of korea', 'rok'],
  ['north korea', 'dprk', "democratic people's republic of korea"],
  ['vietnam', 'viet nam', 'socialist republic of vietnam'],
  ['laos', 'lao pdr', "lao people's democratic republic"],
  ['myanmar', 'burma'],
  ['iran', 'islamic republic of iran'],
  ['syria', 'syrian arab republic'],
  ['czech republic', 'czechia'],
  ['turkey', 'turkiye'],
  ['ivory coast', "cote d'ivoire"],
  ['netherlands', 'the netherlands', 'holland'],
  ['eswatini', 'swaziland'],
  ['north macedonia', 'macedonia'],
  ['cape verde', 'cabo verde'],
  ['east timor', 'timor-leste', 'timor leste'],
  ['vatican', 'vatican city', 'holy see'],
  ['united arab emirates', 'uae', 'emirates'],
  ['democratic republic of the congo', 'drc', 'dr congo', 'congo-kinshasa'],
  ['republic of the congo', 'congo-brazzaville'],
  ['the gambia', 'gambia'],
  ['bahamas', 'the bahamas'],
  ['philippines', 'the philippines'],
  ['moldova', 'republic of moldova'],
  ['bolivia', 'plurinational state of bolivia'],
  ['venezuela', 'bolivarian republic of venezuela'],
  ['tanzania', 'united republic of tanzania'],
  ['palestine', 'state of palestine', 'palestinian territories'],
  ['european union', 'eu'],
  ['united nations', 'un'],
  ['district of columbia', 'dc', 'washington dc'],
  ['new york city', 'nyc'],
  ['hong kong', 'hong kong sar'],
  ['kyiv', 'kiev'],
  ['beijing', 'peking'],
  ['mumbai', 'bombay'],
  ['hanoi', 'ha noi'],
  ['ho chi minh city', 'saigon', 'hcmc'],
];

/** US states: full name, AP abbreviation (where AP has one) and postal code. */
const STATES: readonly (readonly string[])[] = [
  ['alabama', 'ala', 'al'],
  ['alaska', 'ak'],
  ['arizona', 'ariz', 'az'],
  ['arkansas', 'ark', 'ar'],
  ['california', 'calif', 'cal', 'ca'],
  ['colorado', 'colo', 'co'],
  ['connecticut', 'conn', 'ct'],
  ['delaware', 'del', 'de'],
  ['florida', 'fla', 'fl'],
  ['georgia', 'ga'],
  ['hawaii', 'hi'],
  ['idaho', 'id'],
  ['illinois', 'ill', 'il'],
  ['indiana', 'ind', 'in'],
  ['iowa', 'ia'],
  ['kansas', 'kan', 'kans', 'ks'],
  ['kentucky', 'ky'],
  ['louisiana', 'la'],
  ['maine', 'me'],
  ['maryland', 'md'],
  ['massachusetts', 'mass', 'ma'],
  ['michigan', 'mich', 'mi'],
  ['minnesota', 'minn', 'mn'],
  ['mississippi', 'miss', 'ms'],
  ['missouri', 'mo'],
  ['montana', 'mont', 'mt'],
  ['nebraska', 'neb', 'nebr', 'ne'],
  ['nevada', 'nev', 'nv'],
  ['new hampshire', 'nh'],
  ['new jersey', 'nj'],
  ['new mexico', 'nm'],
  ['new york', 'ny'],
  ['north carolina', 'nc'],
  ['north dakota', 'nd'],
  ['ohio', 'oh'],
  ['oklahoma', 'okla', 'ok'],
  ['oregon', 'ore', 'or'],
  ['pennsylvania', 'pa', 'penn'],
  ['rhode island', 'ri'],
  ['south carolina', 'sc'],
  ['south dakota', 'sd'],
  ['tennessee', 'tenn', 'tn'],
  ['texas', 'tex', 'tx'],
  ['utah', 'ut'],
  ['vermont', 'vt'],
  ['virginia', 'va'],
  ['washington', 'wash', 'wa'],
  ['west virginia', 'w va', 'wva', 'wv'],
  ['wisconsin', 'wis', 'wisc', 'wi'],
  ['wyoming', 'wyo', 'wy'],
  ['puerto rico', 'pr'],
  ['guam', 'gu'],
  ['american samoa', 'as'],
  ['northern mariana islands', 'mp', 'cnmi'],
  ['us virgin islands', 'vi', 'usvi', 'virgin islands us'],
  ['palau', 'pw'],
  ['marshall islands', 'mh'],
  ['micronesia', 'fm', 'federated states of micronesia'],
];

/** Titles and honorifics before a name (AP abbreviates many of them before a full name). */
export const TITLES: readonly (readonly string[])[] = [
  ['general', 'gen'],
  ['lieutenant general', 'lt gen', 'lieut gen'],
  ['major general', 'maj gen'],
  ['brigadier general', 'brig gen'],
  ['colonel', 'col'],
  ['lieutenant colonel', 'lt col'],
  ['major', 'maj'],
  ['captain', 'capt'],
  ['lieutenant', 'lt', 'lieut'],
  ['sergeant', 'sgt'],
  ['corporal', 'cpl'],
  ['private', 'pvt'],
  ['admiral', 'adm'],
  ['vice admiral', 'vice adm'],
  ['rear admiral', 'rear adm'],
  ['commander', 'cmdr', 'cdr'],
  ['governor', 'gov'],
  ['lieutenant governor', 'lt gov'],
  ['senator', 'sen'],
  ['representative', 'rep'],
  ['president', 'pres'],
  ['vice president', 'vp'],
  ['prime minister', 'pm', 'premier'],
  ['secretary', 'sec', 'secy'],
  ['attorney general', 'atty gen'],
  ['ambassador', 'amb'],
  ['professor', 'prof'],
  ['doctor', 'dr'],
  ['reverend', 'rev'],
  ['father', 'fr'],
  ['honorable', 'hon', 'the honorable'],
  ['superintendent', 'supt'],
  ['mister', 'mr'],
  ['missus', 'mrs'],
  ['ms'],
  ['miss'],
  ['sir'],
  ['dame'],
  ['madam', 'madame', 'mme'],
  ['monsieur', 'm'],
  ['minister'],
  ['defense minister', 'defence minister'],
  ['foreign minister'],
  ['king'],
  ['queen'],
  ['prince'],
  ['princess'],
  ['pope'],
  ['chancellor'],
];

/** Words inside names that guides abbreviate: months, days, street and company words. */
const WORDS: readonly (readonly string[])[] = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
  ['monday', 'mon'],
  ['tuesday', 'tue', 'tues'],
  ['wednesday', 'wed'],
  ['thursday', 'thu', 'thur', 'thurs'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
  ['street', 'st'],
  ['avenue', 'ave', 'av'],
  ['boulevard', 'blvd'],
  ['road', 'rd'],
  ['mount', 'mt'],
  ['fort', 'ft'],
  ['saint', 'st'],
  ['company', 'co'],
  ['corporation', 'corp'],
  ['incorporated', 'inc'],
  ['limited', 'ltd'],
  ['brothers', 'bros'],
  ['and', '&'],
  ['junior', 'jr'],
  ['senior', 'sr'],
  ['department', 'dept'],
  ['university', 'univ'],
  ['association', 'assn', 'assoc'],
];

/**
 * A name or word as the table writes it: accents dropped (Türkiye, Côte), lower case, curly
 * apostrophes made straight, full stops removed ("U.S." is "us"), spaces and hyphens between
 * words made one space, except that hyphenated place names keep their hyphen.
 */
export function normalizeForm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/\.(?=\S)/gu, '')
    .replace(/\./gu, ' ')
    .replace(/[\s,]+/gu, ' ')
    .trim();
}

function indexOf(groups: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups)
    for (const form of group) if (!map.has(form)) map.set(form, group[0] ?? form);
  return map;
}

/** Every place form to the group's first form ("uk" → "united kingdom"). */
export const PLACE_FORMS: ReadonlyMap<string, string> = indexOf([...PLACES, ...STATES]);
/** Every title form to its full form ("gen" → "general"). */
export const TITLE_FORMS: ReadonlyMap<string, string> = indexOf(TITLES);
/** Every abbreviable word to its full form ("sept" → "september"). */
export const WORD_FORMS: ReadonlyMap<string, string> = indexOf(WORDS);
