/**
 * Ukrainian in Latin letters, by the national transliteration the Cabinet
 * of Ministers adopted in 2010 (resolution 55), which passports, maps and
 * road signs use: "Київ" is "Kyiv", "Запоріжжя" is "Zaporizhzhia". Slugs
 * of the Ukrainian edition are made with it, so an address reads as its
 * headline does instead of losing every Cyrillic word.
 */

const LETTERS: Readonly<Record<string, string>> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
};

/** The letters the resolution spells differently at the start of a word. */
const AT_WORD_START: Readonly<Record<string, string>> = {
  є: "ye",
  ї: "yi",
  й: "y",
  ю: "yu",
  я: "ya",
};

/**
 * The apostrophe is not written in Latin, and it does not start a word:
 * "Мар’їне" is "Marine", "Знам’янка" is "Znamianka".
 */
const APOSTROPHES = /['’ʼ`]/;

const LETTER = /\p{L}/u;

/**
 * Writes the Ukrainian letters of `input` in Latin, lower-case; everything
 * else is left as it is (lower-cased). "зг" is "zgh", so that it is not
 * read as "ж".
 */
export function transliterateUkrainian(input: string): string {
  // Composed first: "й" and "ї" may arrive as a letter and a combining mark.
  const text = input.normalize("NFC").toLowerCase();
  let out = "";
  let previous = "";
  let wordStarted = false;
  for (const char of text) {
    if (APOSTROPHES.test(char) && wordStarted) {
      previous = char;
      continue;
    }
    const latin = LETTERS[char];
    if (latin === undefined) out += char;
    else if (!wordStarted && AT_WORD_START[char]) out += AT_WORD_START[char];
    else if (char === "г" && previous === "з") out += "gh";
    else out += latin;
    wordStarted = LETTER.test(char);
    previous = char;
  }
  return out;
}
