import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import { buildDoc } from "./build-doc.ts";
import { eventByTrigger, view } from "./expect-event.ts";

// Patterns from an audit of a flood report (written by us); published 2031-05-14.
describe("events: patterns from a disaster report", () => {
  it("reads 'forced N people from their homes' as displacement, the place kept apart from the agent", () => {
    const text =
      "Heavy flooding in Norvale province has forced more than 45,000 people from their homes since Monday.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "LOC", mentions: ["Norvale province"] }],
      times: [{ at: "Monday", value: "2031-05-12" }],
    });
    expect(eventByTrigger(doc, extractEvents(doc), "forced")).toMatchObject({
      type: "displacement",
      participants: { agent: "Heavy flooding", victim: "more than 45,000 people" },
      place: "e1",
      time: "2031-05-12",
    });
  });

  it("does not read 'forced' without leaving a home, nor 'displacement camps', as displacement", () => {
    const text =
      "The strike forced the port to close. Cholera could spread to crowded displacement camps. The voting machines failed.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => doc.slice(e.trigger))).toEqual([]);
  });

  it("keeps two different counts of victims as two happenings", () => {
    const text =
      "Officials said at least 31 people had died in the floods. A cyclone struck the coast last year, killing more than 100 people.";
    const doc = buildDoc(text, { times: [{ at: "last year", value: "2030" }] });
    const events = extractEvents(doc);
    expect(events.map((e) => [e.type, doc.slice(e.trigger)])).toEqual([
      ["death", "died"],
      ["killing", "killing"],
    ]);
    expect(view(doc, events[0] as never).time).toBeNull();
  });

  it("finds the subject before a relative clause and takes no date from it", () => {
    const text =
      "President Ilse Marn, who visited the region on Wednesday, called on international partners to act now.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "PERSON", mentions: ["Ilse Marn"] }],
      times: [
        { at: "Wednesday", value: "2031-05-14" },
        { at: "now", value: "PRESENT_REF" },
      ],
    });
    expect(eventByTrigger(doc, extractEvents(doc), "called on")).toMatchObject({
      type: "request",
      participants: { agent: "President Ilse Marn", recipient: "international partners" },
      entities: { agent: "e1" },
      time: null,
    });
  });

  it("keeps a hyphenated age inside the victim phrase", () => {
    const text = "She is a 34-year-old mother of four who fled the town.";
    const doc = buildDoc(text);
    expect(eventByTrigger(doc, extractEvents(doc), "fled").participants).toEqual({
      victim: "a 34-year-old mother of four",
    });
  });
});

describe("events: patterns from a conflict report", () => {
  it("takes 'nearly 3,000 people' as the victim, and the fighting, not one side, as the agent", () => {
    const text =
      "Fighting between government forces and rebels has killed nearly 3,000 people since January.";
    const doc = buildDoc(text);
    expect(eventByTrigger(doc, extractEvents(doc), "killed").participants).toEqual({
      agent: "Fighting between government forces and rebels",
      victim: "nearly 3,000 people",
    });
  });

  it("reads sending monitors as a deployment", () => {
    const text = "Norland sent civilian monitors to the border last week.";
    const doc = buildDoc(text);
    expect(eventByTrigger(doc, extractEvents(doc), "sent")).toMatchObject({
      type: "deployment",
      participants: { agent: "Norland", theme: "civilian monitors" },
    });
  });
});

describe("events: a request that goes on past an aside", () => {
  it("gives 'and urging' the subject of 'calling on', across an aside between dashes", () => {
    const text =
      "The Harbour Union is calling on the warring parties – the Kessel Army and the Delta Front – to allow access, and urging donors to act.";
    const doc = buildDoc(text, { entities: [{ id: "e1", type: "ORG", mentions: ["Harbour Union"] }] });
    expect(eventByTrigger(doc, extractEvents(doc), "urging")).toMatchObject({
      type: "request",
      participants: { agent: "The Harbour Union", recipient: "donors" },
      entities: { agent: "e1" },
    });
  });
});

describe("events: participles before counts, and hostages taken", () => {
  it("reads ', killing some 1,200 people and taking about 250 hostages' as two events", () => {
    const text =
      "Militants stormed the town on Oct. 7, killing some 1,200 people and taking about 250 hostages.";
    const doc = buildDoc(text, { times: [{ at: "Oct. 7", value: "2030-10-07" }] });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "killing")).toMatchObject({
      type: "killing",
      participants: { victim: "some 1,200 people" },
      time: "2030-10-07",
    });
    expect(eventByTrigger(doc, events, "taking")).toMatchObject({
      type: "kidnapping",
      participants: { victim: "about 250 hostages" },
    });
  });

  it("keeps a count of a named group and another count apart, even on the same day", () => {
    const text =
      "More than 30,000 Velorans have been killed since the war began on Oct. 7, when militants raided the border, killing some 1,200 people.";
    const doc = buildDoc(text, {
      entities: [{ id: "e1", type: "NORP", mentions: ["Velorans"] }],
      times: [{ at: "Oct. 7", value: "2030-10-07" }],
    });
    expect(extractEvents(doc).map((e) => doc.slice(e.trigger))).toEqual(["killed", "raided", "killing"]);
  });
});

