import { parseArgs } from "node:util";
import { ScriptError } from "./run-script";

export function parseArticlesOption(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: "string" },
      "if-empty": { type: "boolean", default: false },
      "allow-remote": { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
      "no-seed": { type: "boolean", default: false },
    },
    allowPositionals: false,
  });
  let articles: number | undefined;
  if (values.articles !== undefined) {
    articles = Number(values.articles.replace(/[_,]/g, ""));
    if (!Number.isInteger(articles) || articles < 1 || articles > 2_000_000) {
      throw new ScriptError("--articles takes a whole number from 1 to 2,000,000.");
    }
  }
  return { ...values, articles };
}
