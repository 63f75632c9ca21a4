/**
 * Forms of the verbs news uses to say when a report was made ("the ministry said on Friday", "told reporters
 * Monday"): a date right after them dates the report, not what it reports. Lower case, one word each.
 */
export const REPORT_DATING_VERBS: ReadonlySet<string> = new Set(
  "said says say told tells announced reported added stated confirmed wrote".split(" "),
);
