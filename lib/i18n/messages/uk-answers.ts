import { COMMENT_EDIT_MINUTES, DISPLAY_NAME_MAX, DISPLAY_NAME_MIN } from "@/lib/comments/rules";

/**
 * What the comment and reader endpoints answer, in Ukrainian, keyed by the
 * English answer as the code writes it (as gettext keys by the source
 * text). The endpoints answer in Ukrainian when the comments island of a
 * Ukrainian story asks (lib/readers/answers.ts); a unit test checks that
 * every answer the code can give has its translation here.
 */
export const UK_READER_ANSWERS: Record<string, string> = {
  "Comments on this article are closed.": "Коментування цього матеріалу закрите.",
  "This article does not take comments.": "Цей матеріал не можна коментувати.",
  "Check your comment.": "Перевірте коментар.",
  "Write your comment.": "Напишіть коментар.",
  "Unknown item.": "Невідомий коментар.",
  "Unknown article.": "Невідомий матеріал.",
  "That comment can no longer be replied to.": "На цей коментар більше не можна відповісти.",
  "You have already posted this comment.": "Ви вже опублікували цей коментар.",
  "That comment no longer exists.": "Цього коментаря більше немає.",
  "This comment was removed by the moderators and can no longer be changed.":
    "Цей коментар видалили модератори, і його більше не можна змінити.",
  [`Comments can be edited for ${COMMENT_EDIT_MINUTES} minutes after posting; this one can no longer be changed.`]: `Коментар можна редагувати ${COMMENT_EDIT_MINUTES} хвилин після публікації; цей уже не можна змінити.`,
  "Comments are open to members. Become a member at /membership to join the conversation.":
    "Коментарі відкриті для членів спільноти. Станьте членом спільноти на /membership, щоб долучитися до розмови.",
  "Sign in to comment.": "Увійдіть, щоб коментувати.",
  "Your account can no longer post or change comments on this site.":
    "Ваш обліковий запис більше не може публікувати чи змінювати коментарі на цьому сайті.",
  "You are doing that too often. Wait a few minutes and try again.":
    "Ви робите це занадто часто. Зачекайте кілька хвилин і спробуйте знову.",
  "Check your display name.": "Перевірте ім'я.",
  [`Use at least ${DISPLAY_NAME_MIN} characters.`]: `Щонайменше ${DISPLAY_NAME_MIN} символи.`,
  [`Use at most ${DISPLAY_NAME_MAX} characters.`]: `Не більше ніж ${DISPLAY_NAME_MAX} символів.`,
  "Choose a name that does not look like a staff role.":
    "Виберіть ім'я, яке не схоже на посаду в редакції.",
  "A display name cannot contain a web address.": "Ім'я не може містити вебадресу.",
  "Check your email address.": "Перевірте адресу електронної пошти.",
  "Enter your email address.": "Введіть адресу електронної пошти.",
  "This address is too long.": "Ця адреса задовга.",
  "Enter an email address like name@example.com.":
    "Введіть адресу електронної пошти, наприклад name@example.com.",
  "Send this from the site's own pages.": "Надсилайте це зі сторінок самого сайту.",
  "This sign-in link has expired or has already been used. Ask for a new one below.":
    "Термін дії цього посилання минув, або його вже використали. Попросіть нове нижче.",
  "That newsletter is not offered any more.": "Ця розсилка більше недоступна.",
  "This newsletter is for members.": "Ця розсилка лише для членів спільноти.",
};
