/**
 * Regions and cities of countries often in the news. A Russian region offered beside Catalonia
 * and Andalusia gives itself away; beside Khabarovsk Krai and Sakhalin Oblast it does not. A
 * place found here is offered beside others of its own country; "Primorsky Krai/Primorye" names
 * one place in two ways, the first the one to offer.
 */
import { fold } from './span';

const COUNTRY_PLACES: Record<string, { regions: string; cities: string }> = {
	Russia: {
		regions:
			'Primorsky Krai/Primorye|Khabarovsk Krai|Amur Oblast|Sakhalin Oblast|Irkutsk Oblast|Novosibirsk Oblast|Krasnodar Krai|Kamchatka Krai|Tatarstan|Yakutia/Sakha',
		cities: 'Moscow|St Petersburg|Novosibirsk|Yekaterinburg|Kazan|Vladivostok|Khabarovsk|Irkutsk'
	},
	Ukraine: {
		regions:
			'Donetsk Oblast|Luhansk Oblast|Kharkiv Oblast|Zaporizhzhia Oblast|Kherson Oblast|Odesa Oblast|Lviv Oblast',
		cities: 'Kyiv/Kiev|Kharkiv|Odesa/Odessa|Lviv|Dnipro|Zaporizhzhia'
	},
	'United States': {
		regions:
			'California|Texas|Florida|Ohio|Arizona|Michigan|Pennsylvania|Nevada|Oregon|Colorado|Illinois|Virginia',
		cities: 'Chicago|Houston|Phoenix|Seattle|Atlanta|Denver|Boston|Dallas|Detroit|Los Angeles|Miami'
	},
	Canada: {
		regions:
			'Ontario|Quebec|Alberta|British Columbia|Manitoba|Nova Scotia|Saskatchewan|New Brunswick',
		cities: 'Toronto|Montreal|Vancouver|Calgary|Ottawa|Winnipeg|Halifax|Edmonton'
	},
	Mexico: {
		regions: 'Jalisco|Nuevo León|Oaxaca|Chiapas|Sonora|Yucatán|Veracruz',
		cities: 'Mexico City|Guadalajara|Monterrey|Puebla|Tijuana|Cancún'
	},
	Brazil: {
		regions: 'Minas Gerais|Bahia|Paraná|Amazonas|Pernambuco|Rio Grande do Sul',
		cities: 'São Paulo/Sao Paulo|Rio de Janeiro|Brasília|Salvador|Recife|Belo Horizonte|Manaus'
	},
	Argentina: { regions: '', cities: 'Buenos Aires|Córdoba|Rosario|Mendoza|La Plata|Mar del Plata' },
	Chile: { regions: '', cities: 'Santiago|Valparaíso|Concepción|Antofagasta|Temuco' },
	'United Kingdom': {
		regions: 'Scotland|Wales|Northern Ireland|Yorkshire|Cornwall|Kent',
		cities: 'London|Manchester|Birmingham|Leeds|Glasgow|Liverpool|Bristol|Edinburgh'
	},
	France: {
		regions: 'Brittany|Normandy|Provence|Alsace|Occitanie|Burgundy',
		cities: 'Paris|Lyon|Marseille|Bordeaux|Toulouse|Lille|Nantes'
	},
	Germany: {
		regions: 'Bavaria|Saxony|Hesse|Brandenburg|Lower Saxony|Thuringia',
		cities: 'Berlin|Munich|Hamburg|Frankfurt|Cologne|Stuttgart|Leipzig'
	},
	Spain: {
		regions: 'Catalonia|Andalusia|Galicia|Basque Country|Aragon|Castile and León',
		cities: 'Madrid|Barcelona|Valencia|Seville|Bilbao|Málaga|Zaragoza'
	},
	Italy: {
		regions: 'Tuscany|Lombardy|Sicily|Piedmont|Veneto|Campania',
		cities: 'Rome|Milan|Naples|Turin|Florence|Bologna'
	},
	Poland: {
		regions: 'Silesia|Masovia|Pomerania|Lesser Poland',
		cities: 'Warsaw|Kraków/Krakow|Gdańsk/Gdansk|Wrocław|Poznań|Łódź'
	},
	Turkey: { regions: '', cities: 'Istanbul|Ankara|Izmir|Antalya|Bursa|Adana' },
	China: {
		regions: 'Sichuan|Yunnan|Guangdong|Xinjiang|Hubei|Zhejiang|Jiangsu',
		cities: 'Beijing|Shanghai|Guangzhou|Shenzhen|Wuhan|Chengdu|Hangzhou'
	},
	Japan: {
		regions: 'Hokkaido|Okinawa|Fukushima|Aichi|Hyogo|Miyagi',
		cities: 'Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Sapporo|Fukuoka'
	},
	'South Korea': {
		regions: 'Gyeonggi|Gangwon|Jeju|South Chungcheong|North Gyeongsang',
		cities: 'Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Suwon'
	},
	'North Korea': { regions: '', cities: 'Pyongyang|Wonsan|Hamhung|Kaesong|Chongjin' },
	Mongolia: {
		regions: 'Khovd|Dornod|Selenge|Bayan-Ölgii|Govi-Altai|Övörkhangai',
		cities: 'Ulaanbaatar|Erdenet|Darkhan|Choibalsan'
	},
	Vietnam: { regions: '', cities: 'Hanoi|Ho Chi Minh City|Da Nang|Haiphong|Hue|Can Tho' },
	Indonesia: {
		regions: 'West Java|Central Java|Bali|Papua|Aceh|North Sumatra|East Kalimantan|North Maluku',
		cities: 'Jakarta|Surabaya|Bandung|Medan|Makassar|Semarang'
	},
	India: {
		regions: 'Kerala|Gujarat|Assam|Bihar|Maharashtra|Tamil Nadu|Uttar Pradesh|Meghalaya',
		cities: 'New Delhi/Delhi|Mumbai|Chennai|Kolkata|Bengaluru/Bangalore|Hyderabad|Pune'
	},
	Pakistan: {
		regions: 'Sindh|Balochistan|Khyber Pakhtunkhwa|Gilgit-Baltistan',
		cities: 'Karachi|Lahore|Islamabad|Peshawar|Quetta|Multan'
	},
	Bangladesh: {
		regions:
			'Chittagong Division|Khulna Division|Sylhet Division|Rajshahi Division|Barisal Division',
		cities: 'Dhaka|Chittagong/Chattogram|Khulna|Sylhet|Rajshahi'
	},
	Iran: { regions: '', cities: 'Tehran|Tabriz|Isfahan|Mashhad|Shiraz' },
	'Saudi Arabia': { regions: '', cities: 'Riyadh|Jeddah|Mecca|Medina|Dammam' },
	Egypt: {
		regions: 'Sinai|Fayoum|Red Sea Governorate',
		cities: 'Cairo|Alexandria|Giza|Luxor|Aswan|Port Said'
	},
	Nigeria: {
		regions: 'Lagos State|Kano State|Rivers State|Borno State|Kaduna State|Oyo State',
		cities: 'Lagos|Abuja|Kano|Ibadan|Port Harcourt|Enugu|Kaduna'
	},
	Ghana: {
		regions: 'Ashanti|Volta|Upper East|Upper West|Bono',
		cities: 'Accra|Kumasi|Tamale|Takoradi|Cape Coast|Bolgatanga'
	},
	Kenya: {
		regions: 'Turkana|Kisumu County|Nakuru County|Kilifi County',
		cities: 'Nairobi|Mombasa|Kisumu|Nakuru|Eldoret'
	},
	Ethiopia: {
		regions: 'Oromia|Amhara|Tigray|Afar',
		cities: 'Addis Ababa|Dire Dawa|Mekelle|Gondar|Bahir Dar|Hawassa'
	},
	'South Africa': {
		regions: 'Western Cape|Gauteng|KwaZulu-Natal|Eastern Cape|Limpopo',
		cities: 'Johannesburg|Cape Town|Durban|Pretoria|Gqeberha'
	},
	Australia: {
		regions: 'Queensland|New South Wales|Tasmania|Western Australia|South Australia',
		cities: 'Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra'
	}
};

