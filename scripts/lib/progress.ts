/**
 * A progress bar for long commands: redrawn in place on a terminal, one line
 * per tenth when the output is a log (CI).
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let started = 0;
  let startDone = 0;
  let lastDecile = -1;
  return {
    update(done: number, total: number) {
      // Rates count from the first report, so resumed work does not inflate them.
      if (!started) {
        started = Date.now();
        startDone = done;
      }
      const fraction = total === 0 ? 1 : done / total;
      const elapsed = (Date.now() - started) / 1000;
      const rate = elapsed > 0 ? (done - startDone) / elapsed : 0;
      const eta = rate > 0 ? Math.max(0, (total - done) / rate) : 0;
      const counts = `${done.toLocaleString("en")}/${total.toLocaleString("en")} ${label}`;
      const timing = `${Math.round(rate).toLocaleString("en")}/s, ${formatSeconds(eta)} left`;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(
          `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${counts} · ${timing}   `,
        );
        if (done >= total) stream.write("\n");
      } else {
        const decile = Math.floor(fraction * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${(fraction * 100).toFixed(0)}% ${counts} (${timing})\n`);
        }
      }
    },
  };
}

function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
