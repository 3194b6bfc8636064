import type { Messages } from "./en";
import { ukComments, ukReaders } from "./uk-comments";

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

/** "А", "А і Б", "А, Б і В". */
function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} і ${names.at(-1)}`;
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
  newsletters: {
    kicker: "Розсилки",
    regionTitle: "Отримуйте наші розсилки",
    regionIntro:
      "Безкоштовно, просто у вашу пошту. Надсилаємо лише те, на що ви підписалися, і в кожному листі є посилання, щоб відписатися.",
    allNewsletters: "Усі розсилки",
    regionFormLabel: "Підписатися на наші розсилки",
    allOurNewsletters: "Усі наші розсилки",
    footerFormLabel: (name) => `${name} (внизу сторінки)`,
    form: {
      requiredNote: "обов'язкове поле",
      emailLabel: "Електронна пошта",
      submit: "Підписатися",
      pending: "Підписуємо…",
      invalidEmail: "Введіть, будь ласка, правильну адресу електронної пошти.",
      noNewsletter: "Виберіть принаймні одну розсилку.",
    },
    answers: {
      invalidEmail: "Введіть, будь ласка, правильну адресу електронної пошти.",
      noNewsletter: "Виберіть принаймні одну розсилку.",
      unknownNewsletter: "Ця розсилка більше недоступна.",
      limited: "Забагато підписок із вашого з'єднання. Спробуйте ще раз за годину.",
      failed: "Щось пішло не так. Спробуйте ще раз.",
      success: (names) =>
        names.length > 1
          ? `Дякуємо за підписку на ${listNames(names)}! Ми надіслали вам лист із підтвердженням для кожної розсилки. Перейдіть за посиланням у кожному, щоб підтвердити підписки.`
          : `Дякуємо за підписку на ${names[0] ?? "нашу розсилку"}! Ми надіслали вам лист із підтвердженням. Перейдіть за посиланням у ньому, щоб підтвердити підписку.`,
    },
    index: {
      title: "Наші розсилки",
      description: (site) =>
        `Усі розсилки ${site}, безкоштовно: підпишіться своєю адресою та підтвердіть підписку з пошти.`,
      lede: (site) =>
        `Журналістика ${site} у вашій пошті. Обирайте скільки завгодно: спершу ми надішлемо лист із підтвердженням для кожної розсилки, а в кожному листі є посилання, щоб відписатися одним кліком.`,
      formTitle: "Підписатися",
      none: "Зараз немає розсилок, на які можна підписатися.",
      alreadyTitle: "Уже підписані?",
      alreadyText:
        "Кожен лист розсилки закінчується посиланням на ваші налаштування. Загубили його? Ми надішлемо нове.",
      privacyTitle: "Що ми зберігаємо",
      privacy:
        "Вашу адресу, обрані розсилки, чи підтверджено кожну підписку або скасовано та коли, і через яку форму ви підписалися. Жодних імен, пікселів стеження чи відстежуваних посилань. Непідтверджені підписки видаляємо.",
    },
    signUpPage: {
      title: "Підписка",
      notFound: "Розсилку не знайдено",
      notAvailable: "Ця розсилка більше недоступна.",
      seeAll: "Переглянути всі наші розсилки",
      checkInbox: "Перевірте пошту",
      signUpFor: (name) => `Підписатися на ${name}`,
      signUpForAll: "Підписатися на наші розсилки",
      formLabel: "Підписка на розсилки",
    },
    confirmPage: {
      title: "Підтвердьте підписку",
      invalidTitle: "Це посилання для підтвердження більше не діє",
      invalidLede:
        "Посилання для підтвердження діє один раз, 48 годин, і лише найновіше з надісланих на адресу.",
      invalidHelp:
        "Якщо ви вже підтвердили підписку, більше нічого робити не треба. Якщо ні, підпишіться знову, і ми надішлемо нове посилання.",
      signUpAgain: "Підписатися знову",
      question: (newsletter, email) => ["Отримувати ", newsletter, " на адресу ", email, "?"],
      button: "Підтвердити підписку",
      notYou: "Не підписувалися? Просто закрийте сторінку: без підтвердження підписки не буде.",
    },
    manage: {
      title: "Ваші розсилки",
      askTitle: "Керування розсилками",
      deadTitle: "Це посилання більше не діє",
      resetDone: "Готово: старі посилання більше не діють. Ми надіслали вам нове.",
      requestedSent:
        "Якщо ця адреса отримує наші розсилки, ми надіслали на неї посилання для керування ними. Лист може йти хвилину.",
      requestedInvalid: "Введіть, будь ласка, правильну адресу електронної пошти.",
      requestedLimited: "Забагато запитів із вашого з'єднання. Спробуйте ще раз за годину.",
      linkAnswer:
        "Якщо ця адреса отримує наші розсилки, ми надіслали на неї посилання для керування ними.",
      deadLede:
        "Посилання на ваші налаштування перестають діяти, коли їх скидають. Введіть свою адресу, і ми надішлемо нове.",
      askLede:
        "Кожен лист розсилки закінчується особистим посиланням на цю сторінку. Введіть свою адресу, і ми надішлемо його.",
      confirmed: (newsletter) =>
        `Дякуємо! Ви підписалися на ${newsletter}. Тут можна будь-коли змінити свої розсилки: у кожному нашому листі є посилання на цю сторінку.`,
      savedAll:
        "Ви відписалися від усіх наших розсилок. Ми більше не писатимемо вам, доки ви знову не підпишетеся.",
      saved: "Ваш вибір збережено.",
      forEmail: (email) => ["Для ", email, ". Зміни діють одразу."],
      resetTitle: "Переслали комусь наш лист?",
      resetText:
        "Будь-хто з посиланням на цю сторінку може змінити ваші розсилки. Скиньте його, і всі надіслані раніше посилання перестануть відкривати цю сторінку; ми надішлемо нове. Посилання для відписки й далі діятимуть.",
      resetButton: "Скинути мої посилання",
      privacy:
        "Вашу адресу, розсилки вище, чи підтверджено кожну підписку або скасовано та коли, і через яку форму ви підписалися. Більше нічого, і в наших листах немає пікселів стеження чи відстежуваних посилань.",
      legend: "Позначте розсилки, які хочете отримувати",
      status: {
        subscribed: "Ви підписані",
        pending: "Чекає на ваше підтвердження",
        unsubscribed: "Ви відписалися",
        "not-subscribed": "Не підписані",
      },
      since: (date) => ` з ${date}`,
      save: "Зберегти вибір",
      unsubscribeAll: "Відписатися від усіх",
      emailLabel: "Ваша електронна пошта",
      sendLink: "Надіслати посилання",
    },
    unsubscribePage: {
      title: "Відписатися",
      invalidTitle: "Це посилання для відписки недійсне",
      invalidLede:
        "Можливо, його обрізали під час копіювання. Скористайтеся посиланням унизу одного з наших листів або попросіть посилання для керування розсилками.",
      manage: "Керувати розсилками",
      doneTitle: "Ви відписалися",
      done: (email, newsletter) => ["", email, ` більше не отримуватиме ${newsletter}.`],
      againTitle: "Передумали?",
      againText: "Підпишіться знову; спершу ми надішлемо лист із підтвердженням.",
      askTitle: (newsletter) => `Відписатися від ${newsletter}?`,
      ask: (email, newsletter) => [
        "",
        email,
        ` одразу перестане отримувати ${newsletter}. Інших ваших розсилок це не стосується.`,
      ],
      button: "Відписатися",
    },
    emails: {
      manage: "Керувати розсилками",
      unsubscribeFrom: (newsletter) => `Відписатися від ${newsletter}`,
      signUpFormNote: (site) =>
        `Ви отримали цей лист, бо цю адресу ввели у форму підписки на сайті ${site}.`,
      confirmSubject: (newsletter) => `Підтвердьте підписку на ${newsletter}`,
      confirmTitle: "Підтвердьте, будь ласка, підписку",
      confirmPreheader: (newsletter) => `Один клік, і ${newsletter} уже в дорозі.`,
      confirmIntro: (newsletter, site, email) => [
        `Дякуємо, що підписалися на ${newsletter} від ${site}.`,
        `Щоб отримувати розсилку на ${email}, підтвердьте підписку:`,
      ],
      confirmButton: "Підтвердити підписку",
      confirmAfter: [
        "Посилання діє 48 годин.",
        "Якщо ви не підписувалися, просто проігноруйте цей лист: підписки не буде, і ми вам більше не писатимемо.",
      ],
      alreadySubject: (newsletter) => `Ви вже підписані на ${newsletter}`,
      alreadyTitle: "Ви вже підписані",
      alreadyPreheader: "Підтверджувати нічого не треба.",
      alreadyIntro: (newsletter, email) => [
        `Хтось, імовірно ви, щойно підписав ${email} на ${newsletter}. Ця адреса вже підписана, тож підтверджувати нічого не треба.`,
        "Щоб вибрати розсилки або відписатися, скористайтеся особистим посиланням:",
      ],
      alreadyAfter: ["Якщо це були не ви, проігноруйте цей лист: нічого не змінилося."],
      manageSubject: (site) => `Ваше посилання для керування розсилками ${site}`,
      manageTitle: "Керування розсилками",
      managePreheader: "Ваше особисте посилання, без пароля.",
      manageReset:
        "Ваші попередні посилання більше не діють. Ось нове особисте посилання, де можна переглянути й змінити розсилки, які ви отримуєте:",
      manageRequested:
        "Ось ваше особисте посилання, де можна переглянути й змінити розсилки, які ви отримуєте. Обліковий запис чи пароль не потрібні:",
      manageAfter: [
        "Будь ласка, не пересилайте цей лист: будь-хто з посиланням може змінити ваші розсилки.",
        "Якщо ви не просили посилання, проігноруйте цей лист.",
      ],
      manageNote: (site) => `Ви отримали цей лист, бо цю адресу ввели на сайті ${site}.`,
      issueNote: (newsletter, site) =>
        `Ви отримуєте ${newsletter}, бо підписалися на сайті ${site}.`,
      readTheStory: "Читати матеріал",
    },
  },
  comments: ukComments,
  readers: ukReaders,
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
