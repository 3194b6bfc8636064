"use client";

import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className="container not-found">
      <p className="kicker">Something went wrong</p>
      <h1>This page could not be shown</h1>
      <p>
        The error has been logged{error.digest ? ` (reference ${error.digest})` : ""}. Please try
        again in a moment.
      </p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Try again
        </button>{" "}
        <Link href="/">Go to the home page</Link>
      </p>
    </main>
  );
}
