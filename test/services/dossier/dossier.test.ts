import { describe, expect, it } from "vitest";
import { buildActors, findActor } from "../../../src/services/dossier/actors.ts";
import { findDivergences } from "../../../src/services/dossier/divergences.ts";
import { buildSeries } from "../../../src/services/dossier/figures.ts";
import { buildPositions } from "../../../src/services/dossier/positions.ts";
import { buildStatements } from "../../../src/services/dossier/statements.ts";
import { buildTimeline, filterTimeline } from "../../../src/services/dossier/timeline.ts";
import { at, dossierDoc, entity } from "./build.ts";

const T1 =
  "The Lomar Relief Agency (LRA) said on Monday that 2,000 people were displaced. Director Ana Ruiz said: “The river took everything we had built in ten years.”";
const T2 =
  "According to the LRA, 3,500 people were displaced in Veloria. Ruiz, quoted by radio, said “The river took everything we had built in ten years.”";
const T3 = "Ana Ruíz of the agency visited the camp.";

const d1 = dossierDoc("d1", "2024-05-01", T1, {
  entities: [
    entity(T1, "e1", "ORG", "Lomar Relief Agency", ["Lomar Relief Agency", "LRA"]),
    entity(T1, "e2", "PERSON", "Ana Ruiz", ["Ana Ruiz"]),
  ],
  quotes: [
    {
      ...at(T1, "The river took everything we had built in ten years."),
      direct: true,
      speaker: "e2",
      cue: at(T1, "said", 1),
      speakerSpan: null,
      chain: [],
      hedged: false,
    },
  ],
  figures: [
    {
      ...at(T1, "2,000"),
      value: 2000,
      unit: "people",
      qualifier: null,
      what: "people displaced",
      whatSpan: null,
      place: null,
      period: null,
      source: "e1",
      sourceSpan: null,
      hxl: "#affected+idps",
    },
  ],
});
const d2 = dossierDoc("d2", "2024-05-03", T2, {
  entities: [entity(T2, "e1", "ORG", "LRA", ["LRA"]), entity(T2, "e2", "PERSON", "Ruiz", ["Ruiz"])],
  quotes: [
    {
      ...at(T2, "The river took everything we had built in ten years."),
      direct: true,
      speaker: "e2",
      cue: at(T2, "said"),
      speakerSpan: null,
      chain: [],
      hedged: false,
    },
  ],
  figures: [
    {
      ...at(T2, "3,500"),
      value: 3500,
      unit: "people",
      qualifier: null,
      what: "people displaced",
      whatSpan: null,
      place: null,
      period: null,
      source: "e1",
      sourceSpan: null,
      hxl: "#affected+idps",
    },
  ],
});
const d3 = dossierDoc("d3", "2024-05-04", T3, {
  entities: [entity(T3, "e1", "PERSON", "Ana Ruíz", ["Ana Ruíz"])],
});

describe("actors across documents", () => {
  it("joins acronyms to long forms and folds diacritics, but not bare surnames", () => {
    const actors = buildActors([d1, d2, d3]);
    const lra = findActor(actors, "LRA");
    expect(lra?.name).toBe("Lomar Relief Agency");
    expect(lra?.documents).toBe(2);
    const ana = findActor(actors, "Ana Ruiz");
    expect(ana?.refs.map((r) => r.docId).sort()).toEqual(["d1", "d3"]);
    // "Ruiz" alone in d2 is a surname: not enough to identify a person across documents.
    expect(findActor(actors, "Ruiz")?.refs.map((r) => r.docId)).toEqual(["d2"]);
  });

  it("joins a well-known short form to its long form across documents, never to a person", () => {
    const A = "The U.S. sent aid.";
    const B = "The United States pledged more.";
    const C = "Us Ana met donors.";
    const a = dossierDoc("ua", "2024-05-01", A, { entities: [entity(A, "e1", "GPE", "U.S.", ["U.S."])] });
    const b = dossierDoc("ub", "2024-05-02", B, {
      entities: [entity(B, "e1", "GPE", "United States", ["United States"])],
    });
    const c = dossierDoc("uc", "2024-05-03", C, {
      entities: [entity(C, "e1", "PERSON", "Us Ana", ["Us Ana"])],
    });
    const actors = buildActors([a, b, c]);
    expect(findActor(actors, "United States")?.refs.map((r) => r.docId)).toEqual(["ua", "ub"]);
    expect(findActor(actors, "Us Ana")?.refs.map((r) => r.docId)).toEqual(["uc"]);
  });

  it("applies a person's merge and split links", () => {
    const merged = buildActors([d1, d2, d3], [{ action: "merge", a: "Ruiz", b: "Ana Ruiz" }]);
    expect(
      findActor(merged, "Ana Ruiz")
        ?.refs.map((r) => r.docId)
        .sort(),
    ).toEqual(["d1", "d2", "d3"]);
    const split = buildActors([d1, d2, d3], [{ action: "split", a: "Ana Ruiz", b: "Ana Ruíz" }]);
    expect(findActor(split, "Ana Ruiz")?.refs.map((r) => r.docId)).toEqual(["d1"]);
  });
});