export type KnownScale = 'region' | 'city';

interface KnownPlace {
	country: string;
	scale: KnownScale;
	/** How it is offered, then its other names. */
	names: string[];
}

/** "Amur Oblast", "the Amur region" and "Far Eastern Amur Region" are one place. */
const HEAD =
	/\s+(?:region|oblast|krai|province|state|county|prefecture|governorate|division|district)$/;
const DIRECTION =
	/^(?:(?:far|north|south|east|west|central|upper|lower|northern|southern|eastern|western)[\s-]+)+/;
const coreOf = (name: string) =>
	fold(name)
		.replace(/^the\s+/, '')
		.replace(HEAD, '');

const KNOWN: KnownPlace[] = Object.entries(COUNTRY_PLACES).flatMap(([country, lists]) =>
	(['region', 'city'] as const).flatMap((scale) =>
		(scale === 'region' ? lists.regions : lists.cities)
			.split('|')
			.filter(Boolean)
			.map((entry) => ({ country, scale, names: entry.split('/') }))
	)
);
const index = (key: (name: string) => string) => {
	const map = new Map<string, KnownPlace[]>();
	for (const k of KNOWN) for (const n of k.names) map.set(key(n), [...(map.get(key(n)) ?? []), k]);
	return map;
};
const byName = index(fold);
const byCore = index(coreOf);

