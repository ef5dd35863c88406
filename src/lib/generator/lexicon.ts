/** General world knowledge the rules lean on: titles, organisation words, places, fallback names. */

const words = (s: string) => new Set(s.split('|'));

/**
 * Forms of address rather than offices: dropped from a person's name, unless the article never
 * names the person without one ("Sheikh Hasina", "Dr Tedros").
 */
export const HONORIFICS = words(
	'mr|mr.|mrs|mrs.|ms|ms.|miss|mx|dr|dr.|prof|prof.|comrade|sheikh|sheikha|sir|dame|alhaji|alhaja|' +
		'haji|hajji|ayatollah|mullah|maulana|pastor|rev|rev.|reverend|hon|hon.|engr|engr.|datuk|dato'
);

/** Words that name an office or trade; a capitalised name after them is a person. */
export const TITLES = words(
	[...HONORIFICS].join('|') +
		'|president|vice|prime|minister|secretary|governor|senator|sen.|rep.|representative|mayor|doctor|' +
		'professor|lord|lady|king|queen|prince|princess|crown|emir|' +
		'sultan|pope|cardinal|archbishop|bishop|imam|rabbi|judge|justice|chancellor|general|gen.|' +
		'colonel|col.|captain|capt.|lieutenant|lt.|sergeant|sgt.|commander|admiral|marshal|chairman|chairwoman|' +
		'chairperson|chair|ceo|cfo|director|spokesman|spokeswoman|spokesperson|ambassador|envoy|leader|chief|' +
		'executive|coach|manager|striker|midfielder|defender|goalkeeper|forward|epidemiologist|economist|analyst|' +
		'scientist|researcher|engineer|commissioner|inspector|officer|deputy|premier|founder|head|lawyer|attorney|' +
		'prosecutor|diplomat|candidate|councillor|councilor|speaker|magistrate|physician|nurse|' +
		'astronaut|author|novelist|actor|actress|singer|player|champion|coordinator|adviser|advisor|president-elect|' +
		'opposition|activist|virologist|dean|rector|mp|mep|congressman|congresswoman|lawmaker|' +
		'legislator|strategist|historian|journalist|reporter|editor|correspondent|boss|owner|' +
		'referee|umpire|cyclist|runner|sprinter|swimmer|batsman|bowler|tennis|driver|pilot|trainer|teammate'
);

/** Heads of offices, used to tell "the trade minister" (a role) from other noun phrases. */
export const ROLE_HEADS = words(
	'president|minister|secretary|governor|senator|mayor|chancellor|premier|leader|king|queen|prince|spokesman|' +
		'spokeswoman|spokesperson|ambassador|chief|executive|ceo|chairman|chairwoman|director|commissioner|' +
		'general|judge|coach|manager|captain|head|envoy|speaker|founder|prosecutor|attorney|chair|emir|sultan|sheikh'
);

/** A capitalised word group containing one of these names an organisation. */
export const ORG_HEADS = words(
	'university|institute|institution|foundation|organization|organisation|agency|ministry|department|bank|party|' +
		'council|committee|commission|company|corporation|corp|corp.|inc|inc.|ltd|ltd.|plc|llc|group|securities|' +
		'exchange|association|union|federation|league|club|fc|court|parliament|congress|senate|assembly|army|navy|' +
		'police|times|post|news|journal|gazette|herald|tribune|channel|service|office|school|college|hospital|' +
		'museum|forum|fund|authority|board|network|airlines|airways|motors|semiconductor|semiconductors|electronics|' +
		'pharmaceuticals|pharma|industries|holdings|partners|capital|labs|laboratories|technologies|systems|' +
		'telegraph|guardian|reuters|press|broadcasting|television|radio|kremlin|pentagon|centre|center|' +
		'council|bureau|administration|government|cabinet|force|forces|guard|institute|alliance|coalition|front|' +
		'movement|chamber|society|trust|church|clinic|programme|fifa|uefa|nato|opec|tass|ria|cnn|bbc|who|un|imf'
);

/** Demonyms, so "the Russian leader" can be matched to "Russian President Vladimir Putin". */
export const DEMONYMS = words(
	'american|russian|chinese|korean|japanese|indian|british|french|german|italian|spanish|mexican|brazilian|' +
		'argentine|argentinian|chilean|peruvian|colombian|canadian|australian|ukrainian|polish|turkish|iranian|' +
		'iraqi|israeli|palestinian|egyptian|saudi|syrian|nigerian|kenyan|ethiopian|malian|norwegian|swedish|danish|' +
		'finnish|dutch|belgian|swiss|austrian|greek|portuguese|irish|scottish|welsh|pakistani|afghan|bangladeshi|' +
		'indonesian|vietnamese|thai|filipino|malaysian|singaporean|taiwanese|mongolian|kazakh|belarusian|' +
		'hungarian|czech|romanian|serbian|croatian|ghanaian|senegalese|south|north|african|european|asian|' +
		'rwandan|ugandan|tanzanian|moroccan|algerian|tunisian|libyan|sudanese|venezuelan|cuban|bolivian|' +
		'ecuadorian|uruguayan|paraguayan|emirati|qatari|jordanian|lebanese|yemeni|omani|kuwaiti|soviet|ottoman|' +
		'byzantine|yugoslav|prussian'
);

export const COUNTRIES = words(
	'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|' +
		'Belarus|Belgium|Benin|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|' +
		'Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|' +
		'Egypt|El Salvador|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|' +
		'Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|' +
		'Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Liberia|' +
		'Libya|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Mali|Malta|Mauritania|Mexico|Moldova|Mongolia|' +
		'Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|' +
		'North Korea|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|' +
		'Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|' +
		'South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|' +
		'Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|' +
		'United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Britain|England|Scotland|Wales|' +
		'Korea|America|US|USA|UK|DPRK|EU|Palestine|Gaza|Crimea|Tibet|Kashmir|Puerto Rico|Greenland'
);

