import { describe, expect, it } from "vitest";
import { quoteStarting, quotes, run } from "./helpers.ts";

describe("quotation marks", () => {
  it("takes content between curly marks, without the marks or the closing comma", () => {
    const text = "“The convoy reached the river at dawn,” Amara Okafor said.";
    const q = quoteStarting(text, "The convoy");
    expect(q.content).toBe("The convoy reached the river at dawn");
    expect(q.direct).toBe(true);
  });

  it("takes content between straight marks", () => {
    const text = 'Tomasz Wierzbicki said: "We will stay as long as we are needed."';
    expect(quoteStarting(text, "We will").content).toBe("We will stay as long as we are needed.");
  });

  it("keeps single quotes nested in double ones inside one quotation", () => {
    const text = "“They told us ‘wait for the trucks’ and then left,” said Okafor.";
    const all = quotes(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.content).toBe("They told us ‘wait for the trucks’ and then left");
  });

  it("does not take apostrophes for quotation marks", () => {
    const text =
      "Wierzbicki’ wrote, “The clinics shouldn’t close, and the nurses’ union agrees with the villagers’ request.”";
    const all = quotes(text);
    expect(all).toHaveLength(1);
    expect(all[0]?.content).toBe(
      "The clinics shouldn’t close, and the nurses’ union agrees with the villagers’ request.",
    );
    expect(all[0]?.by).toBe("Wierzbicki");
  });

  it("gives each paragraph of a long quotation its own span and the same speaker", () => {
    const text =
      "Okafor wrote in the report:\n\n“The first paragraph ends here.\n\n“The second one closes it.”\n\nThe end.";
    const first = quoteStarting(text, "The first");
    const second = quoteStarting(text, "The second");
    expect(first.content).toBe("The first paragraph ends here.");
    expect(second.content).toBe("The second one closes it.");
    expect(first.by).toBe("Okafor");
    expect(second.by).toBe("Okafor");
    expect(run(text).messages.filter((m) => m.rule === "quote.unbalanced")).toHaveLength(0);
  });

  it("reports an unbalanced mark and never lets the span run past its paragraph", () => {
    const text = "“The water is gone, Okafor said.\n\nThe next paragraph is narration and no quote at all.";
    const doc = run(text);
    const msgs = doc.messages.filter((m) => m.rule === "quote.unbalanced");
    expect(msgs).toHaveLength(1);
    const paragraphEnd = text.indexOf("\n");
    for (const q of doc.get("quotes")) expect(q.end).toBeLessThanOrEqual(paragraphEnd);
  });

  it("reports a closing mark without an opening one", () => {
    const doc = run("The water is gone,” Okafor said. Nobody answered.");
    expect(doc.messages.some((m) => m.rule === "quote.unbalanced")).toBe(true);
  });
});
