/** Words between the two ends of a range: "from October to March", "November until February", "May–June". */
const RANGE_LINK = /^\s*(?:to|until|till|through|thru|and|[-–—])\s*$/i;

/**
 * The value of a range's second end, moved a year on when it would otherwise come before the first end:
 * "from October to March" in a text about 1944 is 1944-10 to 1945-03. Only for an end written without its
 * year (`inferred`), and only for calendar values ("1944-03", "1944-03-05").
 */
export function orderRangeEnd(first: string, second: string, between: string, inferred: boolean): string {
  if (!inferred || !RANGE_LINK.test(between)) return second;
  const a = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(first);
  const b = /^(\d{4})-(\d{2})((?:-\d{2})?.*)$/.exec(second);
  if (!a || !b) return second;
  const [ya, ma, da] = [Number(a[1]), Number(a[2]), Number(a[3] ?? 0)];
  const [yb, mb] = [Number(b[1]), Number(b[2])];
  const db = Number((b[3] ?? "").slice(1, 3) || 0);
  const before = yb < ya || (yb === ya && (mb < ma || (mb === ma && db < da)));
  if (!before) return second;
  // The end goes in the first end's year when it comes after it there ("from June to September" with June
  // placed in next year), else in the year after ("from October to March").
  const sameYear = mb > ma || (mb === ma && db >= da);
  return `${String(sameYear ? ya : ya + 1).padStart(4, "0")}-${b[2]}${b[3] ?? ""}`;
}