/**
 * The known places a name may stand for: by the name itself ("Lagos" the city, not Lagos State),
 * else by its core, with or without a compass word before it.
 */
export function knownPlaces(name: string): KnownPlace[] {
	const core = coreOf(name);
	return (
		byName.get(fold(name)) ?? byCore.get(core) ?? byCore.get(core.replace(DIRECTION, '')) ?? []
	);
}

/** Regions or cities of the country `name` lies in, written like it; none when it is unknown. */
export function sameCountry(name: string, scale: KnownScale, article: string[]): string[] {
	const countries = new Set(knownPlaces(name).map((k) => k.country));
	// A name places of two countries share says nothing of either.
	if (countries.size !== 1) return [];
	const [country] = countries;
	// Neither the answer nor a place the article names, under any of its names.
	const named = new Set([name, ...article].flatMap(knownPlaces));
	const head = HEAD.exec(fold(name))?.[0];
	return KNOWN.filter((k) => k.country === country && k.scale === scale && !named.has(k)).map(
		(k) => {
			const offered = k.names[0];
			// "the Amur region" is asked with "Khabarovsk" beside it, "Far Eastern Amur Region" with
			// "Khabarovsk Region".
			if (!head) return offered.replace(new RegExp(HEAD.source, 'i'), '');
			return HEAD.test(fold(offered))
				? offered.replace(new RegExp(HEAD.source, 'i'), ' ' + titleCase(head.trim()))
				: offered;
		}
	);
}

const titleCase = (w: string) => w[0].toUpperCase() + w.slice(1);

/**
 * Made-up names as each country's press writes them, so a built-in wrong choice beside a
 * Vietnamese minister is Vietnamese too; family name first where the country puts it first.
 */
