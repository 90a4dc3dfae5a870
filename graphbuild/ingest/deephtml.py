"""Text of an HTML page nested deeper than lxml parses (libxml2 stops at 256 levels and drops the rest).

trafilatura reads pages through lxml, so the prose of such a page is lost; the standard library's
tokenizer has no depth limit, and is used for these pages alone.
"""
from __future__ import annotations

from html.parser import HTMLParser

LXML_DEPTH = 255
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "header", "footer", "aside",
                     "form", "button", "select", "iframe", "object"})
_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
                    "blockquote", "pre", "td", "dd", "dt", "figcaption", "main", "body"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = self.max_depth = 0
        self.hidden = 0  # how many hidden elements enclose the current position
        self.blocks: list[list[str]] = [[]]
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            if tag == "br":
                self.blocks.append([])
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.hidden += tag in _HIDDEN
        self.in_title = tag == "title"
        if tag in _BLOCK:
            self.blocks.append([])

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        self.depth = max(self.depth - 1, 0)
        self.hidden = max(self.hidden - (tag in _HIDDEN), 0)
        self.in_title = False
        if tag in _BLOCK:
            self.blocks.append([])

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.blocks[-1].append(data)


def deep_page_text(raw: str) -> tuple[str, list[str]] | None:
    """(title, text blocks) when the page nests deeper than lxml reads, else None."""
    parser = _Text()
    parser.feed(raw)
    parser.close()
    if parser.max_depth <= LXML_DEPTH:
        return None
    blocks = [" ".join("".join(b).split()) for b in parser.blocks]
    return " ".join("".join(parser.title).split()), [b for b in blocks if b]
