/**
 * Intl.DateTimeFormat is slow to build (about 0.1 ms with a time zone) and
 * quick to use (under 0.01 ms), and a list page formats dozens of dates: so
 * each locale, zone and set of options gets one formatter, built on first
 * use. The keys are few (the site's zone, the editions' locales, a handful
 * of option sets); the map is emptied if it ever grows past MAX_FORMATTERS.
 */
const MAX_FORMATTERS = 200;
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}
