/**
 * Word lists for figure extraction. General English and ISO 4217 facts only: nothing here is taken
 * from any evaluation document.
 */

/**
 * Qualifiers before a number, lower case, mapped to the normalised form the contract uses.
 * "more than" and "over" mean the same bound, as do "fewer than", "less than" and "under".
 */
export const QUALIFIERS: ReadonlyMap<string, string> = new Map([
  ["more than", "over"],
  ["over", "over"],
  ["above", "over"],
  ["in excess of", "over"],
  ["upwards of", "over"],
  ["at least", "at least"],
  ["no fewer than", "at least"],
  ["no less than", "at least"],
  ["a minimum of", "at least"],
  ["about", "about"],
  ["around", "about"],
  ["some", "about"],
  ["roughly", "about"],
  ["approximately", "about"],
  ["approx.", "about"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["circa", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["just under", "nearly"],
  ["up to", "up to"],
  ["as many as", "up to"],
  ["as much as", "up to"],
  ["as high as", "up to"],
  ["at most", "up to"],
  ["no more than", "up to"],
  ["a maximum of", "up to"],
  ["fewer than", "under"],
  ["less than", "under"],
  ["under", "under"],
  ["below", "under"],
]);

/** Scale words and suffixes after a number ("1.2m", "$1.5bn", "315 thousand"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3],
  ["k", 1e3],
  ["million", 1e6],
  ["millions", 1e6],
  ["m", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["billion", 1e9],
  ["bn", 1e9],
  ["b", 1e9],
  ["trillion", 1e12],
  ["tn", 1e12],
  ["lakh", 1e5],
  ["crore", 1e7],
]);

/** Currency signs and prefixes, longest first where one is a prefix of another. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ["US$", "USD"],
  ["A$", "AUD"],
  ["C$", "CAD"],
  ["NZ$", "NZD"],
  ["HK$", "HKD"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
  ["¥", "JPY"],
  ["₹", "INR"],
  ["₦", "NGN"],
  ["₴", "UAH"],
  ["₽", "RUB"],
];

/** ISO 4217 codes common in crisis reporting; a code before or after a number marks money. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    "USD EUR GBP CHF JPY CNY INR AUD CAD NOK SEK DKK KES NGN ZAR HTG XOF XAF ETB SDG SSP UAH RUB TRY " +
    "SYP YER AFN PKR BDT MMK LBP EGP SOS UGX TZS CDF MZN MWK ZMW ZWL VES COP BRL MXN PHP IDR"
  ).split(" "),
);

/** Currency names after a number; unambiguous ones map to a code, others keep their name. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollars", "USD"],
  ["us dollars", "USD"],
  ["u.s. dollars", "USD"],
  ["euros", "EUR"],
  ["euro", "EUR"],
  ["pounds", "GBP"],
  ["pounds sterling", "GBP"],
  ["naira", "NGN"],
  ["gourdes", "HTG"],
  ["rand", "ZAR"],
  ["hryvnias", "UAH"],
  ["roubles", "RUB"],
  ["rubles", "RUB"],
  ["yen", "JPY"],
  ["yuan", "CNY"],
  ["rupees", "rupees"],
  ["shillings", "shillings"],
  ["francs", "francs"],
  ["cfa francs", "XOF"],
  ["pesos", "pesos"],
  ["dinars", "dinars"],
  ["riyals", "riyals"],
  ["afghanis", "AFN"],
  ["taka", "BDT"],
  ["birr", "ETB"],
]);

/** Measurement units after a number, mapped to the unit reported. Included in the figure's span. */
export const MEASURE_UNITS: ReadonlyMap<string, string> = new Map([
  ["%", "percent"],
  ["percent", "percent"],
  ["per cent", "percent"],
  ["percentage points", "percentage points"],
  ["km", "km"],
  ["kilometres", "km"],
  ["kilometers", "km"],
  ["km2", "km2"],
  ["km²", "km2"],
  ["square kilometres", "km2"],
  ["square kilometers", "km2"],
  ["km/h", "km/h"],
  ["kilometres per hour", "km/h"],
  ["kilometers per hour", "km/h"],
  ["km per hour", "km/h"],
  ["miles per hour", "mph"],
  ["degrees celsius", "celsius"],
  ["degrees fahrenheit", "fahrenheit"],
  ["degrees", "degrees"],
  ["mph", "mph"],
  ["miles", "miles"],
  ["feet", "ft"],
  ["foot", "ft"],
  ["ft", "ft"],
  ["yards", "yards"],
  ["inches", "inches"],
  ["square miles", "square miles"],
  ["hectares", "ha"],
  ["ha", "ha"],
  ["acres", "acres"],
  ["tonnes", "tonnes"],
  ["tons", "tonnes"],
  ["metric tons", "tonnes"],
  ["metric tonnes", "tonnes"],
  ["kg", "kg"],
  ["kilograms", "kg"],
  ["kilogrammes", "kg"],
  ["litres", "litres"],
  ["liters", "litres"],
  ["metres", "m"],
  ["meters", "m"],
  ["°c", "celsius"],
  ["ºc", "celsius"],
  ["c", "celsius"],
  ["°f", "fahrenheit"],
  ["mw", "MW"],
  ["megawatts", "MW"],
  ["mm", "mm"],
  ["millimetres", "mm"],
]);

/** Units of time: a number before one is a duration or an age, not a figure ("90 hours", "six months"). */
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends month " +
    "months year years decade decades century centuries fortnight fortnights times time am pm a.m. p.m. " +
    "o’clock o'clock gmt utc hrs bst cet cest edt pst pdt cst"
  ).split(" "),
);

