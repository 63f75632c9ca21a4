import { describe, expect, it } from "vitest";
import { extractEvents } from "../../../src/extract/events/stage.ts";
import { buildDoc } from "./build-doc.ts";

/** [trigger, type, modality] of every mention, non-factual ones included. */
function mentions(text: string): [string, string, string][] {
  const doc = buildDoc(text);
  return extractEvents(doc, { keepNonFactual: true }).map((e) => [doc.slice(e.trigger), e.type, e.modality]);
}

describe("events: negation and modality", () => {
  it.each([
    ["The guard was not killed.", "killed", "negated"],
    ["The guard wasn’t killed.", "killed", "negated"],
    ["Police never arrested the suspect.", "arrested", "negated"],
    ["The mayor does not explicitly request more troops.", "request", "negated"],
    ["The gang denied killing the guard.", "killing", "negated"],
    ["Troops could be deployed to the border.", "deployed", "hypothetical"],
    ["The army will withdraw next month.", "withdraw", "hypothetical"],
    ["Rebels threatened to kill the hostages.", "kill", "hypothetical"],
    ["Even if the mission reaches its full deployment, it will fail.", "deployment", "hypothetical"],
    ["Ministers discussed a possible deployment of police.", "deployment", "hypothetical"],
    ["The envoy called for the withdrawal of foreign troops.", "withdrawal", "hypothetical"],
    ["She did not request funding from donors.", "funding", "negated"],
    ["No civilians were killed in the raid.", "killed", "negated"],
    ["None of the hostages died.", "died", "negated"],
  ])("%s → %s is %s", (text, trigger, modality) => {
    const found = mentions(text).find(([t]) => t === trigger);
    expect(found?.[2]).toBe(modality);
    // Without the option the layer keeps asserted events only.
    const doc = buildDoc(text);
    expect(extractEvents(doc).map((e) => doc.slice(e.trigger))).not.toContain(trigger);
  });

  it("keeps the asserted request while dropping the action it asks for", () => {
    expect(mentions("The group published a report calling on the council to deploy troops.")).toEqual([
      ["published", "publication", "asserted"],
      ["calling on", "request", "asserted"],
      ["deploy", "deployment", "hypothetical"],
    ]);
  });

  it("keeps 'the first officer to be killed' as a factual killing", () => {
    expect(mentions("He was the first officer to be killed there.")).toEqual([
      ["killed", "killing", "asserted"],
    ]);
  });
});
