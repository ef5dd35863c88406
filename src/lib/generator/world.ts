/**
 * Fallback distractors by part of the world and by sub-type. A Ghanaian region offered beside
 * Montreal, Greenpeace offered as a company, or a Polish name in a Mongolian election gives the
 * answer away: the built-in choices come from the article's own part of the world, and only
 * for the sub-types they fit.
 */
import { knownPlaces } from './countries';
import type { Entity } from './entities';
import { CITIES, COUNTRIES, PLACE_HEADS, REGIONS } from './lexicon';

export type World = 'africa' | 'east-asia' | 'south-asia' | 'europe' | 'americas' | 'middle-east';

const list = (s: string) => s.split('|');

interface Fallbacks {
	countries: string[];
	cities: string[];
	regions: string[];
	people: string[];
	companies: string[];
}

const WORLDS: Record<World, Fallbacks> = {
	africa: {
		countries: list(
			'Algeria|Angola|Benin|Botswana|Burkina Faso|Burundi|Cameroon|Chad|Congo|Eritrea|Ethiopia|Gabon|Gambia|Ghana|Guinea|Ivory Coast|Kenya|Liberia|Libya|Madagascar|Malawi|Mali|Mauritania|Morocco|Mozambique|Namibia|Niger|Nigeria|Rwanda|Senegal|Sierra Leone|Somalia|South Africa|South Sudan|Sudan|Tanzania|Togo|Tunisia|Uganda|Zambia|Zimbabwe'
		),
		cities: list('Nairobi|Accra|Lagos|Dakar|Kampala|Lusaka|Addis Ababa|Abidjan|Kumasi|Mombasa'),
		regions: list('Rift Valley|Ashanti|Kano State|Western Cape|Oromia|Katanga|Volta|Casamance'),
		people: list(
			'Kwame Mensah|Amina Diallo|Chinedu Okafor|Fatou Ndiaye|Tendai Moyo|Grace Achieng|Yaw Boateng|Halima Bello'
		),
		companies: list('Dangote Group|Safaricom|MTN Group|Ethiopian Airlines|Ecobank|Shoprite')
	},
	'east-asia': {
		countries: list(
			'Cambodia|China|Indonesia|Japan|Kazakhstan|Kyrgyzstan|Laos|Malaysia|Mongolia|Myanmar|North Korea|Philippines|Singapore|South Korea|Taiwan|Tajikistan|Thailand|Turkmenistan|Uzbekistan|Vietnam|Korea|DPRK'
		),
		cities: list('Jakarta|Hanoi|Osaka|Manila|Bangkok|Busan|Kuala Lumpur|Shanghai|Surabaya|Cebu'),
		regions: list('West Java|Sichuan|Hokkaido|Mindanao|Gyeonggi|Yunnan|Sabah|Okinawa'),
		people: list(
			'Li Wei|Yuki Tanaka|Lee Min-jun|Nguyen Thi Lan|Dewi Lestari|Zhang Hui|Park Ji-woo|Somchai Wong'
		),
		companies: list(
			'Samsung Electronics|Toyota Motor|Alibaba Group|Vingroup|Hyundai Motor|Sony Group'
		)
	},
	'south-asia': {
		countries: list('Afghanistan|Bangladesh|India|Nepal|Pakistan|Sri Lanka|Bhutan|Maldives'),
		cities: list('Dhaka|Lahore|Chennai|Kathmandu|Colombo|Karachi|Kolkata|Pune'),
		regions: list('Punjab|Kerala|Sindh|Assam|Gujarat|Bengal|Bihar|Khulna Division'),
		people: list(
			'Priya Sharma|Arif Rahman|Sunita Rao|Imran Qureshi|Nusrat Jahan|Rajesh Kumar|Ayesha Siddiqui'
		),
		companies: list('Tata Motors|Infosys|Reliance Industries|Grameenphone|Wipro|Engro')
	},
	europe: {
		countries: list(
			'Albania|Armenia|Austria|Belarus|Belgium|Bulgaria|Croatia|Czech Republic|Denmark|Estonia|Finland|France|Georgia|Germany|Greece|Hungary|Ireland|Italy|Latvia|Lithuania|Netherlands|Norway|Poland|Portugal|Romania|Russia|Serbia|Slovakia|Spain|Sweden|Switzerland|Ukraine|United Kingdom|Britain|UK'
		),
		cities: list('Lisbon|Krakow|Valencia|Bordeaux|Tbilisi|Munich|Rotterdam|Milan|Seville|Gdansk'),
		regions: list('Bavaria|Catalonia|Tuscany|Silesia|Brittany|Andalusia|Galicia|Flanders'),
		people: list(
			'Anna Kowalski|Thomas Müller|Sofia Rossi|Olga Petrova|Pieter Janssen|Claire Martin|Lucía Romero'
		),
		companies: list('Siemens|Nestlé|Unilever|Airbus|Volkswagen|Iberdrola')
	},
	americas: {
		countries: list(
			'Argentina|Bolivia|Brazil|Canada|Chile|Colombia|Costa Rica|Cuba|Ecuador|El Salvador|Guatemala|Haiti|Honduras|Jamaica|Mexico|Nicaragua|Panama|Paraguay|Peru|United States|Uruguay|Venezuela|US|USA|America|Puerto Rico'
		),
		cities: list(
			'Montreal|Lima|Quito|Guadalajara|Medellín|Chicago|Montevideo|Houston|Winnipeg|Recife'
		),
		regions: list('Ontario|Patagonia|Texas|Antioquia|Jalisco|Minas Gerais|Manitoba|Cusco'),
		people: list(
			'Maria Fernández|Carlos Mendoza|James Carter|Ana Souza|Sarah Mitchell|Diego Morales|Laura Jiménez'
		),
		companies: list('Walmart|Petrobras|Boeing|Ford Motor|Bombardier|Cemex')
	},
	'middle-east': {
		countries: list(
			'Egypt|Bahrain|Iran|Iraq|Israel|Jordan|Kuwait|Lebanon|Oman|Qatar|Saudi Arabia|Syria|Turkey|United Arab Emirates|Yemen|Palestine'
		),
		cities: list('Amman|Beirut|Doha|Muscat|Alexandria|Izmir|Riyadh|Basra|Aswan|Tabriz'),
		regions: list('Kurdistan|Anatolia|Sinai|Galilee|Dhofar|Asir|Khuzestan|Fayoum'),
		people: list(
			'Ahmed Hassan|Fatima Al-Sayed|Omar Khalil|Layla Haddad|Yusuf Demir|Noura Al-Mansour|Karim Nasser'
		),
		companies: list('Saudi Aramco|Emirates|Turkish Airlines|Orascom|Qatar Airways|Zain Group')
	}
};