describe("statements", () => {
  it("recognises the same quote in two reports and shows the earliest first", () => {
    const statements = buildStatements(
      [d2, d1],
      buildActors([d1, d2], [{ action: "merge", a: "Ruiz", b: "Ana Ruiz" }]),
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.reports.map((r) => r.docId)).toEqual(["d1", "d2"]);
    expect(statements[0]?.speaker).toBe("Ana Ruiz");
  });
});

describe("figure series and divergences", () => {
  it("puts the same count in one series and explains the difference as superseded", () => {
    const actors = buildActors([d1, d2]);
    const series = buildSeries([d1, d2], actors);
    expect(series).toHaveLength(1);
    expect(series[0]?.points.map((p) => [p.value, p.source])).toEqual([
      [2000, "Lomar Relief Agency"],
      [3500, "Lomar Relief Agency"],
    ]);
    const div = findDivergences(series);
    expect(div.map((d) => d.kind)).toEqual(["superseded"]);
  });

  it("flags the same figure credited to different sources", () => {
    const T = "UNHCR counted 900 people displaced.";
    const other = dossierDoc("d4", "2024-05-05", T, {
      entities: [entity(T, "e1", "ORG", "UNHCR", ["UNHCR"])],
      figures: [
        {
          ...at(T, "900"),
          value: 900,
          unit: "people",
          qualifier: null,
          what: "people displaced",
          whatSpan: null,
          place: null,
          period: null,
          source: "e1",
          sourceSpan: null,
          hxl: "#affected+idps",
        },
      ],
    });
    const mine = dossierDoc("d5", "2024-05-05", "The LRA counted 900 people displaced.", {
      entities: [entity("The LRA counted 900 people displaced.", "e1", "ORG", "LRA", ["LRA"])],
      figures: [
        {
          ...at("The LRA counted 900 people displaced.", "900"),
          value: 900,
          unit: "people",
          qualifier: null,
          what: "people displaced",
          whatSpan: null,
          place: null,
          period: null,
          source: "e1",
          sourceSpan: null,
          hxl: "#affected+idps",
        },
      ],
    });
    const kinds = findDivergences(buildSeries([other, mine], buildActors([other, mine]))).map((d) => d.kind);
    expect(kinds).toContain("attribution");
  });
});

