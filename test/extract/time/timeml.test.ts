import { describe, expect, it } from "vitest";
import { readInline, textElement } from "../../../src/extract/time/inline.ts";
import { tagTimeml, timemlDct } from "../../../src/extract/time/timeml.ts";
import { validateDoc } from "../../../src/model/validate.ts";
import { tagDoc } from "./run-tagger.ts";

const INPUT = `<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-10" temporalFunction="false" functionInDocument="CREATION_TIME">May 10, 2024</TIMEX3></DCT>
<TEXT>
Smith &amp; Sons said on Thursday that sales rose 5% in the past three years &lt;as planned&gt;.
Profits fell in March.
</TEXT>
</TimeML>
`;

describe("tagTimeml", () => {
  it("reads the DCT from the DCT element", () => {
    expect(timemlDct(INPUT)).toBe("2024-05-10");
  });

  it("adds TIMEX3 elements inside TEXT and leaves every other character as it was", () => {
    const out = tagTimeml(INPUT);
    expect(out.replace(/<TIMEX3 tid="t[1-9]\d*"[^>]*>|<\/TIMEX3>(?!<\/DCT>)/g, "")).toBe(INPUT);
    expect(out).toContain('said on <TIMEX3 tid="t1" type="DATE" value="2024-05-09">Thursday</TIMEX3> that');
    expect(out).toContain(
      '<TIMEX3 tid="t2" type="DURATION" value="P3Y">the past three years</TIMEX3> &lt;as planned&gt;',
    );
    expect(out).toContain('in <TIMEX3 tid="t3" type="DATE" value="2024-03">March</TIMEX3>.');
  });

  it("keeps entities whole when an expression ends next to one", () => {
    const file = INPUT.replace("Profits fell in March.", "Q&amp;A on 2 May 2024&amp;more");
    const out = tagTimeml(file);
    expect(out).toContain(
      'Q&amp;A on <TIMEX3 tid="t3" type="DATE" value="2024-05-02">2 May 2024</TIMEX3>&amp;more',
    );
    const { text, timexes } = readInline(textElement(out), "TIMEX3");
    expect(timexes.map((t) => text.slice(t.start, t.end))).toContain("2 May 2024");
  });
});

describe("timeStage", () => {
  it("produces valid spans with anchors recorded", () => {
    const doc = tagDoc("On 3 June 2023 the levee broke. Two days later, it was repaired.", "2023-07-01");
    expect(validateDoc(doc)).toEqual([]);
    expect(doc.get("times").map((t) => t.anchor)).toEqual(["absolute", "narrative"]);
    expect(doc.provenance.times).toBe("time@16");
  });
});
