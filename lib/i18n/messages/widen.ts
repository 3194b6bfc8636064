/**
 * A catalogue's type from the English one: the same keys, with strings and
 * functions of any wording, so another language must say everything English
 * says (and may say it in its own words).
 */
export type Widen<T> = {
  [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends string | null
      ? string | null
      : T[K] extends readonly string[]
        ? readonly string[]
        : T[K] extends (...args: infer A) => string
          ? (...args: A) => string
          : T[K] extends (...args: infer A) => readonly string[]
            ? (...args: A) => readonly string[]
            : Widen<T[K]>;
};
