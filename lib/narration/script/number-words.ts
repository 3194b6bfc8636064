/**
 * Numbers as English words, so every speech engine reads them the same way
 * (eSpeak and hosted voices disagree on "1,200", "3.5" or "2024").
 */

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES: [number, string][] = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
  [1e3, "thousand"],
];

function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 ? `${tens}-${ONES[n % 10]}` : tens;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return belowHundred(rest);
  return rest ? `${ONES[hundreds]} hundred ${belowHundred(rest)}` : `${ONES[hundreds]} hundred`;
}

/** 1234567 → "one million two hundred thirty-four thousand five hundred sixty-seven". */
export function integerToWords(value: number): string {
  if (!Number.isSafeInteger(value)) return String(value);
  if (value < 0) return `minus ${integerToWords(-value)}`;
  if (value < 1000) return belowThousand(value);
  if (value >= 1e15) return String(value).split("").map(digitWord).join(" ");
  const parts: string[] = [];
  let rest = value;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      parts.push(`${belowThousand(Math.floor(rest / size))} ${name}`);
      rest %= size;
    }
  }
  if (rest) parts.push(belowThousand(rest));
  return parts.join(" ");
}

function digitWord(digit: string): string {
  return ONES[Number(digit)] ?? digit;
}

/** "3.5" → "three point five"; "1,200" → "one thousand two hundred". */
export function numberToWords(text: string): string {
  const clean = text.replace(/,/g, "");
  const [whole = "0", fraction] = clean.split(".");
  const words = integerToWords(Number(whole || "0"));
  if (!fraction) return words;
  return `${words} point ${fraction.split("").map(digitWord).join(" ")}`;
}

const ORDINAL_IRREGULAR: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** 21 → "twenty-first". */
export function ordinalToWords(value: number): string {
  const words = integerToWords(value);
  return words.replace(/([a-z]+)$/, (last) => {
    if (ORDINAL_IRREGULAR[last]) return ORDINAL_IRREGULAR[last];
    if (last.endsWith("y")) return `${last.slice(0, -1)}ieth`;
    return `${last}th`;
  });
}

/** How a year is said: 1991 → "nineteen ninety-one", 2005 → "two thousand five", 2024 → "twenty twenty-four". */
export function yearToWords(year: number): string {
  if (year >= 2000 && year < 2010) return integerToWords(year);
  if (year < 1100 || year > 2099) return integerToWords(year);
  const high = Math.floor(year / 100);
  const low = year % 100;
  if (low === 0) return `${integerToWords(high)} hundred`;
  if (low < 10) return `${integerToWords(high)} oh ${ONES[low]}`;
  return `${integerToWords(high)} ${belowHundred(low)}`;
}
