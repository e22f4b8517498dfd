"""A web page saved from a UN site (.html, .htm) -> the text of its document, one block a line.

BeautifulSoup with lxml parses the page, however old or broken its markup, and finds its
encoding (a GB2312 page of the 2000s as well as today's UTF-8). Scripts, styles, forms and the
site's chrome (navigation, header, footer, menus, breadcrumbs) are dropped, and so is a line
made of nothing but links (a menu written as plain links). Every block element (a paragraph,
a heading, a list item, a table row) becomes one line, a table row's cells separated by a tab,
`<hr>` a rule line (footnotes follow one), and `<pre>` text keeps its own lines.
"""
from __future__ import annotations

import re
from pathlib import Path

from kg.errors import InputError

DROPPED = {"script", "style", "noscript", "template", "head", "nav", "header", "footer", "aside", "form",
           "button", "select", "iframe", "svg", "object", "embed", "map"}
CHROME = re.compile(r"^(?:nav|navbar|navigation|menu|menubar|breadcrumbs?|header|footer|sidebar|"
                    r"site-?(?:header|footer|nav)|skip.*|cookie.*|toolbar|share|social)$", re.I)
CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar"}
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article",
          "main", "blockquote", "dd", "dt", "dl", "ul", "ol", "center", "address", "caption", "body",
          "tbody", "thead", "figure", "figcaption"}
CELLS = {"td", "th"}
CJK_NEWLINE = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s*\n\s*(?=[\u3000-\u9fff\uff00-\uffef])")
LONGEST_MENU_LINE = 80  # characters; a line of links longer than this is text with links in it
RULE = "_" * 18


def html_text(path: Path, data: bytes) -> str:
    """The document's text from a saved web page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "lxml")
    if soup.body is None and soup.find() is None:
        raise InputError(f"{path}: no HTML found in this .html file; save the page again or give its text")
    lines = _Lines()
    _walk(soup.body or soup, lines, in_link=False)
    lines.flush()
    return "\n".join(lines.out)


class _Lines:
    """Text gathered into lines; a line made only of link text is a menu entry, dropped."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pieces: list[str] = []
        self.plain = False  # the line holds text outside links

    def text(self, text: str, *, in_link: bool) -> None:
        if re.search(r"\w", text):  # separators between links (`|`, `·`) do not make a line text
            self.plain = self.plain or not in_link
        self.pieces.append(text)

    def flush(self) -> None:
        line = "".join(self.pieces)
        line = re.sub(r"[ \r\n\f\v]+", " ", CJK_NEWLINE.sub("", line)).strip(" ")
        if line.strip() and (self.plain or len(line) > LONGEST_MENU_LINE):
            self.out.append(line)
        self.pieces, self.plain = [], False

    def raw(self, text: str) -> None:
        """Preformatted text: its lines as they are."""
        self.flush()
        self.out += [line.rstrip() for line in text.splitlines() if line.strip()]


def _walk(node, lines: _Lines, *, in_link: bool) -> None:
    from bs4 import Comment, NavigableString, Tag

    for child in node.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            lines.text(str(child), in_link=in_link)
            continue
        if not isinstance(child, Tag) or _is_chrome(child):
            continue
        name = child.name
        if name == "br":
            lines.flush()
        elif name == "hr":
            lines.flush()
            lines.out.append(RULE)
        elif name == "pre":
            lines.raw(child.get_text())
        elif name in CELLS:
            if child.find_previous_sibling(CELLS):  # a tab between cells, none before a row's first
                lines.text("\t", in_link=True)
            _walk(child, lines, in_link=in_link)
        elif name in BLOCKS:
            lines.flush()
            _walk(child, lines, in_link=in_link)
            lines.flush()
        else:
            _walk(child, lines, in_link=in_link or name == "a")


def _is_chrome(tag) -> bool:
    """Scripts, styles and the site's navigation, header and footer: not the document."""
    if tag.name in DROPPED:
        return True
    if (tag.get("role") or "").lower() in CHROME_ROLES or tag.get("hidden") is not None:
        return True
    names = list(tag.get("class") or []) + ([tag.get("id")] if tag.get("id") else [])
    return any(CHROME.match(name) for name in names)
