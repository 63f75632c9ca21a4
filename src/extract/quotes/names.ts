import type { QuoteContext } from "./context.ts";
import { NAME_JOINERS } from "./lexicon.ts";
import type { TokenRange } from "./speaker.ts";

// Capitalised words that open sentences or name dates: never a speaker's name on their own.
const NOT_NAME = new Set(
  `on in at but and however yesterday today tonight meanwhile earlier later then also so still last next this
  that these those when while after before since as if though although for with by from during despite under
  now here there according it its we our what why how where who a an monday tuesday wednesday thursday
  friday saturday sunday january february march july september october november
  december mr. ms. mrs. dr. watch read more photo video each every any no all`.split(/\s+/),
);

/** "Office for the Coordination", "Bank of the Republic": two joiners inside one name. */
const JOINER_PAIR = /^(?:of|for)$/;

function isNameWord(ctx: QuoteContext, i: number): boolean {
  // "al-Burhan", "bin-Salman", "van-Dijk": a lower-case particle joined to a capitalised name.
  return (
    ctx.isCapital(i) ||
    /^[‑-]$/.test(ctx.word(i)) ||
    /^(?:al|el|bin|ibn|van|von|de|da|di|du)-\p{Lu}/u.test(ctx.word(i))
  );
}

/** Drops sentence openers and dates from both ends of a capitalised run; null when nothing is left. */
function trimRun(ctx: QuoteContext, first: number, last: number): TokenRange | null {
  let a = first;
  let b = last;
  while (a <= b && NOT_NAME.has(ctx.lower(a))) a++;
  while (b >= a && (NOT_NAME.has(ctx.lower(b)) || NAME_JOINERS.has(ctx.lower(b))) && ctx.word(b) !== ")") b--;
  return a <= b && ctx.isCapital(a) ? { first: a, last: b } : null;
}

/**
 * The capitalised name ending at token `k` (titles included: "UN Secretary-General Ana Reyes"),
 * with lower-case joiners inside ("Bank of Lima") and a bracketed acronym at the end ("(OFM)").
 */
export function nameEndingAt(ctx: QuoteContext, k: number, min: number): TokenRange | null {
  let j = k;
  if (ctx.word(k) === ")") {
    while (j > min && j > k - 6 && ctx.word(j) !== "(") j--;
    if (ctx.word(j) !== "(") return null;
    j--;
  }
  if (j < min || !ctx.isCapital(j)) return null;
  while (j - 1 >= min) {
    if (isNameWord(ctx, j - 1)) j--;
    else if (NAME_JOINERS.has(ctx.word(j - 1)) && j - 2 >= min && ctx.isCapital(j - 2)) j -= 2;
    else if (
      ctx.word(j - 1) === "the" &&
      JOINER_PAIR.test(ctx.word(j - 2)) &&
      j - 3 >= min &&
      ctx.isCapital(j - 3)
    )
      j -= 3;
    else break;
  }
  return trimRun(ctx, j, k);
}

/** The capitalised name starting at token `k` ("Ana Reyes", "the UN’s Office for Migration (OFM)"). */
export function nameAfter(ctx: QuoteContext, k: number, max: number): TokenRange | null {
  if (k > max || !ctx.isCapital(k)) return null;
  let last = k;
  for (let i = k + 1; i <= max; i++) {
    const w = ctx.word(i);
    if (isNameWord(ctx, i)) last = i;
    else if (NAME_JOINERS.has(w) && i + 1 <= max && ctx.isCapital(i + 1)) continue;
    else if (JOINER_PAIR.test(w) && ctx.word(i + 1) === "the" && i + 2 <= max && ctx.isCapital(i + 2)) i++;
    else if (w === "(" && i + 2 <= max && ctx.isCapital(i + 1) && ctx.word(i + 2) === ")") {
      last = i + 2;
      i += 2;
    } else break;
  }
  return trimRun(ctx, k, last);
}