/**
 * Streets and squares named as they are in many countries: offered beside a street or square
 * of the same kind ("Haile Selassie Avenue"). No "National Stadium" or "Presidential Palace":
 * a description may well be the answer's own.
 */
const STREETS = list(
	'Independence|Liberty|Unity|Republic|Victoria|Market|Station|Church|Harbour|Jubilee'
);
const STREET_KINDS = /\s(Avenue|Street|Road|Boulevard|Square)$/;

/** International bodies and charities: never offered as a company, a ministry or a court. */
const INTERNATIONAL = list(
	'the World Bank|the United Nations|the African Union|the European Commission|the International Monetary Fund|the World Health Organization|the Asian Development Bank'
);
const MEDIA_OUTLETS = list(
	'Reuters|Al Jazeera|the BBC|Xinhua|Agence France-Presse|the Associated Press'
);
const CHARITIES = list(
	'the Red Cross|Amnesty International|Greenpeace|Oxfam|Médecins Sans Frontières|Human Rights Watch|Save the Children'
);

const worldOfName = new Map<string, World>();
for (const [world, f] of Object.entries(WORLDS) as [World, Fallbacks][])
	for (const n of [...f.countries, ...f.cities, ...f.regions]) worldOfName.set(n, world);

/** The part of the world most of the article's places lie in, if they say. */
export function worldOf(places: Entity[]): World | undefined {
	const votes = new Map<World, number>();
	for (const p of places) {
		const w = worldOfName.get(p.name.normalize('NFC'));
		if (w) votes.set(w, (votes.get(w) ?? 0) + p.mentions.length);
	}
	return [...votes.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
}

export type PlaceScale = 'country' | 'region' | 'city' | 'site' | 'place';

const REGION_WORDS = /^(?:region|province|state|district|county|prefecture|oblast|governorate)$/i;

/** Country, region, city, named site (stadium, palace) or a bare name of unknown scale. */
export function placeScale(e: Entity, body: string): PlaceScale {
	const name = e.name.normalize('NFC');
	if (e.country || COUNTRIES.has(name)) return 'country';
	const words = name.split(' ');
	const known = knownPlaces(name);
	if (
		REGIONS.has(name) ||
		known.some((k) => k.scale === 'region') ||
		REGION_WORDS.test(words[words.length - 1]) ||
		e.mentions.some((m) =>
			/^\s+(\p{Ll}+)/u.exec(body.slice(m.end, m.end + 20))?.[1].match(REGION_WORDS)
		)
	)
		return 'region';
	if (CITIES.has(name) || worldOfName.has(name) || known.length) return 'city';
	if (words.some((w) => PLACE_HEADS.has(w.toLowerCase()))) return 'site';
	return 'place';
}

export type OrgKind = 'company' | 'media' | 'international' | 'charity' | 'public' | 'other';

const COMPANY =
	/\b(?:securities|bank|airlines|airways|motors?|group|holdings|corp\.?|inc\.?|ltd\.?|plc|llc|electronics|industries|semiconductors?|pharmaceuticals|technologies|telecom|energy|mining|roasters|foods|steel|oil)$/i;
const MEDIA =
	/\b(?:times|post|news|tv|television|radio|press|journal|herald|tribune|gazette|telegraph|guardian|broadcasting|channel|novosti|tass|cnn|bbc|reuters|xinhua)\b/i;
const PUBLIC =
	/\b(?:ministry|court|council|commission|agency|parliament|department|authority|office|service|police|army|navy|government|cabinet|bureau|committee|assembly|senate|congress|party|movement|union)\b/i;
const CHARITY = /\b(?:foundation|watch|charity|trust|international)\b/i;

export function orgKind(name: string): OrgKind {
	const bare = name.replace(/^the\s+/i, '');
	if (INTERNATIONAL.some((n) => n.replace(/^the\s+/, '') === bare)) return 'international';
	if (CHARITIES.some((n) => n.replace(/^the\s+/, '') === bare)) return 'charity';
	if (MEDIA.test(bare)) return 'media';
	if (COMPANY.test(bare) && !/\bworld bank\b/i.test(bare)) return 'company';
	if (PUBLIC.test(bare)) return 'public';
	if (CHARITY.test(bare)) return 'charity';
	return 'other';
}

const everywhere = (pick: (f: Fallbacks) => string[]) => Object.values(WORLDS).flatMap(pick);

/** Built-in choices that fit the answer (`name`)'s sub-type, from its part of the world when known. */
export function fallbacks(
	type: 'person' | 'place' | 'org',
	world: World | undefined,
	scale?: PlaceScale,
	org?: OrgKind,
	name?: string
): string[] {
	const from = (pick: (f: Fallbacks) => string[]) =>
		world ? pick(WORLDS[world]) : everywhere(pick);
	if (type === 'person') return from((f) => f.people);
	if (type === 'place') {
		if (scale === 'country') return from((f) => f.countries);
		if (scale === 'region') return from((f) => f.regions);
		if (scale === 'city' || scale === 'place') return from((f) => f.cities);
		const kind = name && STREET_KINDS.exec(name)?.[1];
		return kind ? STREETS.map((n) => `${n} ${kind}`) : [];
	}
	if (org === 'company') return from((f) => f.companies);
	if (org === 'media') return MEDIA_OUTLETS;
	if (org === 'international') return INTERNATIONAL;
	if (org === 'charity') return CHARITIES;
	return [];
}

/** Every built-in name of a type, whatever its part of the world or sub-type. */
export function allFallbacks(type: 'person' | 'place' | 'org'): string[] {
	if (type === 'person') return everywhere((f) => f.people);
	if (type === 'place') return everywhere((f) => [...f.countries, ...f.cities, ...f.regions]);
	return [...everywhere((f) => f.companies), ...MEDIA_OUTLETS, ...INTERNATIONAL, ...CHARITIES];
}
