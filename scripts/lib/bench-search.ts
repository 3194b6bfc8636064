/**
 * Search timings for `npm run bench`: each query is asked for several
 * result pages, every page once, so each request is answered by the
 * database, never by the search's one-minute cache. The words span the
 * frequencies that matter for the plan: very common ("war" is in about a
 * third of the demo archive), mid-frequency place names, phrases, and rare
 * words.
 *
 * Search is limited per address, so the server must trust one proxy hop
 * (TRUSTED_PROXY_HOPS=1) and each request names its own address.
 */
export const SEARCH_QUERIES = [
  "war",
  "drone strike",
  "air defense",
  "kyiv",
  "zaporizhzhia",
  "grain",
  '"power grid"',
  "harbour",
] as const;

export interface SearchTiming {
  query: string;
  count: number;
  p50: number;
  max: number;
  results: string;
}

const PAGES_PER_QUERY = 5;

export async function measureSearch(
  origin: string,
  queries: readonly string[] = SEARCH_QUERIES,
): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = [];
  let address = 0;
  for (const query of queries) {
    const times: number[] = [];
    let results = "";
    for (let page = 1; page <= PAGES_PER_QUERY; page++) {
      address++;
      const url = `${origin}/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;
      const started = performance.now();
      const response = await fetch(url, {
        headers: { "X-Forwarded-For": `10.9.${address >> 8}.${address & 255}` },
      });
      const html = await response.text();
      times.push(performance.now() - started);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      if (page === 1) {
        const found = /(More than |About )?([\d,]+) results? for/.exec(
          html.replaceAll("<!-- -->", ""),
        );
        results = found ? `${found[2]}${found[1] ? "+" : ""}` : "0";
      }
    }
    times.sort((a, b) => a - b);
    timings.push({
      query,
      count: times.length,
      p50: times[Math.floor(times.length / 2)]!,
      max: times.at(-1)!,
      results,
    });
  }
  return timings;
}

export function printSearchTimings(timings: SearchTiming[]): void {
  console.log("\nSearch, each result page requested once (not from the search cache):");
  console.log("query              results   pages   p50 ms   max ms");
  for (const t of timings) {
    console.log(
      `${t.query.padEnd(18)} ${t.results.padStart(7)} ${String(t.count).padStart(7)} ${t.p50.toFixed(0).padStart(8)} ${t.max.toFixed(0).padStart(8)}`,
    );
  }
}
