/**
 * Real geography for the demo stories. People are never taken from here:
 * see people.ts for the invented names.
 */

export interface Place {
  name: string;
  /** "Kharkiv Oblast", or "the capital" for Kyiv. */
  oblast: string;
  /** Tag slug for the place, when the tag list has one. */
  tag: string | null;
  /** The nearest big river, for scene-setting. */
  river: string;
  /** Who speaks for the area: "the regional military administration" etc. */
  authority: string;
}

export function place(name: string, oblast: string, tag: string | null, river: string): Place {
  const authority =
    name === "Kyiv" ? "the city military administration" : "the regional military administration";
  return { name, oblast, tag, river, authority };
}

/** Cities behind the front that come under missile and drone attack. */
export const STRIKE_CITIES: readonly Place[] = [
  place("Kharkiv", "Kharkiv Oblast", "kharkiv", "Lopan"),
  place("Zaporizhzhia", "Zaporizhzhia Oblast", "zaporizhzhia", "Dnipro"),
  place("Dnipro", "Dnipropetrovsk Oblast", null, "Dnipro"),
  place("Odesa", "Odesa Oblast", "odesa", "Dniester"),
  place("Kyiv", "the capital", "kyiv", "Dnipro"),
  place("Sumy", "Sumy Oblast", null, "Psel"),
  place("Mykolaiv", "Mykolaiv Oblast", null, "Southern Buh"),
  place("Kherson", "Kherson Oblast", "kherson", "Dnipro"),
  place("Kryvyi Rih", "Dnipropetrovsk Oblast", null, "Inhulets"),
  place("Poltava", "Poltava Oblast", null, "Vorskla"),
  place("Chernihiv", "Chernihiv Oblast", null, "Desna"),
  place("Kramatorsk", "Donetsk Oblast", "donetsk-oblast", "Kazennyi Torets"),
  place("Sloviansk", "Donetsk Oblast", "donetsk-oblast", "Kazennyi Torets"),
  place("Nikopol", "Dnipropetrovsk Oblast", null, "Dnipro"),
  place("Izium", "Kharkiv Oblast", "kharkiv", "Siverskyi Donets"),
  place("Vinnytsia", "Vinnytsia Oblast", null, "Southern Buh"),
  place("Lviv", "Lviv Oblast", null, "Poltva"),
  place("Bila Tserkva", "Kyiv Oblast", "kyiv", "Ros"),
];

/** Towns on or near the front line. */
export const FRONT_TOWNS: readonly Place[] = [
  place("Pokrovsk", "Donetsk Oblast", "donetsk-oblast", "Kazennyi Torets"),
  place("Kostiantynivka", "Donetsk Oblast", "donetsk-oblast", "Kryvyi Torets"),
  place("Toretsk", "Donetsk Oblast", "donetsk-oblast", "Kryvyi Torets"),
  place("Siversk", "Donetsk Oblast", "donetsk-oblast", "Siverskyi Donets"),
  place("Chasiv Yar", "Donetsk Oblast", "donetsk-oblast", "Siverskyi Donets"),
  place("Dobropillia", "Donetsk Oblast", "donetsk-oblast", "Kazennyi Torets"),
  place("Lyman", "Donetsk Oblast", "donetsk-oblast", "Siverskyi Donets"),
  place("Druzhkivka", "Donetsk Oblast", "donetsk-oblast", "Kazennyi Torets"),
  place("Kupiansk", "Kharkiv Oblast", "kharkiv", "Oskil"),
  place("Vovchansk", "Kharkiv Oblast", "kharkiv", "Vovcha"),
  place("Borova", "Kharkiv Oblast", "kharkiv", "Oskil"),
  place("Huliaipole", "Zaporizhzhia Oblast", "zaporizhzhia", "Haichur"),
  place("Orikhiv", "Zaporizhzhia Oblast", "zaporizhzhia", "Konka"),
  place("Stepnohirsk", "Zaporizhzhia Oblast", "zaporizhzhia", "Dnipro"),
  place("Beryslav", "Kherson Oblast", "kherson", "Dnipro"),
  place("Bilozerka", "Kherson Oblast", "kherson", "Dnipro"),
];

