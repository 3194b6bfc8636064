import localFont from "next/font/local";

// Self-hosted variable fonts (SIL Open Font License, see app/fonts/).
const serif = localFont({
  src: [
    { path: "./fonts/newsreader-latin-opsz-normal.woff2", style: "normal", weight: "200 800" },
    { path: "./fonts/newsreader-latin-opsz-italic.woff2", style: "italic", weight: "200 800" },
  ],
  variable: "--font-serif",
  display: "swap",
});

const sans = localFont({
  src: [{ path: "./fonts/inter-latin-wght-normal.woff2", style: "normal", weight: "100 900" }],
  variable: "--font-sans",
  display: "swap",
});

/** On <html>: the font variables the stylesheets use. */
export const fontClasses = `${serif.variable} ${sans.variable}`;
