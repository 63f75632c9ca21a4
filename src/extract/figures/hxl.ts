/**
 * HXL hashtags for figures (https://hxlstandard.org/standard/dictionary/). Core hashtags and attributes
 * are used where the dictionary has them (#affected +killed +injured +missing +idps +refugees +infected,
 * #inneed, #reached, #targeted, #population, #value +funding). Two attributes are ours, as HXL allows:
 * +kidnapped and +detained.
 */
const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:killed|died|dead|deaths?|death toll|toll|fatalities|drowned|lives lost|executed|massacred)\b/,
    "#affected+killed",
  ],
  [/\b(?:injured|wounded|injuries|hurt)\b/, "#affected+injured"],
  [/\b(?:missing|disappeared|unaccounted)\b/, "#affected+missing"],
  [/\b(?:kidnapped|abducted|hostages?)\b/, "#affected+kidnapped"],
  [/\b(?:arrested|detained|detainees)\b/, "#affected+detained"],
  [/\b(?:refugees?|asylum|crossed)\b/, "#affected+refugees"],
  [/\b(?:displaced|idps|homeless|fled|evacuated|relocated)\b/, "#affected+idps"],
  [/\b(?:infected|cases)\b/, "#affected+infected"],
  [/\bin need\b/, "#inneed"],
  [/\bto (?:assist|support|reach|vaccinate|feed|target)\b|\btargeted\b/, "#targeted"],
  [/\b(?:reached|assisted|vaccinated|treated|fed|sheltered|supported)\b/, "#reached"],
  [/\baffected\b/, "#affected"],
  [/\bpopulation\b/, "#population"],
];

/** The HXL hashtag for a figure with this "what" and unit, or null when none fits. */
export function hxlTag(what: string | null, unit: string): string | null {
  const w = (what ?? "").toLowerCase();
  if (/^[A-Z]{3}$/.test(unit) || /^(?:rupees|shillings|francs|pesos|dinars|riyals)$/.test(unit)) {
    if (/\b(?:fund|funding|aid|appeal|pledge|grant|contribution|assistance)\b/.test(w))
      return "#value+funding";
    return "#value";
  }
  if (
    unit !== "people" &&
    unit !== "households" &&
    unit !== "count" &&
    unit !== "fraction" &&
    unit !== "percent"
  )
    return null;
  for (const [re, tag] of RULES) if (re.test(w)) return tag;
  return null;
}
