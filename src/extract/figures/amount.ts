import { CURRENCY_CODES, CURRENCY_PREFIXES, CURRENCY_WORDS, MEASURE_UNITS, SCALES } from "./lexicon.ts";
import {
  CARDINAL_RE,
  cardinalValue,
  FRACTION_RE,
  fractionValue,
  trimCardinal,
  VAGUE_RE,
  vagueValue,
} from "./number-words.ts";

/** How a number was written. */
export type AmountKind = "digits" | "words" | "fraction" | "vague";

/** One amount: [currency] number [scale] [unit], e.g. "$1.5bn", "315 thousand", "85 per cent". */
export interface Amount {
  readonly start: number;
  readonly end: number;
  /** The number itself, without currency, scale or unit. */
  readonly coreStart: number;
  readonly coreEnd: number;
  readonly value: number;
  readonly kind: AmountKind;
  /** Currency code, measure unit, "fraction", or null when the counted noun decides later. */
  readonly unit: string | null;
  readonly scaled: boolean;
  /** True when the digits carry a thousands separator or a decimal part ("7,300", "1.041"). */
  readonly formatted: boolean;
}

const SP = String.raw`[\s\u00a0\u202f]`;
/** Digits: "7,300", "1.041", "7 300" with a non-breaking space; never inside a word ("G7", "COVID-19"). */
export const DIGITS_RE =
  /(?<![\p{L}\p{N}_])(?<!\p{L}[-‐‑])(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\p{N}])|\d+)(?:\.\d+)?/gu;
const SCALE_RE = new RegExp(
  String.raw`(?:${SP}?(?:thousand|million|billion|trillion|mn|mln|bn|tn|lakh|crore)|(?:m|k|b))(?![\p{L}\p{N}])`,
  "iuy",
);
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const UNIT_KEYS = [...MEASURE_UNITS.keys()].filter((k) => k !== "c").sort((a, b) => b.length - a.length);
const UNIT_RE = new RegExp(String.raw`${SP}?(${UNIT_KEYS.map(escapeRe).join("|")})(?![\p{L}\p{N}])`, "iuy");
const TEMPERATURE_RE = /[°º]?([CF])(?![\p{L}\p{N}])/uy;
const CURRENCY_WORD_RE = new RegExp(
  String.raw`${SP}+(${[...CURRENCY_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|")})(?![\p{L}\p{N}])`,
  "iuy",
);
const CODE_AFTER_RE = new RegExp(String.raw`${SP}?(${[...CURRENCY_CODES].join("|")})(?![\p{L}\p{N}])`, "uy");
const PREFIX_RE = new RegExp(
  String.raw`(?:(?<![\p{L}])(${[...CURRENCY_CODES].join("|")})${SP}?|(${CURRENCY_PREFIXES.map(([p]) => escapeRe(p)).join("|")})${SP}?)$`,
  "u",
);

const STICKY_CORES = (
  [
    [DIGITS_RE, "digits"],
    [VAGUE_RE, "vague"],
    [FRACTION_RE, "fraction"],
    [CARDINAL_RE, "words"],
  ] as const
).map(([re, kind]) => [new RegExp(re.source, `${re.flags.replace("g", "")}y`), kind] as const);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A bare number at `at`, in digits or words, or null. */
export function readCore(
  text: string,
  at: number,
): { end: number; value: number; kind: AmountKind; formatted: boolean } | null {
  // The longest reading wins: "half a million" over "half".
  const matches = STICKY_CORES.map(([re, kind]) => [sticky(re, text, at), kind] as const)
    .filter((x): x is readonly [RegExpExecArray, AmountKind] => x[0] !== null)
    .sort((a, b) => b[0][0].length - a[0][0].length);
  for (const [m, kind] of matches) {
    const raw = kind === "words" ? trimCardinal(m[0]) : m[0];
    const value =
      kind === "digits"
        ? Number.parseFloat(raw.replace(/[, \u00a0\u202f]/g, ""))
        : kind === "vague"
          ? vagueValue(raw)
          : kind === "fraction"
            ? fractionValue(raw)
            : cardinalValue(raw);
    if (value === null || Number.isNaN(value)) continue;
    return {
      end: at + raw.length,
      value,
      kind,
      formatted: kind === "digits" && /[,. \u00a0\u202f]/.test(raw),
    };
  }
  return null;
}

/** Reads currency, scale and unit around a number that starts at `coreStart`. */
export function readAmount(text: string, coreStart: number): Amount | null {
  const core = readCore(text, coreStart);
  if (!core) return null;
  let { value } = core;
  let end = core.end;
  let unit: string | null = core.kind === "fraction" ? "fraction" : null;
  let scaled = false;
  let start = coreStart;
  const before = PREFIX_RE.exec(text.slice(Math.max(0, coreStart - 6), coreStart));
  if (before) {
    start = coreStart - before[0].length;
    unit = before[1] ?? CURRENCY_PREFIXES.find(([p]) => p === before[2])?.[1] ?? null;
  }
  const scale = core.kind === "digits" ? sticky(SCALE_RE, text, end) : null;
  // A bare "80m" without currency is metres unless a counted noun follows ("1.2m households").
  const metres =
    scale?.[0] === "m" &&
    unit === null &&
    !/^\s+(?:[a-z]+s|people|children|personnel|staff)\b/.test(text.slice(end + 1, end + 30));
  if (scale && metres) {
    end += 1;
    unit = "m";
  } else if (scale) {
    value *= SCALES.get(scale[0].trim().toLowerCase()) ?? 1;
    end += scale[0].length;
    scaled = true;
  }
  if (unit === null && core.kind !== "fraction") {
    const code = sticky(CODE_AFTER_RE, text, end);
    const word = code ? null : sticky(CURRENCY_WORD_RE, text, end);
    const measure = code || word ? null : sticky(UNIT_RE, text, end);
    const temp = code || word || measure || scaled ? null : sticky(TEMPERATURE_RE, text, end);
    const hit = code ?? word ?? measure ?? temp;
    if (hit?.[1]) {
      const key = hit[1].toLowerCase();
      unit = code
        ? hit[1]
        : word
          ? (CURRENCY_WORDS.get(key) ?? key)
          : measure
            ? (MEASURE_UNITS.get(key) ?? key)
            : hit[1] === "C"
              ? "celsius"
              : "fahrenheit";
      end += hit[0].length;
    }
  }
  return {
    start,
    end,
    coreStart,
    coreEnd: core.end,
    value: Number(value.toPrecision(12)),
    kind: core.kind,
    unit,
    scaled,
    formatted: core.formatted,
  };
}

/** Start offsets of every number core in the text, in order, without overlaps. */
export function findCores(text: string): number[] {
  const hits: Array<{ start: number; end: number }> = [];
  for (const re of [DIGITS_RE, VAGUE_RE, FRACTION_RE, CARDINAL_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      hits.push({ start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const starts: number[] = [];
  let last = -1;
  for (const h of hits) {
    if (h.start < last) continue;
    starts.push(h.start);
    last = h.end;
  }
  return starts;
}