const PEOPLE: Record<string, string> = {
	Russia:
		'Alexei Smirnov|Olga Ivanova|Dmitry Volkov|Natalia Sokolova|Sergei Kuznetsov|Irina Morozova',
	Ukraine:
		'Oleksandr Kovalenko|Iryna Shevchenko|Andriy Bondarenko|Olena Tkachenko|Mykola Kravchenko|Yulia Melnyk',
	'United States':
		'Michael Johnson|Jennifer Davis|Robert Miller|Emily Wilson|David Anderson|Sarah Thompson',
	Canada:
		'Marc Tremblay|Emily Campbell|Jean-François Gagnon|Sarah MacDonald|Ryan Fraser|Isabelle Roy',
	Mexico:
		'José Hernández|Guadalupe López|Juan Carlos Ramírez|Ana Martínez|Luis Torres|Gabriela Flores',
	Brazil: 'João Silva|Ana Souza|Carlos Oliveira|Mariana Costa|Pedro Santos|Fernanda Lima',
	Argentina:
		'Martín González|Lucía Fernández|Santiago Rodríguez|Valentina Gómez|Facundo Díaz|Camila Pérez',
	Chile:
		'Felipe Muñoz|Javiera Rojas|Cristóbal Soto|Catalina Contreras|Matías Silva|Constanza Reyes',
	'United Kingdom':
		'James Whitfield|Sarah Collins|Thomas Hughes|Emma Clarke|Daniel Wright|Rebecca Harris',
	France: 'Jean Dupont|Marie Lefèvre|Pierre Moreau|Camille Girard|Nicolas Lambert|Sophie Fontaine',
	Germany: 'Thomas Müller|Anna Schneider|Stefan Fischer|Katrin Weber|Markus Becker|Julia Hoffmann',
	Spain: 'Javier García|Carmen López|Alejandro Martín|Lucía Sánchez|Pablo Jiménez|Elena Ruiz',
	Italy: 'Marco Rossi|Giulia Bianchi|Luca Romano|Francesca Ricci|Andrea Conti|Chiara Esposito',
	Poland:
		'Piotr Nowak|Anna Kowalska|Krzysztof Wójcik|Katarzyna Lewandowska|Marek Kamiński|Ewa Dąbrowska',
	Turkey: 'Mehmet Yılmaz|Ayşe Kaya|Mustafa Demir|Zeynep Çelik|Emre Şahin|Elif Arslan',
	China: 'Wang Wei|Li Na|Zhang Tao|Liu Yang|Chen Jing|Zhao Lei',
	Japan: 'Hiroshi Tanaka|Yuko Suzuki|Kenji Watanabe|Akiko Yamamoto|Takashi Sato|Naomi Kobayashi',
	'South Korea': 'Kim Min-jun|Lee Seo-yeon|Park Ji-hoon|Choi Yu-na|Jung Woo-sung|Kang Hye-jin',
	'North Korea': 'Ri Kwang-sok|Kim Un-hyang|Pak Song-il|Jo Myong-chol|Han Sol-mi',
	Mongolia: 'Batbayar Dorj|Oyuntsetseg Bold|Ganzorig Tsend|Enkhjargal Purev|Tumur Baatar',
	Vietnam: 'Nguyễn Văn An|Trần Thị Hương|Phạm Minh Tuấn|Lê Thị Lan|Đỗ Quang Hải|Bùi Thị Hà',
	Indonesia: 'Budi Santoso|Siti Rahayu|Agus Wijaya|Dewi Lestari|Rizky Pratama|Ayu Kusuma',
	India: 'Rajesh Kumar|Priya Sharma|Anil Mehta|Sunita Rao|Vikram Singh|Kavita Iyer',
	Pakistan: 'Imran Qureshi|Ayesha Siddiqui|Bilal Ahmed|Sana Malik|Usman Chaudhry|Nadia Hussain',
	Bangladesh:
		'Arif Rahman|Nusrat Jahan|Tanvir Hossain|Farhana Akter|Mahmudul Hasan|Sharmin Sultana',
	Iran: 'Ali Rezaei|Maryam Hosseini|Reza Karimi|Zahra Ahmadi|Mohammad Moradi|Fatemeh Jafari',
	'Saudi Arabia':
		'Abdullah Al-Qahtani|Noura Al-Otaibi|Faisal Al-Ghamdi|Reem Al-Shehri|Khalid Al-Dosari|Sara Al-Mutairi',
	Egypt: 'Ahmed Hassan|Mona Abdel Rahman|Mahmoud Farouk|Nadia Mostafa|Tarek Soliman|Heba Mansour',
	Nigeria: 'Chinedu Eze|Ngozi Obi|Emeka Nwosu|Aisha Bello|Tunde Bakare|Segun Adebayo',
	Ghana: 'Kwame Mensah|Ama Owusu|Kofi Asante|Akosua Boateng|Yaw Darko|Efua Agyeman',
	Kenya: 'Peter Kamau|Grace Njeri|Brian Otieno|Faith Achieng|Daniel Kiprop|Mercy Wambui',
	Ethiopia: 'Abebe Worku|Tigist Haile|Dawit Mekonnen|Meron Assefa|Yonas Kebede|Selam Desta',
	'South Africa':
		'Thabo Nkosi|Lerato Dlamini|Johan van der Merwe|Nomvula Khumalo|Sipho Ndlovu|Anneke Botha',
	Australia: "Lachlan Reid|Olivia Mitchell|Liam O'Connor|Chloe Walker|Ben Harrison|Hannah Price"
};

/** How the press names a country for short: "DPRK" is North Korea, "Britain" the United Kingdom. */
const COUNTRY_ALIASES: Record<string, string> = {
	US: 'United States',
	USA: 'United States',
	'U.S.': 'United States',
	America: 'United States',
	UK: 'United Kingdom',
	Britain: 'United Kingdom',
	England: 'United Kingdom',
	Scotland: 'United Kingdom',
	Wales: 'United Kingdom',
	DPRK: 'North Korea'
};

/**
 * The countries the article's places lie in: a country by its name, a city or region by the
 * country it is known to be in, each counted by how often the article names it.
 */
export function countryVotes(places: { name: string; mentions: unknown[] }[]): Map<string, number> {
	const votes = new Map<string, number>();
	for (const p of places) {
		const name = p.name.normalize('NFC');
		const own = COUNTRY_ALIASES[name] ?? (COUNTRY_PLACES[name] || PEOPLE[name] ? name : undefined);
		const known = new Set(knownPlaces(name).map((k) => k.country));
		const country = own ?? (known.size === 1 ? [...known][0] : undefined);
		if (country) votes.set(country, (votes.get(country) ?? 0) + p.mentions.length);
	}
	return votes;
}

/** The country most of the article's places lie in, if they say. */
export const countryOf = (places: { name: string; mentions: unknown[] }[]): string | undefined =>
	[...countryVotes(places).entries()].sort((x, y) => y[1] - x[1])[0]?.[0];

/** Built-in people of the country, if this file knows its names. */
export const peopleOf = (country: string | undefined): string[] =>
	country && PEOPLE[country] ? PEOPLE[country].split('|') : [];

/** Every built-in person of every country. */
export const allPeople = (): string[] => Object.keys(PEOPLE).flatMap(peopleOf);
