import type { EntityType } from "../../model/layers.ts";
import { type Gazetteer, gazBit } from "./gazetteer.ts";
import type { NerType } from "./labels.ts";

const GPE_BITS = gazBit("country") | gazBit("region") | gazBit("city");
const NORP_BITS = gazBit("demonym") | gazBit("group");

/**
 * Maps a CoNLL type to sitrep's: PER → PERSON; ORG → ORG; LOC → GPE for countries, states and cities
 * in the gazetteer, else LOC; MISC → NORP for nationalities and religious/political/ethnic group
 * words ("Kenyan", "Sunni"), else MISC.
 */
export function sitrepType(type: NerType, forms: readonly string[], gazetteer: Gazetteer): EntityType {
  switch (type) {
    case "PER":
      return "PERSON";
    case "ORG":
      return "ORG";
    case "LOC":
      return gazetteer.lookupTokens(forms) & GPE_BITS ? "GPE" : "LOC";
    case "MISC":
      return gazetteer.lookupTokens(forms) & NORP_BITS ? "NORP" : "MISC";
  }
}
