import { describe, expect, it } from "vitest";
import { transliterateUkrainian } from "./transliterate";

describe("transliterateUkrainian", () => {
  // Place names as the 2010 resolution's own table spells them.
  it.each([
    ["Київ", "kyiv"],
    ["Запоріжжя", "zaporizhzhia"],
    ["Єнакієве", "yenakiieve"],
    ["Згорани", "zghorany"],
    ["Розгон", "rozghon"],
    ["Алушта", "alushta"],
    ["Борщагівка", "borshchahivka"],
    ["Галич", "halych"],
    ["Ґорґани", "gorgany"],
    ["Гайсин", "haisyn"],
    ["Їжакевич", "yizhakevych"],
    ["Кадиївка", "kadyivka"],
    ["Йосипівка", "yosypivka"],
    ["Стрий", "stryi"],
    ["Олексій", "oleksii"],
    ["Юрій", "yurii"],
    ["Корюківка", "koriukivka"],
    ["Яготин", "yahotyn"],
    ["Костянтин", "kostiantyn"],
    ["Знам’янка", "znamianka"],
    ["Мар'їне", "marine"],
    ["Феодосія", "feodosiia"],
    ["Львів", "lviv"],
    ["Щербухи", "shcherbukhy"],
    ["Харків", "kharkiv"],
    ["Полтава", "poltava"],
    ["Чернівці", "chernivtsi"],
  ])("writes %s as %s", (ukrainian, latin) => {
    expect(transliterateUkrainian(ukrainian)).toBe(latin);
  });

  it("spells the start of every word, not only of the text, the word-start way", () => {
    expect(transliterateUkrainian("Нова Ялта і Стара Ялта")).toBe("nova yalta i stara yalta");
    expect(transliterateUkrainian("«Юність»")).toBe("«yunist»");
  });

  it("reads letters written as a base and a combining mark", () => {
    expect(transliterateUkrainian("Киі\u0308в, Сваи\u0306ка")).toBe("kyiv, svaika");
  });

  it("leaves Latin letters, digits and punctuation alone", () => {
    expect(transliterateUkrainian("NATO і ЄС: 2026")).toBe("nato i yes: 2026");
  });
});
