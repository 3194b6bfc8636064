/** The words and tables spoken-text.ts reads written English with. */

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const MONTH_ABBREVIATIONS: Record<string, string> = {
  Jan: "January",
  Feb: "February",
  Mar: "March",
  Apr: "April",
  Jun: "June",
  Jul: "July",
  Aug: "August",
  Sep: "September",
  Sept: "September",
  Oct: "October",
  Nov: "November",
  Dec: "December",
};
export const MONTH = `(${MONTHS.join("|")})`;

/** Titles before a name. */
export const TITLES: Record<string, string> = {
  Dr: "Doctor",
  Mr: "Mister",
  Mrs: "Missus",
  Ms: "Miz",
  Prof: "Professor",
  Gen: "General",
  "Lt. Gen": "Lieutenant General",
  "Maj. Gen": "Major General",
  "Brig. Gen": "Brigadier General",
  Lt: "Lieutenant",
  Col: "Colonel",
  Maj: "Major",
  Capt: "Captain",
  Sgt: "Sergeant",
  Gov: "Governor",
  Sen: "Senator",
  Rep: "Representative",
  Rev: "Reverend",
  St: "Saint",
};

export const ABBREVIATIONS: [RegExp, string][] = [
  [/\be\.g\.,?/g, "for example,"],
  [/\bi\.e\.,?/g, "that is,"],
  [/\betc\.(?=\s+[a-z])/g, "et cetera"],
  [/\betc\./g, "et cetera."],
  [/\bvs?\.(?=\s)/g, "versus"],
  [/\bapprox\.(?=\s)/g, "approximately"],
  [/\bNo\.\s?(?=\d)/g, "number "],
  [/\bJr\./g, "Junior"],
  [/\bSr\.(?=,|\s+[a-z]|$)/g, "Senior"],
  [/\s&\s/g, " and "],
];

/** Unit words after a number: [singular, plural]. */
export const UNITS: Record<string, [string, string]> = {
  "km/h": ["kilometer per hour", "kilometers per hour"],
  "sq km": ["square kilometer", "square kilometers"],
  "km²": ["square kilometer", "square kilometers"],
  km: ["kilometer", "kilometers"],
  kg: ["kilogram", "kilograms"],
  mph: ["mile per hour", "miles per hour"],
  mm: ["millimeter", "millimeters"],
  cm: ["centimeter", "centimeters"],
  kW: ["kilowatt", "kilowatts"],
  MW: ["megawatt", "megawatts"],
  GW: ["gigawatt", "gigawatts"],
  "°C": ["degree Celsius", "degrees Celsius"],
  "°F": ["degree Fahrenheit", "degrees Fahrenheit"],
  "%": ["percent", "percent"],
  "per cent": ["percent", "percent"],
};

export const CURRENCIES: Record<string, [string, string, string]> = {
  $: ["dollar", "dollars", "cents"],
  "€": ["euro", "euros", "cents"],
  "£": ["pound", "pounds", "pence"],
};

export const SCALE_WORDS: Record<string, string> = {
  k: "thousand",
  thousand: "thousand",
  m: "million",
  mn: "million",
  million: "million",
  bn: "billion",
  billion: "billion",
  tn: "trillion",
  trillion: "trillion",
};

/** All-capital words said as words, not spelled out. */
export const SAID_AS_WORDS = new Set([
  "NATO",
  "HIMARS",
  "UNESCO",
  "UNICEF",
  "OPEC",
  "NASA",
  "COVID",
  "AIDS",
  "SWIFT",
  "ASEAN",
  "OK",
  "I",
  "A",
]);
export const RESPELLED: Record<string, string> = {
  ATACMS: "attack-ems",
  UAH: "hryvnias",
  // Roman numerals in names ("World War II").
  II: "Two",
  III: "Three",
};