describe("events: planned by a noun", () => {
  it("does not assert what a proposal or a bid is for", () => {
    const text =
      "Members clashed over a proposal to send monitors to the border. Norland withdrew its troops.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => doc.slice(e.trigger))).toEqual(["withdrew"]);
  });
});

describe("events: participles of a clause, and counts without their auxiliary", () => {
  it("gives a participle after a comma the subject of the clause before it", () => {
    const text =
      "Since April, more than 800,000 people have crossed the border, fleeing the war. Militants stormed the town, killing 12 people and taking 30 hostages.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "fleeing").participants).toEqual({
      victim: "more than 800,000 people",
    });
    expect(eventByTrigger(doc, events, "killing").participants).toEqual({
      agent: "Militants",
      victim: "12 people",
    });
    expect(eventByTrigger(doc, events, "taking").participants).toEqual({
      agent: "Militants",
      victim: "30 hostages",
    });
  });

  it("reads '559 injured and 223 abducted' as passives, and a funding level as no event", () => {
    const text =
      "In all, 862 people were killed and 223 abducted. The response plan, which seeks $1.8 billion, was 48 per cent funded.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "abducted").participants).toEqual({ victim: "223" });
    expect(events.map((e) => doc.slice(e.trigger))).toEqual(["killed", "abducted"]);
  });
});

describe("events: listed parties", () => {
  it("gives each listed name its own participant, and merges a later mention of one of them", () => {
    const text = "Norland, Velmora and Tarsa sent rescuers on Sunday. Velmora sent rescuers on Sunday too.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "GPE", mentions: ["Norland"] },
        { id: "e2", type: "GPE", mentions: ["Velmora", { text: "Velmora", nth: 2 }] },
        { id: "e3", type: "GPE", mentions: ["Tarsa"] },
      ],
      times: [
        { at: "Sunday", value: "2031-05-11" },
        { at: { text: "Sunday", nth: 2 }, value: "2031-05-11" },
      ],
    });
    const events = extractEvents(doc);
    expect(events).toHaveLength(1);
    expect(events[0]?.participants.map((p) => [p.role, p.entity ?? doc.slice(p.span)])).toEqual([
      ["agent", "e1"],
      ["agent", "e2"],
      ["agent", "e3"],
      ["theme", "rescuers"],
    ]);
    expect(events[0]?.mentions).toHaveLength(2);
  });
});

describe("events: vague counts and habits", () => {
  it("takes 'tens of thousands of people' whole, and no habit in a relative clause as an event", () => {
    const text =
      "The war has killed tens of thousands of people. The army would not talk to a militia that occupies homes and kills civilians.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(events.map((e) => doc.slice(e.trigger))).toEqual(["killed"]);
    expect(eventByTrigger(doc, events, "killed").participants).toEqual({
      agent: "The war",
      victim: "tens of thousands of people",
    });
  });
});

describe("events: deaths found and told briefly", () => {
  it("reads 'both died', 'bodies were found', 'police found two bodies' and 'fatally wounded'", () => {
    const text =
      "The sheriff said both died at the scene. Three bodies were found in a home. Police found two bodies near the river. A guard was fatally wounded.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => [e.type, doc.slice(e.trigger)])).toEqual([
      ["death", "died"],
      ["death", "bodies were found"],
      ["death", "found"],
      ["killing", "fatally wounded"],
    ]);
  });
});

describe("events: gunfire", () => {
  it("reads shots fired and heard as attacks, and keeps 'shot and killed' a killing", () => {
    const text =
      "Shots rang out near the market. Soldiers fired shots at the crowd, residents said. Shots were fired at a bus. A guard was shot and killed.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => [e.type, doc.slice(e.trigger)])).toEqual([
      ["attack", "Shots rang out"],
      ["attack", "fired"],
      ["attack", "Shots were fired"],
      ["killing", "shot and killed"],
    ]);
  });
});

