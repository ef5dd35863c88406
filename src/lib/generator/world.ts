/**
 * Fallback distractors by part of the world and by sub-type. A Ghanaian region offered beside
 * Montreal, Greenpeace offered as a company, or a Polish name in a Mongolian election gives the
 * answer away: the built-in choices come from the article's own part of the world, and only
 * for the sub-types they fit.
 */
import { allPeople, knownPlaces } from './countries';
import type { Entity } from './entities';
import { CITIES, COUNTRIES, formerStates, PLACE_HEADS, REGIONS } from './lexicon';

export type World = 'africa' | 'east-asia' | 'south-asia' | 'europe' | 'americas' | 'middle-east';

const list = (s: string) => s.split('|');

interface Fallbacks {
	countries: string[];
	cities: string[];
	regions: string[];
	people: string[];
	companies: string[];
	universities: string[];
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
		companies: list('Dangote Group|Safaricom|MTN Group|Ethiopian Airlines|Ecobank|Shoprite'),
		universities: list(
			'University of Nairobi|University of Ghana|Makerere University|University of Lagos|Cheikh Anta Diop University|University of Cape Town'
		)
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
		),
		universities: list(
			'Seoul National University|University of Tokyo|Tsinghua University|Vietnam National University|University of Indonesia|National University of Singapore'
		)
	},
	'south-asia': {
		countries: list('Afghanistan|Bangladesh|India|Nepal|Pakistan|Sri Lanka|Bhutan|Maldives'),
		cities: list('Dhaka|Lahore|Chennai|Kathmandu|Colombo|Karachi|Kolkata|Pune'),
		regions: list('Punjab|Kerala|Sindh|Assam|Gujarat|Bengal|Bihar|Khulna Division'),
		people: list(
			'Priya Sharma|Arif Rahman|Sunita Rao|Imran Qureshi|Nusrat Jahan|Rajesh Kumar|Ayesha Siddiqui'
		),
		companies: list('Tata Motors|Infosys|Reliance Industries|Grameenphone|Wipro|Engro'),
		universities: list(
			'University of Dhaka|Indian Institute of Science|Aga Khan University|University of Colombo|Tribhuvan University|Jawaharlal Nehru University'
		)
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
		companies: list('Siemens|Nestlé|Unilever|Airbus|Volkswagen|Iberdrola'),
		universities: list(
			'University of Bologna|Heidelberg University|University of Copenhagen|Jagiellonian University|Sorbonne University|University of Edinburgh'
		)
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
		companies: list('Walmart|Petrobras|Boeing|Ford Motor|Bombardier|Cemex'),
		universities: list(
			'University of São Paulo|McGill University|University of Chile|National University of Colombia|University of Toronto|University of Buenos Aires'
		)
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
		companies: list('Saudi Aramco|Emirates|Turkish Airlines|Orascom|Qatar Airways|Zain Group'),
		universities: list(
			'American University of Beirut|Cairo University|King Saud University|University of Tehran|Hebrew University|Qatar University'
		)
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
	'the World Bank|the United Nations|the African Union|the European Commission|the International Monetary Fund|the World Health Organization|the Asian Development Bank|the African Development Bank|the European Investment Bank|the Islamic Development Bank|the Inter-American Development Bank'
);
const MEDIA_OUTLETS = list(
	'Reuters|Al Jazeera|the BBC|Xinhua|Agence France-Presse|the Associated Press'
);
const CHARITIES = list(
	'the Red Cross|Amnesty International|Greenpeace|Oxfam|Médecins Sans Frontières|Human Rights Watch|Save the Children'
);

/** Bodies most countries have, offered beside one of the same head ("Which court ruled …?"). */
const PUBLIC_BODIES = list(
	'the Supreme Court|the Constitutional Court|the High Court|the Court of Appeal|the Ministry of Finance|the Ministry of Health|the Ministry of Education|the Ministry of Defence|the Ministry of Agriculture|the Ministry of Transport|the Finance Ministry|the Health Ministry|the Foreign Ministry|the Interior Ministry|the Electoral Commission|the Human Rights Commission|the Competition Commission|the Revenue Authority|the Civil Aviation Authority|the Energy Regulatory Authority|the National Statistics Office|the Audit Office|the National Assembly|the Senate|the Central Bank|the Planning Commission|the Anti-Corruption Bureau|the Statistics Bureau|the Budget Committee|the Defence Committee'
);
const PARTIES = list(
	"the Liberal Party|the Conservative Party|the Green Party|the Labour Party|the Social Democratic Party|the National Party|the Democratic Party|the People's Party"
);
const LABOUR_BODIES = list(
	"the Transport Workers' Union|the National Union of Teachers|the Federation of Trade Unions|the Nurses' Association|the Farmers' Union|the Mineworkers' Union|the Journalists' Association"
);

const headOf = (name: string) => PUBLIC.exec(name)?.[0].toLowerCase().split(' ').pop() ?? '';

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

/** A country of the past ("the Soviet Union") is a scale of its own: today's countries give it away. */
export type PlaceScale = 'country' | 'former' | 'region' | 'city' | 'site' | 'place';

const REGION_WORDS = /^(?:region|province|state|district|county|prefecture|oblast|governorate)$/i;

