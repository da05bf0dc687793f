"""Articles saved as web pages, made at run time (tests and the benchmark), never stored."""

import html

# Invented outlets; each sample article becomes a page of one of them.
SITES = ("The Harbour Ledger", "Northfield Gazette", "Morning Dispatch", "Valley Courier", "The Quay Review")
FURNITURE = ("Home", "World", "Subscribe now", "Privacy policy", "Markets slide on rate fears", "Storm lashes the coast")
_HEADINGS = {"title": "h1", "heading": "h2"}


def page_of(article, site: str, menu_links: int = 0, script_kb: int = 0) -> str:
    """The article as a news site would serve it: its paragraphs in <article>, among a header,
    navigation, related stories and a footer, and its details in the page's metadata; a real
    site's page is heavier (a menu of hundreds of links, inline scripts of 100 KB and more)."""
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(menu_links))
    script = f"<script>var tracking = '{'x' * 1024 * script_kb}';</script>" if script_kb else ""
    body = "".join(
        f"<{_HEADINGS.get(p.kind, 'p')}>{html.escape(p.text)}</{_HEADINGS.get(p.kind, 'p')}>"
        for p in article.paragraphs
    )
    title = f"{article.title} | {site}" if article.title else site
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)}</title><meta property="og:site_name" content="{site}">
<meta name="author" content="Robin Quill"><meta property="article:published_time" content="2024-04-02T09:30:00Z">
{script}</head><body>
<header><a href="/">{site}</a><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">Subscribe now</a></li>{menu}</ul></nav></header>
<main><article>{body}</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Markets slide on rate fears</a></li>
<li><a href="/b">Storm lashes the coast</a></li></ul></aside></main>
<footer><p>© 2031 {site}. <a href="/privacy">Privacy policy</a></p></footer></body></html>"""
