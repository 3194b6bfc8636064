import { COMMENT_MAX_LENGTH } from "@/lib/comments/rules";
import type { enComments, enReaders } from "./en-comments";
import type { Widen } from "./widen";

const count = (value: number) => value.toLocaleString("uk-UA");

/** "1 коментар", "3 коментарі", "5 коментарів": Intl picks the plural form. */
function plural(value: number, one: string, few: string, many: string): string {
  const form = new Intl.PluralRules("uk-UA").select(value);
  return form === "one" ? one : form === "few" ? few : many;
}

/** The comments region in Ukrainian: part of the Ukrainian catalogue (uk.ts). */
export const ukComments: Widen<typeof enComments> = {
  heading: "Коментарі",
  total: (published) =>
    `${count(published)} ${plural(published, "коментар", "коментарі", "коментарів")}`,
  noPublished: "Опублікованих коментарів ще немає",
  none: "Коментарів ще немає",
  beFirst: "Прокоментуйте першими.",
  closed: "Коментування цього матеріалу закрите.",
  signInToComment: "Увійти, щоб коментувати",
  noPassword: "Ми надішлемо вам посилання на пошту; пароль не потрібен.",
  signedInAs: "Ви увійшли як",
  nameless: "читач, який ще не вибрав імені",
  changeName: "Змінити ім'я",
  chooseName: "Вибрати ім'я",
  signOut: "Вийти",
  signedOut: "Ви вийшли.",
  banned: "Ваш обліковий запис більше не може публікувати чи змінювати коментарі.",
  membersOnly: [
    "Коментарі відкриті для членів спільноти. ",
    "Станьте членом спільноти",
    ", щоб долучитися до розмови.",
  ],
  membersSignIn: [
    "Коментарі відкриті для членів спільноти. ",
    "Станьте членом спільноти",
    " або увійдіть, якщо ви вже з нами.",
  ],
  chooseNameFirst: ["Виберіть ім'я, яке показуватимемо з вашими коментарями", ", щоб долучитися."],
  yourComment: "Ваш коментар",
  postComment: "Опублікувати",
  held: "Дякуємо. Ваш коментар з'явиться, щойно його схвалить модератор.",
  published: "Ваш коментар опубліковано.",
  writeYourComment: "Напишіть коментар.",
  tooLong: (length) =>
    `Коментар може мати до ${count(COMMENT_MAX_LENGTH)} символів. У вашому ${count(length)}: скоротіть його на ${count(length - COMMENT_MAX_LENGTH)}.`,
  website: "Вебсайт",
  characters: (length) =>
    `${count(length)} / ${count(COMMENT_MAX_LENGTH)} ${plural(COMMENT_MAX_LENGTH, "символ", "символи", "символів")}`,
  cancel: "Скасувати",
  sending: "Надсилаємо…",
  signInToReply: "Увійти, щоб відповісти",
  replyTo: (name) => `Відповісти: ${name}`,
  reply: "Відповісти",
  yourReplyTo: (name) => `Ваша відповідь: ${name}`,
  postReply: "Опублікувати відповідь",
  deleted: "Ваш коментар видалено.",
  deleteQuestion: "Видалити цей коментар?",
  deleting: "Видаляємо…",
  delete: "Видалити",
  keepIt: "Залишити",
  edit: "Редагувати",
  editYours: "Редагувати коментар",
  saveChanges: "Зберегти зміни",
  changesPublished: "Зміни опубліковано.",
  changesHeld: "Зміни з'являться, щойно їх схвалить модератор.",
  waiting: "Чекають на модерацію",
  waitingNote: "Поки модератор їх не схвалить, їх бачите лише ви.",
  replyKind: "відповідь",
  editedKind: "змінено",
  removedByAuthor: "Коментар видалив автор.",
  removedByModerators: "Коментар видалили модератори.",
  commentBy: (name) => `Коментар: ${name}`,
  repliesTo: (name) => `Відповіді: ${name}`,
  repliesToRemoved: "Відповіді на видалений коментар",
  unreachable: "Не вдалося зв'язатися із сайтом. Перевірте з'єднання і спробуйте ще раз.",
};

/** The readers' own pages and the sign-in email in Ukrainian. */
export const ukReaders: Widen<typeof enReaders> = {
  signInTitle: "Увійти, щоб коментувати",
  accountSignInTitle: "Увійти до облікового запису",
  sent: (minutes) =>
    `Перевірте пошту: ми надіслали посилання для входу на вказану адресу. Воно діє один раз, протягом ${minutes} хвилин. Не бачите листа? Перевірте папку «Спам» або попросіть ще одне посилання нижче.`,
  signedOut: "Ви вийшли.",
  intro:
    "Введіть свою адресу електронної пошти, і ми надішлемо посилання для входу. Пароль не потрібен.",
  emailError: "Введіть адресу електронної пошти, наприклад name@example.com.",
  limited: "Забагато запитів на посилання. Зачекайте 15 хвилин і спробуйте знову.",
  linkUnusable: "Термін дії цього посилання минув, або його вже використали. Попросіть нове нижче.",
  linkUnusableShort: "Термін дії цього посилання минув, або його вже використали.",
  emailLabel: "Ваша електронна пошта",
  emailHint: "Ми використовуємо її лише для входу; її ніколи не показують із вашими коментарями.",
  website: "Вебсайт",
  sendLink: "Надіслати посилання для входу",
  back: "Повернутися назад",
  finishTitle: "Завершіть вхід",
  finishAs: "Увійти, щоб коментувати, як",
  signIn: "Увійти",
  askAgain: "Попросити нове посилання для входу",
  profileTitle: "Ваше ім'я для коментарів",
  welcomeTitle: "Ви увійшли",
  signedInAs: "Ви увійшли як",
  addressPrivate: "Вашу адресу ніколи не показують іншим читачам.",
  banned: "Ваш обліковий запис більше не може публікувати чи змінювати коментарі на цьому сайті.",
  nameLabel: "Ім'я для показу",
  nameHint: "Показуємо з кожним вашим коментарем, новим і давнішим. Справжнє ім'я чи псевдонім.",
  saveName: "Зберегти ім'я",
  saveAndContinue: "Зберегти й продовжити",
  signOut: "Вийти",
  email: {
    subject: (site) => `Ваше посилання для входу на ${site}`,
    title: "Увійти, щоб коментувати",
    preheader: (minutes) => `Посилання діє один раз, протягом ${minutes} хвилин.`,
    intro: (site, minutes) => [
      `Хтось (сподіваємося, ви) хоче увійти, щоб коментувати на ${site}, з цією адресою.`,
      `Відкрийте це посилання протягом ${minutes} хвилин, щоб увійти. Воно діє один раз.`,
    ],
    button: "Увійти",
    urlLead: "Або вставте цю адресу в браузер:",
    after: [
      "Якщо ви не просили посилання, проігноруйте цей лист: без нього ніхто не зможе увійти.",
    ],
    footerNote: (site) =>
      `Ви отримали цей лист, бо хтось попросив увійти, щоб коментувати на ${site}, з цією адресою.`,
  },
};
