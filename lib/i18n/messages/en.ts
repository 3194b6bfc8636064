import { CORRECTION_LABELS, TYPE_LABELS } from "@/lib/articles/labels";
import { enAudio } from "./en-audio";
import { enComments, enReaders } from "./en-comments";
import { enSearch } from "./en-search";
import type { Widen } from "./widen";

/** "A", "A and B", "A, B and C". */
function listNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** Reader-facing interface text of the English edition. */
export const en = {
  skipToContent: "Skip to content",
  sections: "Sections",
  sectionsFooter: "Sections (footer)",
  more: "More",
  aboutUs: "About us",
  followUs: "Follow Us",
  search: "Search",
  home: "home",
  supportJournalism: "Support our journalism",
  rightsReserved: "All rights reserved.",
  topStory: "Top story",
  topStories: "Top stories",
  homeRails: "News Feed, most popular and editors' picks",
  newsFeed: "News Feed",
  mostPopular: "Most popular",
  editorsPicks: "Editors' Picks",
  noStoriesYet: "No stories have been published yet.",
  noOlderStories: "There are no older stories.",
  live: "Live",
  newsFeedDescription: "Every story we publish, newest first.",
  siteStoriesNewestFirst: (site: string) => `Every story from ${site}, newest first.`,
  sectionKicker: "Section",
  sectionFallback: (section: string, site: string) => `The latest ${section} stories from ${site}.`,
  minRead: (minutes: number) => `${minutes} min read`,
  updated: "Updated",
  correctionsAndUpdates: "Corrections and updates",
  aboutTheAuthors: "About the authors",
  breadcrumb: "Breadcrumb and topics",
  /** The link from an article to its translation, named in this edition's language. */
  readIn: { en: "Read in English", uk: "Read in Ukrainian" },
  olderStories: "Older stories →",
  backToLatest: "← Back to the latest",
  moreStories: "More stories",
  moreFrom: (section: string) => `More from ${section}`,
  storiesAbout: (tag: string) => `Stories about ${tag}`,
  newsFeedLink: "The News Feed: every story, newest first",
  relatedStories: "Related stories",
  moreNews: "More news",
  by: "By",
  and: "and",
  nothingHereYet: "Nothing has been published here yet.",
  otherEditions: "This story in other languages",
  story: "Story",
  searchPage: enSearch,
  edition: "Edition",
  siteTagline: "",
  siteDescription: (site: string) => `News and analysis from ${site}.`,
  typeLabels: TYPE_LABELS,
  correctionLabels: CORRECTION_LABELS,
  newsletters: {
    kicker: "Newsletters",
    regionTitle: "Get our newsletters",
    regionIntro:
      "Free, in your inbox. We only send what you sign up for, and every email has a link to leave.",
    allNewsletters: "All newsletters",
    regionFormLabel: "Sign up for our newsletters",
    allOurNewsletters: "All our newsletters",
    footerFormLabel: (name: string) => `${name} (footer)`,
    /** What the sign-up form itself shows (handed to the client island). */
    form: {
      requiredNote: "indicates required",
      emailLabel: "Email address",
      submit: "Sign up",
      pending: "Signing up…",
      invalidEmail: "Please, enter correct email address",
      noNewsletter: "Please choose at least one newsletter.",
    },
    answers: {
      invalidEmail: "Please, enter correct email address",
      noNewsletter: "Please choose at least one newsletter.",
      unknownNewsletter: "This newsletter is not available any more.",
      limited: "Too many sign-ups from your connection. Please try again in an hour.",
      failed: "Something went wrong. Please try again.",
      success: (names: string[]) =>
        names.length > 1
          ? `Thank you for signing up for ${listNames(names)}! We've sent you a confirmation email for each. Please click the link in each to confirm your subscriptions.`
          : `Thank you for signing up for ${names[0] ?? "our newsletter"}! We've sent you a confirmation email. Please click the link in it to confirm your subscription.`,
    },
    index: {
      title: "Our newsletters",
      description: (site: string) =>
        `Every ${site} newsletter, free: sign up with your email address and confirm from your inbox.`,
      lede: (site: string) =>
        `The reporting of ${site}, in your inbox. Choose as many as you like; we send a confirmation email for each first, and every newsletter has a one-click unsubscribe link.`,
      formTitle: "Sign up",
      none: "There are no newsletters to sign up for at the moment.",
      alreadyTitle: "Already subscribed?",
      alreadyText:
        "Every newsletter email ends with a link to your preferences. Lost it? We'll email you a new one.",
      privacyTitle: "What we keep",
      privacy:
        "Your email address, the newsletters you chose, whether each is confirmed or unsubscribed and when, and which form you used. No name, no tracking pixels, no tracked links. Sign-ups that are never confirmed are deleted.",
    },
    signUpPage: {
      title: "Sign up",
      notFound: "Newsletter not found",
      notAvailable: "This newsletter is not available any more.",
      seeAll: "See all our newsletters",
      checkInbox: "Check your inbox",
      signUpFor: (name: string) => `Sign up for ${name}`,
      signUpForAll: "Sign up for our newsletters",
      formLabel: "Newsletter sign-up",
    },
    confirmPage: {
      title: "Confirm your subscription",
      invalidTitle: "This confirmation link no longer works",
      invalidLede:
        "Confirmation links work once, for 48 hours, and only the newest one sent to an address works.",
      invalidHelp:
        "If you already confirmed, you are subscribed: nothing more to do. Otherwise, sign up again and we will send you a new link.",
      signUpAgain: "Sign up again",
      question: (newsletter: string, email: string) => [
        "Start receiving ",
        newsletter,
        " at ",
        email,
        "?",
      ],
      button: "Confirm subscription",
      notYou: "Didn't sign up? Close this page: without confirmation you will not be subscribed.",
    },
    manage: {
      title: "Your newsletters",
      askTitle: "Manage your newsletters",
      deadTitle: "This link no longer works",
      resetDone: "Done: your old links no longer work. We've emailed you a new one.",
      requestedSent:
        "If this address receives any of our newsletters, we've sent it a link to manage them. It may take a minute to arrive.",
      requestedInvalid: "Please, enter correct email address",
      requestedLimited: "Too many requests from your connection. Please try again in an hour.",
      linkAnswer:
        "If this address receives any of our newsletters, we've sent it a link to manage them.",
      deadLede:
        "Links to your preferences stop working when they are reset. Enter your email address and we'll send you a new one.",
      askLede:
        "Every newsletter email ends with a personal link to this page. Enter your email address and we'll send you one.",
      confirmed: (newsletter: string) =>
        `Thank you! You're subscribed to ${newsletter}. You can change your newsletters here at any time: every email we send you has a link to this page.`,
      savedAll:
        "You're unsubscribed from all our newsletters. We won't email you again unless you sign up.",
      saved: "Your choices are saved.",
      forEmail: (email: string) => ["For ", email, ". Changes take effect at once."],
      resetTitle: "Forwarded one of our emails?",
      resetText:
        "Anyone with the link to this page can change your newsletters. Reset it and every link we have sent you so far stops opening this page; we'll email you a new one. Unsubscribe links keep working.",
      resetButton: "Reset my links",
      privacy:
        "Your email address, the newsletters above, whether each is confirmed or unsubscribed and when, and which form you signed up with. Nothing else, and our emails carry no tracking pixels or tracked links.",
      legend: "Tick the newsletters you want to receive",
      status: {
        subscribed: "Subscribed",
        pending: "Waiting for your confirmation",
        unsubscribed: "Unsubscribed",
        "not-subscribed": "Not subscribed",
      },
      since: (date: string) => ` since ${date}`,
      save: "Save my choices",
      unsubscribeAll: "Unsubscribe from all",
      emailLabel: "Your email address",
      sendLink: "Email me a link",
    },
    unsubscribePage: {
      title: "Unsubscribe",
      invalidTitle: "This unsubscribe link is not valid",
      invalidLede:
        "It may have been cut short when it was copied. Use the link at the bottom of one of our emails, or ask for a link to manage your newsletters.",
      manage: "Manage your newsletters",
      doneTitle: "You're unsubscribed",
      done: (email: string, newsletter: string) => [
        "",
        email,
        ` will not receive ${newsletter} any more.`,
      ],
      againTitle: "Changed your mind?",
      againText: "Sign up again; we'll send a confirmation email first.",
      askTitle: (newsletter: string) => `Unsubscribe from ${newsletter}?`,
      ask: (email: string, newsletter: string) => [
        "",
        email,
        ` will stop receiving ${newsletter} at once. Your other newsletters are not affected.`,
      ],
      button: "Unsubscribe",
    },
    emails: {
      manage: "Manage your newsletters",
      unsubscribeFrom: (newsletter: string) => `Unsubscribe from ${newsletter}`,
      signUpFormNote: (site: string) =>
        `You received this email because this address was entered in a sign-up form on ${site}.`,
      confirmSubject: (newsletter: string) => `Confirm your subscription to ${newsletter}`,
      confirmTitle: "Please confirm your subscription",
      confirmPreheader: (newsletter: string) => `One click and ${newsletter} is on its way.`,
      confirmIntro: (newsletter: string, site: string, email: string) => [
        `Thank you for signing up for ${newsletter} from ${site}.`,
        `To start receiving it at ${email}, please confirm your subscription:`,
      ],
      confirmButton: "Confirm subscription",
      confirmAfter: [
        "The link works for 48 hours.",
        "If you did not sign up, ignore this email: you will not be subscribed and will not hear from us again.",
      ],
      alreadySubject: (newsletter: string) => `You're already subscribed to ${newsletter}`,
      alreadyTitle: "You're already subscribed",
      alreadyPreheader: "There is nothing to confirm.",
      alreadyIntro: (newsletter: string, email: string) => [
        `Someone, probably you, just signed up ${email} for ${newsletter}. This address is already subscribed, so there is nothing to confirm.`,
        "To choose which newsletters you receive, or to unsubscribe, use your personal link:",
      ],
      alreadyAfter: ["If that wasn't you, you can ignore this email; nothing has changed."],
      manageSubject: (site: string) => `Your link to manage your ${site} newsletters`,
      manageTitle: "Manage your newsletters",
      managePreheader: "Your personal link, no password needed.",
      manageReset:
        "Your previous newsletter links no longer work. Here is your new personal link, where you can see and change which newsletters you receive:",
      manageRequested:
        "Here is your personal link, where you can see and change which newsletters you receive. No account or password is needed:",
      manageAfter: [
        "Please don't forward this email: anyone with the link can change your newsletters.",
        "If you did not ask for it, you can ignore this email.",
      ],
      manageNote: (site: string) =>
        `You received this email because this address was entered on ${site}.`,
      issueNote: (newsletter: string, site: string) =>
        `You receive ${newsletter} because you subscribed on ${site}.`,
      readTheStory: "Read the story",
    },
  },
  comments: enComments,
  readers: enReaders,
  audio: enAudio,
} as const;

export type Messages = Widen<typeof en>;
