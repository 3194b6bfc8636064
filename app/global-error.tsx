"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          padding: "2rem",
          maxWidth: "40rem",
          margin: "0 auto",
        }}
      >
        <h1>The site is having trouble</h1>
        <p>Please try again in a moment{error.digest ? ` (reference ${error.digest})` : ""}.</p>
        <p>
          {/* A full page load on purpose: the app shell itself failed. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/">Go to the home page</a>
        </p>
      </body>
    </html>
  );
}