/**
 * States that no longer exist: a "Union" or an "Empire" here is a country of its time, never an
 * organisation, and is offered beside others of its kind rather than beside today's countries.
 */
const HISTORICAL_STATES = words(
	'Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Rhodesia|Zaire|' +
		'Ottoman Empire|Austria-Hungary|Russian Empire|British Empire|Prussia'
);
/** Empires of antiquity and the middle ages: offered beside each other, not beside the USSR. */
const ANCIENT_STATES = words(
	'Roman Empire|Byzantine Empire|Persian Empire|Holy Roman Empire|Mughal Empire|Qing Empire|' +
		'Mongol Empire|Assyria|Babylon|Carthage'
);

/** The states of the past of the same age as `name`, if it is one. */
export const formerStates = (name: string): Set<string> | undefined =>
	[HISTORICAL_STATES, ANCIENT_STATES].find((set) => set.has(name.normalize('NFC')));

export const CITIES = words(
	'Abuja|Accra|Addis Ababa|Amsterdam|Ankara|Athens|Baghdad|Bamako|Bangkok|Barcelona|Beijing|Beirut|Berlin|' +
		'Bogotá|Brasília|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Canberra|Cape Town|Caracas|Chicago|Dakar|' +
		'Delhi|New Delhi|Dhaka|Doha|Dubai|Dublin|Geneva|Hanoi|Havana|Helsinki|Hong Kong|Islamabad|Istanbul|' +
		'Jakarta|Jerusalem|Johannesburg|Kabul|Kampala|Karachi|Kathmandu|Khartoum|Kigali|Kinshasa|Kyiv|Kiev|Lagos|' +
		'Lahore|Lima|Lisbon|London|Los Angeles|Madrid|Manila|Melbourne|Mexico City|Miami|Milan|Minsk|Montreal|' +
		'Moscow|Mumbai|Munich|Nairobi|New York|Oslo|Ottawa|Paris|Phoenix|Prague|Pyongyang|Quito|Rabat|Riyadh|Rome|' +
		'San Francisco|Santiago|São Paulo|Sao Paulo|Seoul|Shanghai|Singapore|Stockholm|Sydney|Taipei|Tehran|' +
		'Tel Aviv|Tokyo|Toronto|Tunis|Vienna|Vladivostok|Warsaw|Washington|Wellington|Zurich|Osaka|Busan|Incheon|' +
		'Chennai|Kolkata|Bangalore|Bengaluru|Hyderabad|Shillong|Guangzhou|Shenzhen|Wuhan|Houston|Dallas|Boston|' +
		'Seattle|Atlanta|Denver|Detroit|Philadelphia|Manchester|Liverpool|Glasgow|Edinburgh|Lyon|Marseille|' +
		'Hamburg|Frankfurt|Rotterdam|Antwerp|Copenhagen|Montevideo|Asunción|La Paz|Medellín|Guadalajara|Monterrey|' +
		'Lusaka|Harare|Maputo|Luanda|Dar es Salaam|Mombasa|Casablanca|Algiers|Tripoli|Damascus|Amman|Muscat|' +
		'Abu Dhabi|Kuwait City|Tashkent|Almaty|Astana|Ulaanbaatar|Hanoi|Ho Chi Minh City|Phnom Penh|Yangon|' +
		'Colombo|Kuala Lumpur|Auckland|Perth|Brisbane|Vancouver|Calgary|Quebec|Havana|Kingston|Panama City|' +
		'San José|Managua|Tegucigalpa|Ouagadougou|Niamey|Nouakchott|Conakry|Freetown|Monrovia|Abidjan|Lomé|Cotonou'
);

export const REGIONS = words(
	'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|' +
		'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|' +
		'Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|' +
		'Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|' +
		'Virginia|West Virginia|Wisconsin|Wyoming|Siberia|Bavaria|Catalonia|Punjab|Kerala|Bengal|Gujarat|Assam|' +
		'Meghalaya|Ontario|Quebec|Alberta|Queensland|Tasmania|Patagonia|Sahara|Sahel|Balkans|Caucasus|Donbas|' +
		'Europe|Asia|Africa|Antarctica|Arctic|Middle East|Latin America|Pacific|Atlantic|Mediterranean|Amazon'
);

/** A capitalised word group ending in one of these names a place. */
export const PLACE_HEADS = words(
	'region|province|oblast|county|district|island|islands|peninsula|valley|river|lake|sea|ocean|mountains|' +
		'terminal|zone|dam|refinery|mine|corridor|highway|motorway|expressway|quay|wharf|pier|docks|shipyard|' +
		'cosmodrome|spaceport|airport|port|square|street|avenue|bridge|stadium|arena|palace|palacio|plaza|park|' +
		'strait|bay|gulf|coast|desert|canal|prefecture|territory|krai|city|town|village|heights|hills|falls|' +
		'station|harbour|harbor|beach|forest|reserve|base|camp|prison|stade|estadio|stadio|stadion|palais|parque|plaza|piazza|rue|avenida|via|puerto|porto|monte|mount|lago|rio|wadi|jebel|gunung|pulau|sungai|jalan|kampung|bandar'
);

/** Words that, right before a capitalised name, say it is a place. */
export const PLACE_PREPOSITIONS = words(
	'in|at|near|from|to|into|outside|across|towards|toward|throughout|via|inside'
);