describe("timeline", () => {
  const text = (s: string) => s;
  const A = text("Gunmen killed a nurse in Lomar on Sunday.");
  const B = text("A nurse was shot dead in Lomar at the weekend, officials said.");
  const ev = (t: string, trigger: string, time: number | null) => ({
    id: "v1",
    type: "killing",
    ...at(t, t.slice(0, -1)),
    trigger: at(t, trigger),
    participants: [],
    time,
    place: "e1",
  });
  const a = dossierDoc("a", "2024-06-03", A, {
    entities: [entity(A, "e1", "GPE", "Lomar", ["Lomar"])],
    times: [{ ...at(A, "Sunday"), type: "DATE", value: "2024-06-02", anchor: "published" }],
    events: [ev(A, "killed", 0)],
  });
  const b = dossierDoc("b", "2024-06-04", B, {
    entities: [entity(B, "e1", "GPE", "Lomar", ["Lomar"])],
    times: [{ ...at(B, "the weekend"), type: "DATE", value: "2024-06-02", anchor: "published" }],
    events: [ev(B, "shot dead", 0)],
  });

  it("turns two reports of one killing into one event with two reports", () => {
    const { events, reports } = buildTimeline([a, b], buildActors([a, b]));
    expect(reports).toBe(2);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "killing", when: "2024-06-02", place: "Lomar" });
    expect(events[0]?.reports.map((r) => r.docId)).toEqual(["a", "b"]);
    expect(filterTimeline(events, { from: "2024-07" })).toHaveLength(0);
    expect(filterTimeline(events, { from: "2024-06", to: "2024-06-30" })).toHaveLength(1);
  });

  it("keeps apart two killings of one document, and two reports that count different victims", () => {
    const C = "Gunmen killed 12 people in Lomar on Sunday. Soldiers killed 3 gunmen in Lomar on Sunday.";
    const D = "Gunmen killed 40 people in Lomar on Sunday.";
    const killing = (t: string, trigger: string, victim: string, nth = 0) => ({
      id: "v1",
      type: "killing",
      ...at(t, trigger, nth),
      trigger: at(t, trigger, nth),
      participants: [{ role: "victim" as const, entity: null, span: at(t, victim) }],
      time: nth,
      place: "e1",
    });
    const c = dossierDoc("c", "2024-06-03", C, {
      entities: [entity(C, "e1", "GPE", "Lomar", ["Lomar"])],
      times: [
        { ...at(C, "Sunday"), type: "DATE", value: "2024-06-02", anchor: "published" },
        { ...at(C, "Sunday", 1), type: "DATE", value: "2024-06-02", anchor: "published" },
      ],
      events: [killing(C, "killed", "12 people"), killing(C, "killed", "3 gunmen", 1)],
    });
    const d = dossierDoc("d", "2024-06-04", D, {
      entities: [entity(D, "e1", "GPE", "Lomar", ["Lomar"])],
      times: [{ ...at(D, "Sunday"), type: "DATE", value: "2024-06-02", anchor: "published" }],
      events: [killing(D, "killed", "40 people")],
    });
    const { events, reports } = buildTimeline([c, d], buildActors([c, d]));
    expect([reports, events.length]).toEqual([3, 3]);
  });
});

describe("positions across documents", () => {
  const A = "The council urged the government to open a humanitarian corridor along the river.";
  const B =
    "Aid groups want to open the river humanitarian corridor, the agency said. The army rejected a ceasefire.";
  const stance = (text: string, proposal: string, holderName: string, polarity: "support" | "oppose") => ({
    ...at(text, text.split(".")[0] as string),
    holder: null,
    holderName,
    proposal,
    polarity,
    condition: null,
  });
  const a = dossierDoc("pa", "2024-07-01", A, {
    proposals: [
      {
        id: "p1",
        label: "open humanitarian corridor along river",
        ...at(A, "open a humanitarian corridor along the river"),
        action: ["open"],
      },
    ],
    stances: [stance(A, "p1", "the council", "support")],
  });
  const b = dossierDoc("pb", "2024-07-02", B, {
    proposals: [
      {
        id: "p1",
        label: "open river humanitarian corridor",
        ...at(B, "open the river humanitarian corridor"),
        action: ["open"],
      },
      { id: "p2", label: "ceasefire", ...at(B, "a ceasefire") },
    ],
    stances: [stance(B, "p1", "Aid groups", "support"), stance(B, "p2", "The army", "oppose")],
  });

  it("groups paraphrased proposals of different reports into one column", () => {
    const p = buildPositions([a, b], buildActors([a, b]));
    expect(p.proposals.map((x) => x.label)).toEqual(["open humanitarian corridor along river", "ceasefire"]);
    const corridor = p.proposals[0]?.id;
    expect(p.cells.filter((c) => c.proposal === corridor).map((c) => c.actor)).toEqual([
      "the council",
      "Aid groups",
    ]);
  });
});
