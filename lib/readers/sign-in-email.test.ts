import { describe, expect, it } from "vitest";
import { signInEmail } from "./sign-in-email";

const email = signInEmail({
  siteName: "The <Harbour> Gazette",
  siteUrl: "https://news.example.org/",
  link: "https://news.example.org/comments/sign-in/confirm?token=a.b&x=1",
  minutes: 30,
});

describe("the sign-in email", () => {
  it("says the same in its text and HTML: who asked, for how long, and the link", () => {
    expect(email.subject).toBe("Your sign-in link for The <Harbour> Gazette");
    for (const body of [email.text, email.html]) {
      expect(body).toContain("Sign in to comment");
      expect(body).toContain("within 30 minutes");
      expect(body).toContain("nobody can sign in without the link");
    }
    expect(email.text).toContain(
      "Sign in:\nhttps://news.example.org/comments/sign-in/confirm?token=a.b&x=1",
    );
  });

  it("escapes the site's name and the link in the HTML, and writes the link out", () => {
    expect(email.html).toContain("The &lt;Harbour&gt; Gazette");
    expect(email.html).not.toContain("<Harbour>");
    const href = 'href="https://news.example.org/comments/sign-in/confirm?token=a.b&amp;x=1"';
    expect(email.html).toContain(href);
    expect(email.html).toContain(
      'Or paste this address into your browser:<br><span style="word-break:break-all;">https://news.example.org/comments/sign-in/confirm?token=a.b&amp;x=1</span>',
    );
  });

  it("uses the frame every email shares (dark-mode classes, masthead link home)", () => {
    expect(email.html).toContain('class="nl-container"');
    expect(email.html).toContain('<a href="https://news.example.org/" class="nl-card"');
  });
});
