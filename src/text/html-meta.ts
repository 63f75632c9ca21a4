import type { DocMetaInput } from "../model/doc.ts";

type Meta = { title: string | null; byline: string | null; published: string | null; url: string | null };

/** Reads title, author, publication date and canonical URL from meta tags, then JSON-LD. */
export function htmlMetadata(document: Document): Meta & DocMetaInput {
  const metaContent = (...selectors: string[]): string | null => {
    for (const sel of selectors) {
      const value = document.querySelector(sel)?.getAttribute("content")?.trim();
      if (value) return value;
    }
    return null;
  };
  const ld = jsonLd(document);
  const title =
    metaContent('meta[property="og:title"]', 'meta[name="twitter:title"]') ??
    ld.headline ??
    document.querySelector("title")?.textContent?.trim() ??
    null;
  const byline = metaContent('meta[name="author"]', 'meta[property="article:author"]') ?? ld.author;
  const publishedRaw =
    metaContent(
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="parsely-pub-date"]',
      'meta[itemprop="datePublished"]',
    ) ??
    ld.datePublished ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    metaContent('meta[property="og:url"]');
  return { title: title || null, byline, published: toIsoDate(publishedRaw), url: url ?? null };
}

/** The date part of an ISO-like timestamp ("2025-02-26T10:00:00Z" → "2025-02-26"), or null. */
export function toIsoDate(raw: string | null): string | null {
  const m = raw ? /(\d{4})-(\d{2})-(\d{2})/.exec(raw) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

interface LdFacts {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
}

/** The first Article-like object in the page's JSON-LD blocks; malformed blocks are skipped. */
function jsonLd(document: Document): LdFacts {
  const facts: LdFacts = { headline: null, author: null, datePublished: null };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const item of flatten(data)) {
      facts.headline ??= str(item.headline);
      facts.datePublished ??= str(item.datePublished);
      const author = Array.isArray(item.author) ? item.author[0] : item.author;
      facts.author ??= typeof author === "string" ? author : str((author as Record<string, unknown>)?.name);
    }
  }
  return facts;
}

function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (data && typeof data === "object") {
    const o = data as Record<string, unknown>;
    return [o, ...(o["@graph"] ? flatten(o["@graph"]) : [])];
  }
  return [];
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
