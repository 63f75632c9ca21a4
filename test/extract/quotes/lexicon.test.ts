import { describe, expect, it } from "vitest";
import { CUE_FORMS, inflect, introducesIndirect } from "../../../src/extract/quotes/verbs.ts";

describe("reporting verb lexicon", () => {
  it("inflects regular and irregular verbs", () => {
    expect(inflect("argue")).toEqual(["argue", "argues", "argued", "arguing"]);
    expect(inflect("testify")).toEqual(["testify", "testifies", "testified", "testifying"]);
    expect(inflect("quip")).toContain("quipped");
    expect(inflect("write")).toContain("wrote");
  });

  it("maps every form to its lemma, including two-word verbs", () => {
    expect(CUE_FORMS.get("told")).toBe("tell");
    expect(CUE_FORMS.get("pointed out")).toBe("point out");
    expect(CUE_FORMS.get("tweeted")).toBe("tweet");
    expect(CUE_FORMS.has("table")).toBe(false);
  });

  it("separates verbs that introduce reported speech from those that need 'that'", () => {
    expect(introducesIndirect("say")).toBe(true);
    expect(introducesIndirect("describe")).toBe(false);
    expect(introducesIndirect("chant")).toBe(false);
  });
});
