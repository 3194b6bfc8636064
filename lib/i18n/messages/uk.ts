import type { Messages } from "./en";

/** "1 результат", "3 результати", "5 результатів": Intl picks the plural form. */
function pluralMatches(count: number): string {
  const form = new Intl.PluralRules("uk-UA").select(count);
  return form === "one" ? "результат" : form === "few" ? "результати" : "результатів";
}

/** "4 хвилини 7 секунд": Intl knows the plural forms. */
function spokenTime(seconds: number): string {
  const total = Math.max(0, Math.floor(Number.isFinite(seconds) ? seconds : 0));
  const unit = (value: number, name: "minute" | "second") =>
    new Intl.NumberFormat("uk-UA", { style: "unit", unit: name, unitDisplay: "long" }).format(
      value,
    );
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (!minutes) return unit(rest, "second");
  return rest ? `${unit(minutes, "minute")} ${unit(rest, "second")}` : unit(minutes, "minute");
}

/** Reader-facing interface text of the Ukrainian edition. */
export const uk: Messages = {
  skipToContent: "Перейти до змісту",
  sections: "Розділи",
  sectionsFooter: "Розділи (внизу сторінки)",
  more: "Більше",
  aboutUs: "Про нас",
  followUs: "Стежте за нами",
  search: "Пошук",
  home: "головна",
  supportJournalism: "Підтримайте нашу журналістику",
  rightsReserved: "Усі права захищено.",
  topStory: "Головна новина",
  topStories: "Головне",
  homeRails: "Стрічка новин, найпопулярніше та вибір редакції",
  newsFeed: "Стрічка новин",
  mostPopular: "Найпопулярніше",
  editorsPicks: "Вибір редакції",
  noStoriesYet: "Ще не опубліковано жодного матеріалу.",
  noOlderStories: "Давніших матеріалів немає.",
  live: "Наживо",
  newsFeedDescription: "Усі наші матеріали, від найновіших.",
  siteStoriesNewestFirst: (site) => `Усі матеріали ${site}, від найновіших.`,
  sectionKicker: "Розділ",
  sectionFallback: (section, site) => `Останні матеріали розділу «${section}» від ${site}.`,
  minRead: (minutes) => `${minutes} хв читання`,
  updated: "Оновлено",
  correctionsAndUpdates: "Виправлення та оновлення",
  aboutTheAuthors: "Про авторів",
  breadcrumb: "Розділ і теми",
  readIn: { en: "Читати англійською", uk: "Читати українською" },
  olderStories: "Давніші матеріали →",
  backToLatest: "← До найновіших",
  moreStories: "Інші матеріали",
  moreFrom: (section) => `Більше з розділу «${section}»`,
  storiesAbout: (tag) => `Матеріали на тему «${tag}»`,
  newsFeedLink: "Стрічка новин: усі матеріали, від найновіших",
  relatedStories: "Схожі матеріали",
  moreNews: "Більше новин",
  by: "Автор:",
  and: "і",
  nothingHereYet: "Тут ще нічого не опубліковано.",
  otherEditions: "Цей матеріал іншими мовами",
  story: "Матеріал",
  searchDescription: (site) => `Пошук серед усіх матеріалів ${site}.`,
  searchLabel: "Що шукати",
  searchButton: "Шукати",
  searchHelp: "Шукайте серед усіх наших матеріалів: слова, імена та назви місць у будь-якій формі.",
  searchResults: (count, kind) =>
    `${kind === "more-than" ? "Понад " : kind === "about" ? "Приблизно " : ""}${count.toLocaleString("uk-UA")} ${pluralMatches(count)} за запитом`,
  searchNoResults: "Нічого не знайдено за запитом",
  searchTryAgain: "Перевірте написання або спробуйте менше чи загальніші слова.",
  searchBusy: "Пошук зараз перевантажений. Спробуйте за хвилину.",
  searchPages: "Сторінки результатів пошуку",
  previous: "← Попередні",
  next: "Наступні →",
  edition: "Видання",
  siteTagline: "Незалежна журналістика з України",
  siteDescription: (site) => `Новини, аналітика та репортажі ${site} українською.`,
  typeLabels: {
    NEWS: null,
    ANALYSIS: "Аналітика",
    OPINION: "Думка",
    EDITORIAL: "Редакційна колонка",
    FEATURE: "Репортаж",
    LIVE_BLOG: "Онлайн-трансляція",
    PAGE: null,
  },
  audio: {
    label: "Це аудіо створено за допомогою ШІ",
    region: "Аудіоверсія цього матеріалу",
    listen: "Слухати матеріал",
    play: "Відтворити аудіоверсію",
    pause: "Призупинити аудіоверсію",
    download: "Завантажити аудіоверсію (MP3)",
    back: (seconds) => ` (назад на ${seconds} секунд)`,
    forward: (seconds) => ` (вперед на ${seconds} секунд)`,
    position: "Позиція в аудіо",
    positionValue: (current, total) => `${spokenTime(current)} з ${spokenTime(total)}`,
    speed: "Швидкість",
    failed: "Не вдалося відтворити аудіо. Спробуйте ще раз або",
    downloadIt: "завантажте його",
    loading: "Аудіо завантажується…",
  },
  correctionLabels: {
    CORRECTION: "Виправлення",
    CLARIFICATION: "Уточнення",
    UPDATE: "Оновлення",
  },
};