/** Country, region, city, named site (stadium, palace) or a bare name of unknown scale. */
export function placeScale(e: Entity, body: string): PlaceScale {
	const name = e.name.normalize('NFC');
	if (formerStates(name)) return 'former';
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

export type OrgKind =
	| 'company'
	| 'media'
	| 'international'
	| 'charity'
	| 'public'
	| 'party'
	| 'labour'
	| 'institution'
	| 'other';

const COMPANY =
	/\b(?:securities|bank|airlines|airways|motors?|group|holdings|corp\.?|inc\.?|ltd\.?|plc|llc|electronics|industries|semiconductors?|pharmaceuticals|technologies|telecom|energy|mining|roasters|foods|steel|oil|exchange)$/i;
const MEDIA =
	/\b(?:times|post|news|tv|television|radio|press|journal|herald|tribune|gazette|telegraph|guardian|broadcasting|channel|novosti|tass|cnn|bbc|reuters|xinhua)\b/i;
/** A country's own bodies; a central bank is one, whatever "bank" says. */
const PUBLIC =
	/\b(?:ministry|court|council|commission|agency|parliament|department|authority|office|service|police|army|navy|government|cabinet|bureau|committee|assembly|senate|congress|central bank|reserve bank|kremlin|white house)\b/i;
const PARTY = /\b(?:party|movement|alliance|coalition|front)\b/i;
const LABOUR = /\b(?:union|federation|association|confederation|syndicate|guild)\b/i;
const INSTITUTION =
	/\b(?:university|college|school|institute|academy|hospital|clinic|museum|library|observatory|laboratory|centre|center)\b/i;
const CHARITY = /\b(?:foundation|watch|charity|trust|international)\b/i;

export function orgKind(name: string): OrgKind {
	const bare = name.replace(/^the\s+/i, '');
	if (INTERNATIONAL.some((n) => n.replace(/^the\s+/, '') === bare)) return 'international';
	if (CHARITIES.some((n) => n.replace(/^the\s+/, '') === bare)) return 'charity';
	if (MEDIA.test(bare)) return 'media';
	if (PARTY.test(bare)) return 'party';
	if (LABOUR.test(bare)) return 'labour';
	// "the Ministry of Energy" is no energy company.
	if (PUBLIC.test(bare)) return 'public';
	if (COMPANY.test(bare) && !/\bworld bank\b/i.test(bare)) return 'company';
	if (INSTITUTION.test(bare)) return 'institution';
	if (CHARITY.test(bare)) return 'charity';
	return 'other';
}

/** "the Turkish firm Yilport", "chip designer Fenwick": the noun an article puts before a name. */
const KIND_BEFORE: [RegExp, OrgKind][] = [
	[
		/\b(?:firm|company|group|conglomerate|maker|chipmaker|carmaker|automaker|designer|developer|manufacturer|producer|carrier|airline|lender|insurer|retailer|operator|importer|exporter|startup|miner|brokerage|broker|bank)\s+$/i,
		'company'
	],
	[/\b(?:analysts|economists|strategists|traders) at\s+$/i, 'company'],
	[/\b(?:newspaper|daily|broadcaster|channel|outlet|news agency|magazine|tabloid)\s+$/i, 'media'],
	[/\b(?:party|alliance|coalition|movement)\s+$/i, 'party'],
	[/\b(?:charity|ngo)\s+$/i, 'charity']
];

/** The sub-type of an organisation by its name, else by what the article calls it. */
export function orgKindOf(e: Entity | undefined, name: string, body: string): OrgKind {
	const byName = orgKind(e?.name ?? name);
	if (byName !== 'other' || !e) return byName;
	for (const m of e.mentions) {
		const before = body.slice(Math.max(0, m.start - 40), m.start);
		const found = KIND_BEFORE.find(([re]) => re.test(before));
		if (found) return found[1];
	}
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
		if (scale === 'former') return [...(formerStates(name ?? '') ?? [])];
		if (scale === 'region') return from((f) => f.regions);
		if (scale === 'city' || scale === 'place') return from((f) => f.cities);
		const kind = name && STREET_KINDS.exec(name)?.[1];
		return kind ? STREETS.map((n) => `${n} ${kind}`) : [];
	}
	// "the Supreme Court of Canada" beside other Canadian courts, then the central banks of
	// Kenya's neighbours beside "the Central Bank of Kenya".
	const country = name && / of (?:the )?([\p{L} ]+)$/u.exec(name)?.[1];
	if (country && COUNTRIES.has(country)) {
		const bodies =
			org === 'public'
				? fallbacks('org', world, scale, org, name.slice(0, -country.length - 4))
				: [];
		const neighbours = WORLDS[worldOfName.get(country) ?? world ?? 'europe'].countries.filter(
			(c) => c !== country && c.length > 3
		);
		const home = bodies.map((b) => `${b} of ${country}`);
		return home.length > 3
			? home
			: [...home, ...neighbours.map((c) => name.slice(0, name.length - country.length) + c)];
	}
	if (org === 'company') return from((f) => f.companies);
	if (org === 'institution') return from((f) => f.universities);
	if (org === 'media') return MEDIA_OUTLETS;
	if (org === 'international') return INTERNATIONAL;
	if (org === 'charity') return CHARITIES;
	if (org === 'party') return PARTIES;
	if (org === 'labour') return LABOUR_BODIES;
	if (org === 'public' && name) return PUBLIC_BODIES.filter((n) => headOf(n) === headOf(name));
	return [];
}

/** Every built-in name of a type, whatever its part of the world or sub-type. */
export function allFallbacks(type: 'person' | 'place' | 'org'): string[] {
	if (type === 'person') return [...everywhere((f) => f.people), ...allPeople()];
	if (type === 'place') return everywhere((f) => [...f.countries, ...f.cities, ...f.regions]);
	return [
		...everywhere((f) => [...f.companies, ...f.universities]),
		...MEDIA_OUTLETS,
		...INTERNATIONAL,
		...CHARITIES,
		...PUBLIC_BODIES,
		...PARTIES,
		...LABOUR_BODIES
	];
}
