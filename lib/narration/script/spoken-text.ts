import { integerToWords, numberToWords, ordinalToWords, yearToWords } from "./number-words";
import {
  ABBREVIATIONS,
  CURRENCIES,
  MONTH,
  MONTHS,
  MONTH_ABBREVIATIONS,
  RESPELLED,
  SAID_AS_WORDS,
  SCALE_WORDS,
  TITLES,
  UNITS,
} from "./spoken-words";

/**
 * Written English as a newsreader would say it: dates, times, money, units,
 * ordinals and plain numbers in words; titles and common abbreviations
 * expanded; initialisms spelled letter by letter. Done here rather than left
 * to the engine so the offline and hosted voices read a story the same way,
 * and so full stops inside "U.S." or "Dr." never end a sentence early.
 */

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

const dayWords = (day: string) => `the ${ordinalToWords(Number(day))} of`;

function spellDates(text: string): string {
  return (
    text
      // 2022-02-24
      .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (all, year: string, month: string, day: string) => {
        const name = MONTHS[Number(month) - 1];
        return name && Number(day) >= 1 && Number(day) <= 31
          ? `${dayWords(day)} ${name}, ${yearToWords(Number(year))}`
          : all;
      })
      // 24 February 2022, 24 February
      .replace(
        new RegExp(String.raw`\b(?:the )?(\d{1,2}) ${MONTH}(?: (\d{4}))?\b`, "g"),
        (_all, day: string, month: string, year?: string) =>
          `${dayWords(day)} ${month}${year ? `, ${yearToWords(Number(year))}` : ""}`,
      )
      // February 24, 2022, February 24th
      .replace(
        new RegExp(String.raw`\b${MONTH} (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4})\b)?`, "g"),
        (_all, month: string, day: string, year?: string) =>
          `${month} ${ordinalToWords(Number(day))}${year ? `, ${yearToWords(Number(year))}` : ""}`,
      )
      // February 2022
      .replace(
        new RegExp(String.raw`\b${MONTH} (\d{4})\b`, "g"),
        (_all, month: string, year: string) => `${month} ${yearToWords(Number(year))}`,
      )
  );
}

function clockWords(hour: string, minutes: string | undefined): string {
  const h = integerToWords(Number(hour));
  if (!minutes || minutes === "00") return h;
  const m = Number(minutes);
  return `${h} ${m < 10 ? `oh ${integerToWords(m)}` : integerToWords(m)}`;
}

/** Twelve-hour reading of a clock time: 14:30 → "two thirty p m", 12:00 → "noon". */
function twelveHour(hour: number, minutes: string): string {
  if (minutes === "00" && hour === 12) return "noon";
  if (minutes === "00" && hour === 0) return "midnight";
  const half = hour < 12 ? "a m" : "p m";
  return `${clockWords(String(hour % 12 || 12), minutes)} ${half}`;
}

function spellTimes(text: string): string {
  return text
    .replace(
      /\b(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)(?=[\s,;:)]|\.(?:\s|$)|$)/gi,
      (
        all: string,
        hour: string,
        minutes: string | undefined,
        half: string,
        offset: number,
        whole: string,
      ) => {
        const said = `${clockWords(hour, minutes)} ${half.toLowerCase().startsWith("a") ? "a m" : "p m"}`;
        // "p.m." ending the paragraph ends its sentence too.
        const last = half.endsWith(".") && whole.slice(offset + all.length).trim() === "";
        return last ? `${said}.` : said;
      },
    )
    .replace(/\b([01]?\d|2[0-3]):([0-5]\d)\b/g, (_all, hour: string, minutes: string) =>
      twelveHour(Number(hour), minutes),
    );
}

function spellMoney(text: string): string {
  const pattern = new RegExp(
    String.raw`([$€£])\s?(${NUMBER})(?:\s?(bn|billion|mn|million|m|k|thousand|tn|trillion)\b)?`,
    "g",
  );
  return text.replace(pattern, (_all, symbol: string, amount: string, scale?: string) => {
    const [one, many, small] = CURRENCIES[symbol]!;
    if (scale) return `${numberToWords(amount)} ${SCALE_WORDS[scale]} ${many}`;
    const [whole = "0", fraction] = amount.replace(/,/g, "").split(".");
    const units = `${integerToWords(Number(whole))} ${Number(whole) === 1 ? one : many}`;
    if (fraction && fraction.length === 2 && Number(fraction) > 0) {
      return `${units} and ${integerToWords(Number(fraction))} ${small}`;
    }
    return fraction ? `${numberToWords(amount)} ${many}` : units;
  });
}

// Longest first, so "km/h" wins over "km".
const UNIT_PATTERN = new RegExp(
  String.raw`(${NUMBER})\s?(${Object.keys(UNITS)
    .sort((a, b) => b.length - a.length)
    .map(escapeForRegex)
    .join("|")})(?![\p{L}\d])`,
  "gu",
);

