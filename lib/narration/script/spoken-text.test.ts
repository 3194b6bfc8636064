import { describe, expect, it } from "vitest";
import { integerToWords, numberToWords, ordinalToWords, yearToWords } from "./number-words";
import { asSentence, toSpokenEnglish } from "./spoken-text";

describe("number words", () => {
  it("says integers, decimals, ordinals and years as a newsreader would", () => {
    expect(integerToWords(0)).toBe("zero");
    expect(integerToWords(1_234_567)).toBe(
      "one million two hundred thirty-four thousand five hundred sixty-seven",
    );
    expect(numberToWords("1,200")).toBe("one thousand two hundred");
    expect(numberToWords("3.05")).toBe("three point zero five");
    expect(ordinalToWords(1)).toBe("first");
    expect(ordinalToWords(22)).toBe("twenty-second");
    expect(ordinalToWords(53)).toBe("fifty-third");
    expect(ordinalToWords(40)).toBe("fortieth");
    expect(yearToWords(1991)).toBe("nineteen ninety-one");
    expect(yearToWords(2005)).toBe("two thousand five");
    expect(yearToWords(2024)).toBe("twenty twenty-four");
    expect(yearToWords(1905)).toBe("nineteen oh five");
    expect(yearToWords(1900)).toBe("nineteen hundred");
  });
});

describe("spoken English", () => {
  const cases: [string, string][] = [
    ["Dr. Olena Kovalenko spoke.", "Doctor Olena Kovalenko spoke."],
    [
      "Mr. Smith met Gen. Syrskyi in St. Petersburg.",
      "Mister Smith met General Syrskyi in Saint Petersburg.",
    ],
    ["The U.S. and the UK agreed.", "The U S and the U K agreed."],
    ["Aid arrived from the U.S.", "Aid arrived from the U S."],
    ["The EU's plan and the MPs' vote.", "The E U's plan and the M Ps' vote."],
    ["NATO sent HIMARS and ATACMS.", "NATO sent HIMARS and attack-ems."],
    ["Growth was 3.5% this year.", "Growth was three point five percent this year."],
    [
      "The drone flew 45 km at 120 km/h.",
      "The drone flew forty-five kilometers at one hundred twenty kilometers per hour.",
    ],
    ["It weighed 1 kg.", "It weighed one kilogram."],
    ["It fell to -5°C.", "It fell to minus five degrees Celsius."],
    [
      "They pledged $5.2bn and €30 million.",
      "They pledged five point two billion dollars and thirty million euros.",
    ],
    ["A ticket cost $1 or £2.50.", "A ticket cost one dollar or two pounds and fifty pence."],
    [
      "On 24 February 2022 the war began.",
      "On the twenty-fourth of February, twenty twenty-two the war began.",
    ],
    ["On February 24, 2022, it began.", "On February twenty-fourth, twenty twenty-two, it began."],
    ["By Feb. 3 they had left.", "By February third they had left."],
    ["In March 2022 they returned.", "In March twenty twenty-two they returned."],
    [
      "Talks on 2022-03-29 failed.",
      "Talks on the twenty-ninth of March, twenty twenty-two failed.",
    ],
    [
      "The alarm sounded at 3:40 a.m. and again at 14:30.",
      "The alarm sounded at three forty a m and again at two thirty p m.",
    ],
    ["It ended at 7 p.m.", "It ended at seven p m."],
    [
      "The 53rd Brigade held for 10-15 days.",
      "The fifty-third Brigade held for ten to fifteen days.",
    ],
    [
      "Since 1991 and through the 1990s.",
      "Since nineteen ninety-one and through the nineteen nineties.",
    ],
    ["G7 leaders met; see No. 4.", "G seven leaders met; see number four."],
    [
      "Bread, milk, etc. ran out, e.g. in Kharkiv.",
      "Bread, milk, et cetera ran out, for example, in Kharkiv.",
    ],
    ["World War II ended in 1945.", "World War Two ended in nineteen forty-five."],
    ["Kyiv vs. Moscow & allies.", "Kyiv versus Moscow and allies."],
    ["Read https://example.org/report now.", "Read now."],
    [
      "Some 1,500 people — mostly women — fled.",
      "Some one thousand five hundred people, mostly women, fled.",
    ],
  ];
  it.each(cases)("%s", (written, spoken) => {
    expect(toSpokenEnglish(written)).toBe(spoken);
  });

  it("ends headings and list items as sentences", () => {
    expect(asSentence("What happens next")).toBe("What happens next.");
    expect(asSentence("Why now?")).toBe("Why now?");
    expect(asSentence("Items:")).toBe("Items.");
    expect(asSentence("   ")).toBe("");
  });
});
