import { DEMO_AUTHORS } from "./authors.ts";
import { bulletList, documentOf, heading, paragraph } from "./doc.ts";
import { advertisingPage, contactsPage, submitOpinionPage } from "./pages-more.ts";
import type { DemoPage } from "./types.ts";

/** The static pages (About, Team, Jobs, Advertising, Contacts, Submit an Opinion). */

function aboutPage(): DemoPage {
  return {
    slug: "about",
    title: "About The Northern Dispatch",
    standfirst:
      "An independent, reader-funded newsroom that reports every day on Russia's war against Ukraine, for readers in Ukraine and around the world.",
    body: documentOf([
      paragraph(
        "The Northern Dispatch was founded by Ukrainian journalists who believed the world needed steady, verified reporting on Russia's war against Ukraine in English, written by people who live with its consequences. We cover the front line and the cities under attack, but also politics, the economy, reconstruction, culture and the lives of people who carry on despite everything.",
      ),
      heading("What we stand for"),
      bulletList([
        "**Independence.** No owner, government or political party controls what we publish.",
        "**Accuracy.** We verify before we publish, name our sources whenever it is safe, and correct our mistakes openly.",
        "**Clarity.** News and opinion are kept apart, and every opinion piece is labeled as such.",
        "**Humanity.** We report on people, not just numbers, and we treat those who trust us with their stories with respect.",
      ]),
      heading("How we are funded"),
      paragraph(
        "Most of our budget comes from members, readers who support us with a monthly or annual contribution. The rest comes from advertising, syndication and grants from foundations that have no say over our editorial decisions. We publish an annual transparency report with the details.",
      ),
      heading("Corrections and standards"),
      paragraph(
        "When we get something wrong, we say so. Every correction, clarification and substantive update is shown on the article it concerns, with the date, and listed on our corrections page. Readers who see an error can write to [corrections@example.com](mailto:corrections@example.com).",
      ),
      paragraph(
        "Our journalists follow a written code of ethics that covers sourcing, conflicts of interest, the protection of sources and the safety of the people we write about. We do not publish information that could endanger soldiers or civilians, such as the locations of air defense positions or the aftermath of strikes before officials allow it.",
      ),
    ]),
  };
}

function teamPage(): DemoPage {
  const staff = DEMO_AUTHORS.filter((author) => !author.guest);
  return {
    slug: "team",
    title: "Our team",
    standfirst:
      "The reporters, editors and photographers who make The Northern Dispatch, in Kyiv, Kharkiv, Dnipro, Odesa and on the road.",
    body: documentOf([
      paragraph(
        "Our newsroom is small by the standards of large international outlets and large by the standards of independent Ukrainian media. Most of us are Ukrainian journalists who have covered the war since 2014; several of us have worked from the front line since the first days of the full-scale invasion.",
      ),
      heading("Editors"),
      bulletList(
        staff
          .filter((author) => /editor/i.test(author.jobTitle))
          .map(
            (author) =>
              `[${author.name}](/author/${author.slug}), ${author.jobTitle.toLowerCase()}`,
          ),
      ),
      heading("Reporters, columnists and photographers"),
      bulletList(
        staff
          .filter((author) => !/editor/i.test(author.jobTitle))
          .map(
            (author) =>
              `[${author.name}](/author/${author.slug}), ${author.jobTitle.toLowerCase()}`,
          ),
      ),
      heading("Contributors"),
      paragraph(
        "We also work with freelance reporters, photographers and fact-checkers across Ukraine and with guest contributors whose opinion pieces appear in our Analysis section. Freelancers are paid promptly, insured for assignments near the front and given the same safety training as our staff.",
      ),
      paragraph(
        "Want to join us? See our [jobs page](/jobs) for current openings, or write to [jobs@example.com](mailto:jobs@example.com) if you think we should know about you.",
      ),
    ]),
  };
}

function jobsPage(): DemoPage {
  return {
    slug: "jobs",
    title: "Jobs at The Northern Dispatch",
    standfirst:
      "We are looking for curious, careful and brave people to help us report on the war and on the country that is fighting it.",
    body: documentOf([
      paragraph(
        "Working at The Northern Dispatch means doing journalism that matters, under conditions few newsrooms face: air raid alerts during editorial meetings, blackouts on deadline and reporting trips that need a safety plan. In return we offer colleagues who care about their work and each other, fair pay and real responsibility from the first day.",
      ),
      heading("Current openings"),
      bulletList([
        "**Night news editor** (Kyiv or remote within Ukraine): run our overnight desk and coverage of attacks as they happen.",
        "**Economy reporter** (Kyiv): cover the budget, energy, sanctions and the money behind reconstruction.",
        "**Audience editor** (remote): grow our newsletters and help readers find our best work.",
        "**Fact-checker** (part-time, remote): check facts, figures and quotations before publication.",
      ]),
      heading("What we offer"),
      bulletList([
        "A salary published in every job listing, with regular reviews",
        "Health insurance, psychological support and paid leave after difficult assignments",
        "Hostile-environment and first-aid training, and protective equipment for field work",
        "Mentoring, editing and a newsroom where questions are welcome",
      ]),
      heading("How to apply"),
      paragraph(
        "Send a short letter explaining why you want the job, a CV and three examples of your work to [jobs@example.com](mailto:jobs@example.com), with the job title in the subject line. We review applications as they arrive and reply to everyone. We welcome applications from people of all backgrounds, including veterans and people displaced by the war.",
      ),
    ]),
  };
}

export function buildDemoPages(): DemoPage[] {
  return [
    aboutPage(),
    teamPage(),
    jobsPage(),
    advertisingPage(),
    contactsPage(),
    submitOpinionPage(),
  ];
}