describe("events: deaths in set phrases", () => {
  it("reads 'lost their lives', 'took his own life' and 'suicide' as deaths", () => {
    const text =
      "Twelve migrants lost their lives at sea. The gunman later took his own life. Police said the death was a suicide.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(events.map((e) => [e.type, doc.slice(e.trigger)])).toEqual([
      ["death", "lost their lives"],
      ["death", "took his own life"],
      ["death", "death"],
    ]);
    expect(eventByTrigger(doc, events, "lost their lives").participants).toEqual({
      victim: "Twelve migrants",
    });
  });
});

describe("events: captures and hijackings", () => {
  it("reads a capture as an arrest and a hijacking as a kidnapping", () => {
    const text = "The navy captured nine pirates on Monday. Gunmen hijacked a tanker off the coast.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => [e.type, doc.slice(e.trigger)])).toEqual([
      ["arrest", "captured"],
      ["kidnapping", "hijacked"],
    ]);
  });
});

describe("events: lines of a situation report", () => {
  it("reads '183K people displaced' as a passive headline, and 'US' as no pronoun", () => {
    const text =
      "KEY FIGURES\n183K people displaced\nUS$16.5M required\n\nTwelve civilians killed in the north.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "displaced").participants).toEqual({ victim: "183K people" });
    expect(eventByTrigger(doc, events, "killed").participants).toEqual({ victim: "Twelve civilians" });
  });
});

describe("events: a headline and its lead", () => {
  it("takes the head before a chain of places as the agent, and merges the headline's count with the lead's", () => {
    const text =
      "Strikes kill 12 in the south\n\nStrikes on villages in the southern hills killed 12 people on Sunday, officials said.";
    const doc = buildDoc(text, { times: [{ at: "Sunday", value: "2031-05-11" }] });
    const events = extractEvents(doc);
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions.map((m) => doc.slice(m))).toEqual(["kill", "killed"]);
    expect(events[0]?.participants.map((p) => [p.role, doc.slice(p.span)])).toEqual([
      ["agent", "Strikes"],
      ["victim", "12"],
    ]);
  });
});

describe("events: letters and appeals of a UN-style text", () => {
  it("takes the person in apposition as the agent, reads no list in an apposition, and no arrest in 'to release detained protesters'", () => {
    const text =
      "In a letter addressed to the envoy, the President of the Council, Ana Reyes, requested the deployment of a force. The group called on the authorities to release detained protesters and urged donors to act.";
    const doc = buildDoc(text, {
      entities: [
        { id: "e1", type: "PERSON", mentions: ["Ana Reyes"] },
        { id: "e2", type: "ORG", mentions: ["Council"] },
      ],
    });
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "requested").participants).toEqual({ agent: "Ana Reyes" });
    expect(events.map((e) => doc.slice(e.trigger))).not.toContain("detained");
    expect(eventByTrigger(doc, events, "urged").participants).toEqual({
      agent: "The group",
      recipient: "donors",
    });
  });
});

describe("events: a strike reported the next day", () => {
  it("takes the subject of 'struck' for 'killing at least seven people', and not the day it was reported", () => {
    const text =
      "Missiles struck the city twice in 24 hours, killing at least seven people, the governor said on Friday.";
    const doc = buildDoc(text, { times: [{ at: "Friday", value: "2031-05-09" }] });
    expect(eventByTrigger(doc, extractEvents(doc), "killing")).toMatchObject({
      participants: { agent: "Missiles", victim: "at least seven people" },
      time: null,
    });
  });
});

describe("events: agents behind 'by' and 'and'", () => {
  it("takes 'An airstrike by the army on a village … killed' whole at its head, and 'he … and called for' from the clause", () => {
    const text =
      "An airstrike by the army on a village in the north killed at least 50 people. He said he was horrified and called for an inquiry. A rights group that tracks killings and arrests counted them.";
    const doc = buildDoc(text);
    const events = extractEvents(doc);
    expect(eventByTrigger(doc, events, "killed").participants).toEqual({
      agent: "An airstrike",
      victim: "at least 50 people",
    });
    expect(eventByTrigger(doc, events, "called for").participants).toMatchObject({ agent: "he" });
    expect(events.map((e) => doc.slice(e.trigger))).not.toContain("arrests");
  });
});

describe("events: participles as adjectives after prepositions", () => {
  it("reads no displacement in 'food for displaced families'", () => {
    const text = "The trucks carried food for displaced families. Floods displaced 300 families.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => doc.slice(e.trigger))).toEqual(["displaced"]);
    expect(eventByTrigger(doc, extractEvents(doc), "displaced").participants).toEqual({
      agent: "Floods",
      victim: "300 families",
    });
  });
});

describe("events: an -ing noun after 'as'", () => {
  it("reads no funding event in 'as funding dries up'", () => {
    const text = "Cholera cases surge as funding dries up.";
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => doc.slice(e.trigger))).toEqual([]);
  });
});
