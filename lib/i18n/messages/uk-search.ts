import type { enSearch } from "./en-search";
import type { Widen } from "./widen";

/** "1 результат", "3 результати", "5 результатів": Intl picks the plural form. */
function pluralMatches(count: number): string {
  const form = new Intl.PluralRules("uk-UA").select(count);
  return form === "one" ? "результат" : form === "few" ? "результати" : "результатів";
}

/** The search page in Ukrainian: part of the Ukrainian catalogue (uk.ts). */
export const ukSearch: Widen<typeof enSearch> = {
  description: (site) => `Пошук серед усіх матеріалів ${site}.`,
  form: {
    label: "Що шукати",
    placeholder: "Матеріали, місця, люди…",
    button: "Шукати",
    filters: "Фільтри",
    section: "Розділ",
    allSections: "Усі розділи",
    author: "Автор",
    allAuthors: "Усі автори",
    from: "Від",
    to: "До",
    order: "Порядок",
    relevance: "Найдоречніші",
    newest: "Спершу найновіші",
  },
  help: "Шукайте серед усіх наших матеріалів: слова, імена та назви місць у будь-якій формі.",
  tips: [
    ["Фразу беріть у лапки:", '"зерновий коридор"'],
    ["Слово, якого не має бути, позначте мінусом:", "дрони -Харків"],
    ["Одне зі слів:", "Херсон OR Миколаїв"],
  ],
  shortened: (max) => `Запит може мати до ${max} символів, тож шукали лише слова, що вмістилися:`,
  results: (count, kind) =>
    `${kind === "more-than" ? "Понад " : kind === "about" ? "Приблизно " : ""}${count.toLocaleString("uk-UA")} ${pluralMatches(count)} за запитом`,
  onPage: (page) => `, сторінка ${page}`,
  newestOnly: (ranked) =>
    `Це ${ranked} найновіших матеріалів, що відповідають запиту, за доречністю. Щоб знайти давніші, шукайте між двома датами.`,
  pages: "Сторінки результатів пошуку",
  previous: "← Попередні",
  next: "Наступні →",
  noMore: "Більше немає результатів за запитом",
  backToFirst: "До першої сторінки",
  noMatch: "Нічого не знайдено за запитом",
  withFilters: " з цими фільтрами",
  tryAgain: "Перевірте написання або спробуйте менше чи загальніші слова.",
  searchAll: (q) => `Шукати «${q}» серед усіх матеріалів`,
  busy: "Пошук зараз перевантажений. Спробуйте за хвилину.",
  latest: "Найновіші матеріали",
};
