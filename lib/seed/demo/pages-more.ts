import { bulletList, documentOf, heading, paragraph } from "./doc.ts";
import type { DemoPage } from "./types.ts";

/** Static pages for advertisers, contacts and opinion contributors. Original text. */

export function advertisingPage(): DemoPage {
  return {
    slug: "advertising",
    title: "Advertise with The Northern Dispatch",
    standfirst:
      "Reach an international audience that follows Ukraine closely: policymakers, analysts, investors and engaged readers in more than 150 countries.",
    body: documentOf([
      paragraph(
        "The Northern Dispatch is read by people who need to understand Russia's war against Ukraine: diplomats and civil servants, researchers, journalists, business leaders and a large community of readers who care about Ukraine's future. Advertising helps fund our reporting, and we welcome partners whose products and values fit that audience.",
      ),
      heading("What we offer"),
      bulletList([
        "Display advertising on our website, in standard sizes, served without invasive tracking",
        "Sponsorship of our newsletters, clearly labeled and limited to one sponsor per issue",
        "Sponsored events and briefings, organized with our team and moderated by our journalists",
        "Job listings for organizations working in and with Ukraine",
      ]),
      heading("Our rules"),
      paragraph(
        "Advertisers never influence our journalism. Sponsored content is always labeled as such, is produced separately from the newsroom and never appears in our news feed as if it were reporting. We do not accept advertising from Russian state entities, from companies under sanctions, or for gambling, weapons, political campaigns or unverified financial products.",
      ),
      paragraph(
        "We keep advertising light so pages stay fast and readable, and we do not sell our readers' personal data. Our audience figures are measured with our own privacy-friendly analytics and shared with partners on request, along with a description of how they are counted.",
      ),
      heading("Get in touch"),
      paragraph(
        "For rates, audience figures and available dates, write to [ads@example.com](mailto:ads@example.com). We answer within two working days and are happy to suggest the format that suits your goals and budget.",
      ),
    ]),
  };
}

export function contactsPage(): DemoPage {
  return {
    slug: "contacts",
    title: "Contact us",
    standfirst:
      "How to reach our editors, send us a tip securely, ask for a correction or get help with your membership or newsletters.",
    body: documentOf([
      paragraph(
        "We read every message we receive. We cannot always reply individually, but we do pass tips to the reporters who cover the subject and we answer every request for a correction. Please choose the address that best matches your question, so it reaches the right person quickly.",
      ),
      heading("Editorial"),
      bulletList([
        "News tips and story ideas: [tips@example.com](mailto:tips@example.com)",
        "Corrections and complaints about our reporting: [corrections@example.com](mailto:corrections@example.com)",
        "Opinion submissions: [opinion@example.com](mailto:opinion@example.com), see [Submit an opinion](/submit-an-opinion)",
        "Photo and syndication requests: [syndication@example.com](mailto:syndication@example.com)",
      ]),
      heading("Readers and members"),
      bulletList([
        "Membership and payments: [members@example.com](mailto:members@example.com)",
        "Newsletters: [newsletters@example.com](mailto:newsletters@example.com), or use the link at the bottom of any newsletter to manage your subscriptions",
        "Advertising and partnerships: [ads@example.com](mailto:ads@example.com)",
        "Jobs: [jobs@example.com](mailto:jobs@example.com)",
      ]),
      heading("Sending us information securely"),
      paragraph(
        "If you have sensitive information, especially about events in the occupied territories or inside Russia, think about your safety before you contact us. Use a device that is not monitored by your employer, avoid sending documents that could identify you through metadata, and ask us for an encrypted channel in your first message. We never reveal our sources.",
      ),
      heading("Our office"),
      paragraph(
        "The Northern Dispatch, Editorial Office, Kyiv, Ukraine. For security reasons we do not publish our street address and we do not receive visitors without an appointment. Postal correspondence can be arranged by writing to [office@example.com](mailto:office@example.com).",
      ),
    ]),
  };
}

export function submitOpinionPage(): DemoPage {
  return {
    slug: "submit-an-opinion",
    title: "Submit an opinion",
    standfirst:
      "We welcome original opinion pieces from people with expertise or experience that helps readers understand the war and its consequences.",
    body: documentOf([
      paragraph(
        "Our opinion section publishes arguments, not news. We look for pieces that make a clear case, are grounded in facts, and bring a perspective our readers are unlikely to find elsewhere: soldiers and veterans, doctors and teachers, local officials, economists, researchers and residents of front-line and occupied areas.",
      ),
      heading("What we look for"),
      bulletList([
        "A single, clearly stated argument, supported by evidence",
        "Between 700 and 1,200 words, written in English or Ukrainian",
        "Original work that has not been published elsewhere, including on social media",
        "A short biography and a disclosure of any interests related to the subject",
      ]),
      heading("How to submit"),
      paragraph(
        'Send your piece as a text document to [opinion@example.com](mailto:opinion@example.com) with the word "Submission" and your proposed headline in the subject line. We try to respond within five working days; if you have not heard from us by then, you are free to offer the piece elsewhere.',
      ),
      heading("How we edit"),
      paragraph(
        "Every piece is edited for clarity, length and accuracy, and checked by a fact-checker. We will send you the edited version before publication, and nothing appears without your approval. The views in opinion pieces are the authors' own; the position of The Northern Dispatch is expressed only in editorials.",
      ),
      paragraph(
        "We do not pay for unsolicited submissions, and we do not accept pieces written on behalf of governments, political parties or lobbying firms without full disclosure. Pieces that attack individuals rather than ideas, or that rely on claims we cannot verify, will not be published.",
      ),
    ]),
  };
}
