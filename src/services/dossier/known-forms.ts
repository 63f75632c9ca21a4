import { nameKey } from "./names.ts";

/**
 * Short forms that news uses for a few very common actors without ever spelling them out in the same
 * story ("U.S." in one report, "United States" in another). Facts of usage, keyed by `nameKey`.
 */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  "united states": ["U.S.", "US", "USA", "U.S.A."],
  "united kingdom": ["U.K.", "UK", "Britain", "Great Britain"],
  "united nations": ["U.N.", "UN"],
  "european union": ["E.U.", "EU"],
  "united arab emirates": ["U.A.E.", "UAE"],
  "democratic republic of the congo": ["DRC", "DR Congo", "D.R. Congo"],
};

const LONG_FORM = new Map<string, string>(
  Object.entries(SHORT_FORMS).flatMap(([long, shorts]) => shorts.map((s) => [nameKey(s), long] as const)),
);

/** The long form's key for a well-known short form ("U.S." → "united states"), else the form's own key. */
export function knownFormKey(form: string): string {
  const key = nameKey(form);
  return LONG_FORM.get(key) ?? key;
}