/** Words before a number that make it a label or reference, not a count ("Article 5", "Phase 3"). */
export const LABEL_WORDS: ReadonlySet<string> = new Set(
  (
    "article art art. articles no no. nos. nr. number resolution resolutions section sec. chapter paragraph " +
    "paragraphs para para. page p. pp. rule law decree order item room route highway flight level phase " +
    "grade category cat protocol annex clause volume vol. issue episode season act title amendment camp " +
    "zone sector block district ward building unit platform gate terminal lane magnitude code version " +
    "model series stage step option scenario goal sdg figure fig. table box map line division brigade " +
    "battalion regiment precinct cell hall bed ext ext. tel tel. phone fax call dial hotline tier " +
    "annexe point size class form rank"
  ).split(" "),
);

/** Month names and abbreviations, capitalised as they must appear to count as a date. */
export const MONTHS: ReadonlySet<string> = new Set(
  (
    "January February March April May June July August September October November December " +
    "Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec."
  ).split(" "),
);

/** Nouns that count persons: a figure counting them has unit "people". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    "people persons person individuals civilians civilian children child kids women woman men man girls " +
    "girl boys boy adults adult infants babies refugees refugee migrants migrant asylum-seekers " +
    "idps displaced residents inhabitants villagers soldiers soldier troops personnel officers officer " +
    "police policemen peacekeepers fighters militants rebels combatants staff workers " +
    "journalists doctors nurses teachers pupils students patients cases deaths fatalities casualties " +
    "victims survivors passengers prisoners detainees hostages protesters demonstrators voters farmers " +
    "fishermen miners pilgrims others dead injured wounded missing volunteers members employees " +
    "nationals citizens lives returnees arrivals newcomers recruits gunmen attackers nationals"
  ).split(" "),
);

/** Nouns that count households. */
export const HOUSEHOLD_NOUNS: ReadonlySet<string> = new Set([
  "households",
  "families",
  "household",
  "family",
]);

/** Function words that end a noun phrase. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set(
  (
    "in on at from to for with by into across around near since during after before over under between " +
    "among including as and or but who which that whose where when while than per have has had were was " +
    "are is be been being will would could can may might should must remain remained remains had not " +
    "according said says say told this these those its their it they there here of the a an against " +
    "within without through throughout toward towards upon via despite amid behind beyond along"
  ).split(" "),
);

/** Determiners and possessives skipped before a counted noun ("of the population", "of them"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  "the a an its their his her our these those this that all".split(" "),
);