/** Cities far from the front, where displaced people, culture and business stories happen. */
export const REAR_CITIES: readonly Place[] = [
  place("Kyiv", "the capital", "kyiv", "Dnipro"),
  place("Lviv", "Lviv Oblast", null, "Poltva"),
  place("Vinnytsia", "Vinnytsia Oblast", null, "Southern Buh"),
  place("Ivano-Frankivsk", "Ivano-Frankivsk Oblast", null, "Bystrytsia"),
  place("Uzhhorod", "Zakarpattia Oblast", null, "Uzh"),
  place("Chernivtsi", "Chernivtsi Oblast", null, "Prut"),
  place("Ternopil", "Ternopil Oblast", null, "Seret"),
  place("Rivne", "Rivne Oblast", null, "Ustia"),
  place("Lutsk", "Volyn Oblast", null, "Styr"),
  place("Zhytomyr", "Zhytomyr Oblast", null, "Teteriv"),
  place("Cherkasy", "Cherkasy Oblast", null, "Dnipro"),
  place("Poltava", "Poltava Oblast", null, "Vorskla"),
  place("Dnipro", "Dnipropetrovsk Oblast", null, "Dnipro"),
  place("Odesa", "Odesa Oblast", "odesa", "Dniester"),
  place("Kharkiv", "Kharkiv Oblast", "kharkiv", "Lopan"),
];

/** Villages and towns liberated earlier in the war, now rebuilding. */
export const LIBERATED_PLACES: readonly Place[] = [
  place("Izium", "Kharkiv Oblast", "kharkiv", "Siverskyi Donets"),
  place("Balakliia", "Kharkiv Oblast", "kharkiv", "Balakliika"),
  place("Kherson", "Kherson Oblast", "kherson", "Dnipro"),
  place("Snihurivka", "Mykolaiv Oblast", null, "Inhulets"),
  place("Posad-Pokrovske", "Kherson Oblast", "kherson", "Inhulets"),
  place("Irpin", "Kyiv Oblast", "kyiv", "Irpin"),
  place("Borodianka", "Kyiv Oblast", "kyiv", "Zdvyzh"),
  place("Chernihiv", "Chernihiv Oblast", null, "Desna"),
  place("Trostianets", "Sumy Oblast", null, "Boromlia"),
  place("Kupiansk-Vuzlovyi", "Kharkiv Oblast", "kharkiv", "Oskil"),
];

/** Russian regions, for long-range strike and war-economy stories. */
export const RUSSIAN_REGIONS: readonly string[] = [
  "Bryansk Oblast",
  "Kursk Oblast",
  "Belgorod Oblast",
  "Voronezh Oblast",
  "Rostov Oblast",
  "Krasnodar Krai",
  "Tambov Oblast",
  "Ryazan Oblast",
  "Saratov Oblast",
  "Volgograd Oblast",
  "Lipetsk Oblast",
  "Oryol Oblast",
];

/** Places in occupied Crimea. */
export const CRIMEA_PLACES: readonly string[] = [
  "Sevastopol",
  "Saky",
  "Dzhankoi",
  "Feodosia",
  "Yevpatoriia",
  "Kerch",
];

/** Occupied towns, for stories about life under occupation. */
export const OCCUPIED_PLACES: readonly Place[] = [
  place("Melitopol", "Zaporizhzhia Oblast", "zaporizhzhia", "Molochna"),
  place("Berdiansk", "Zaporizhzhia Oblast", "zaporizhzhia", "Berda"),
  place("Enerhodar", "Zaporizhzhia Oblast", "zaporizhzhia", "Dnipro"),
  place("Nova Kakhovka", "Kherson Oblast", "kherson", "Dnipro"),
  place("Oleshky", "Kherson Oblast", "kherson", "Dnipro"),
  place("Mariupol", "Donetsk Oblast", "donetsk-oblast", "Kalmius"),
  place("Skadovsk", "Kherson Oblast", "kherson", "Dnipro"),
];