function spellUnits(text: string): string {
  return (
    text
      .replace(UNIT_PATTERN, (_all, amount: string, unit: string) => {
        const [one, many] = UNITS[unit]!;
        return `${numberToWords(amount)} ${amount === "1" ? one : many}`;
      })
      // "10m people", "1.5bn": a scale stuck to its number
      .replace(
        new RegExp(String.raw`(${NUMBER})(bn|mn|m|tn)\b`, "g"),
        (_all, amount: string, scale: string) => `${numberToWords(amount)} ${SCALE_WORDS[scale]}`,
      )
      .replace(
        new RegExp(String.raw`(${NUMBER}) (million|billion|trillion)\b`, "g"),
        (_all, amount: string, scale: string) => `${numberToWords(amount)} ${scale}`,
      )
  );
}

function spellNumbers(text: string): string {
  return (
    text
      .replace(/\b(\d+)(st|nd|rd|th)\b/g, (_all, n: string) => ordinalToWords(Number(n)))
      // 2022–2024, 10-15: a range
      .replace(/\b(\d+)\s?[–-]\s?(\d+)\b/g, "$1 to $2")
      .replace(/'(\d0)s\b/g, (_all, decade: string) => `${decadeWords(Number(decade))}`)
      .replace(/\b(1[1-9]\d0|20\d0)s\b/g, (_all, decade: string) =>
        yearToWords(Number(decade)).replace(/(\w+)$/, (last) => pluralDecade(last)),
      )
      .replace(
        new RegExp(`(?<![\\d.,])(${NUMBER})(?![\\d])`, "g"),
        (all: string, value: string, offset: number, whole: string) => {
          const plain = /^\d{4}$/.test(value) ? Number(value) : NaN;
          // Four digits without a comma are, in news copy, almost always a year.
          const words = plain >= 1100 && plain <= 2099 ? yearToWords(plain) : numberToWords(value);
          // "3D", "4x4": keep the letters apart from the words.
          return /\p{L}/u.test(whole.charAt(offset + all.length)) ? `${words} ` : words;
        },
      )
  );
}

function pluralDecade(word: string): string {
  return word.endsWith("y") ? `${word.slice(0, -1)}ies` : `${word}s`;
}

function decadeWords(decade: number): string {
  return pluralDecade(integerToWords(decade));
}

/** "U.S." and "UK" letter by letter; a plural or possessive keeps its ending. */
function spellInitialisms(text: string): string {
  return text
    .replace(
      /\b((?:[A-Z]\.){2,})(?=\s|$|[,;:)'’-])/g,
      (letters: string, _group: string, offset: number, whole: string) => {
        const spelled = letters.replace(/\./g, " ").trim();
        // At the end of the paragraph its last full stop also ends the sentence.
        return whole.slice(offset + letters.length).trim() === "" ? `${spelled}.` : spelled;
      },
    )
    .replace(/\b([A-Z]{2,6})(s|'s|’s)?\b/g, (all, word: string, ending?: string) => {
      if (RESPELLED[word]) return `${RESPELLED[word]}${ending ?? ""}`;
      if (SAID_AS_WORDS.has(word) || word.length > 5) return all;
      return `${word.split("").join(" ")}${ending ?? ""}`;
    });
}

function expandAbbreviations(text: string): string {
  let out = text;
  for (const [title, words] of Object.entries(TITLES).sort((a, b) => b[0].length - a[0].length)) {
    out = out.replace(new RegExp(String.raw`\b${escapeForRegex(title)}\.(?=\s+[A-Z])`, "g"), words);
  }
  for (const [short, month] of Object.entries(MONTH_ABBREVIATIONS)) {
    out = out.replace(new RegExp(String.raw`\b${short}\.?(?= \d)`, "g"), month);
  }
  for (const [pattern, words] of ABBREVIATIONS) out = out.replace(pattern, words);
  return out;
}

/** One paragraph of written text as it should be spoken. */
export function toSpokenEnglish(text: string): string {
  let out = text
    .normalize("NFC")
    .replace(/https?:\/\/\S+/g, "")
    .replace(/[*_|#~^<>{}[\]\\]/g, " ")
    .replace(/\s*\n\s*/g, ", ")
    .replace(/\s+/g, " ")
    .trim();
  out = expandAbbreviations(out);
  // Before the numbers: "G7" is a name, not a letter beside a number.
  out = out.replace(/\bG(7|20)\b/g, (_all, n: string) => `G ${integerToWords(Number(n))}`);
  out = out.replace(/(^|[\s(])[-−](?=\d)/g, "$1minus ");
  out = spellDates(out);
  out = spellTimes(out);
  out = spellMoney(out);
  out = spellUnits(out);
  out = spellNumbers(out);
  out = spellInitialisms(out);
  return (
    out
      // A dash between words is a pause.
      .replace(/\s+[—–]\s+|—/g, ", ")
      .replace(/\s+([,.;:!?])/g, "$1")
      .replace(/,\s*,/g, ",")
      .replace(/\s+/g, " ")
      // An attribution line that opened with a dash.
      .replace(/^[,;:\s]+/, "")
      .trim()
  );
}

/** Ends a heading, list item or caption that has no full stop, so it is read as a sentence. */
export function asSentence(text: string): string {
  const trimmed = text.trim().replace(/[,;:]+$/, "");
  if (!trimmed) return "";
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
