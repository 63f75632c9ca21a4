import { describe, expect, it } from "vitest";
import { extractHtml, looksLikeHtml } from "../../src/text/html.ts";

const PAGE = `<!doctype html><html><head>
<title>Floods | The Valley Times</title>
<meta property="og:title" content="Floods cut off valley towns">
<meta property="article:published_time" content="2024-05-02T10:00:00+02:00">
<link rel="canonical" href="https://news.example/floods">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"}]}</script>
</head><body><nav>Home | World | Sport</nav>
<article><h1>Floods cut off valley towns</h1>
<p>The river rose&nbsp;overnight, officials in <b>Lomar</b> said on Tuesday. More than 2,000 people fled their homes as the water reached the main square.</p>
<p>“We lost everything,” said Marta Ilic, a farmer. <img src=x onerror="alert(1)"></p>
<script>document.title = "pwned"</script>
</article><footer>© 2024 The Valley Times</footer></body></html>`;

describe("HTML input", () => {
  it("detects HTML from content", () => {
    expect(looksLikeHtml(PAGE)).toBe(true);
    expect(looksLikeHtml("Plain text that mentions <b> tags.")).toBe(false);
  });

  it("extracts the article body as paragraphs (headline in meta), keeping non-breaking spaces", () => {
    const { text } = extractHtml(PAGE, "p.html");
    expect(text.split("\n\n")).toEqual([
      "The river rose\u00a0overnight, officials in Lomar said on Tuesday. More than 2,000 people fled their homes as the water reached the main square.",
      "“We lost everything,” said Marta Ilic, a farmer.",
    ]);
    expect(text).not.toContain("pwned");
    expect(text).not.toContain("Home | World");
  });

  it("leaves picture captions out of the article text", () => {
    const page = PAGE.replace(
      "<p>The river rose",
      "<figure><img src=a.jpg><figcaption>Water covers a road on Sunday. (Photo: Ana Ruiz)</figcaption></figure><p>The river rose",
    );
    const { text } = extractHtml(page, "p.html");
    expect(text).not.toContain("Water covers a road");
    expect(text).toContain("The river rose");
  });

  it("reads title, author, published date and URL from meta tags and JSON-LD", () => {
    expect(extractHtml(PAGE, "p.html").meta).toEqual({
      title: "Floods cut off valley towns",
      byline: "Ana Ruiz",
      published: "2024-05-02",
      url: "https://news.example/floods",
      format: "html",
    });
  });

  it("gets the text out of malformed HTML", () => {
    expect(extractHtml("<p>Unclosed <b>bold <i>and italic", "m.html").text).toBe("Unclosed bold and italic");
  });

  it("refuses a page with no text", () => {
    expect(() => extractHtml("<html><body><script>x()</script></body></html>", "e.html")).toThrow(
      /no article text/,
    );
  });
});
