"""Lines of a saved web page that are not the article's prose: bylines, captions, navigation, sharing.

Each rule looks at one whole line and is anchored, so a sentence that merely starts with the same word
("By the end of the year ...", "Credit unions ...", "Subscribers complained ...") is kept.
"""
from __future__ import annotations

import re

# "By Jane Doe", "BY JANE DOE, Staff Reporter", "Written by Ana Ruiz | Lima |": names, not a clause.
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|di|du|la|le|der|van|von|bin|bint|ibn|abu|al|el|and|&))*"
# The words around the name match in any case; the name's words must be capitalised ("By the way" is prose).
BYLINE = re.compile(rf"^(?i:(?:(?:written|reported|story|text)\s+)?by)\s*:?\s+(?P<name>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
                    rf"(?:\s*[,|/–—-]\s*[\w .'’]{{0,40}})*\s*[|]?\s*$")
_ROLE = re.compile(r"\b(?:reporter|correspondent|writer|editor|staff|bureau|desk|contributor)s?\b", re.I)
_BY_WORD = re.compile(r"^(?:written|reported|story|text)?\s*by\b", re.I)
# A line that is only an agency or a staff credit.
_CREDIT_ONLY = re.compile(
    r"^\(?(?:reuters|afp|ap|xinhua|ips|ians|pti|ani|mena|wam|spa|kuna|bernama|anadolu(?: agency)?|efe|dpa|ansa|"
    r"(?:our\s+)?(?:staff|special|senior)?\s*(?:reporter|correspondent|writer)s?|staff|agencies|news desk|web desk|"
    r"(?:[\w.]+\s+){0,3}(?:news\s+)?(?:desk|bureau)|afp\s*/\s*[\w ]+|reuters\s*/\s*[\w ]+)\)?\.?$", re.I)
# Photo captions and credits: "Photo: ...", "File photo", "© Name/Outlet", "(Photo/Xinhua)" at a line's end.
_CAPTION = re.compile(
    r"^(?:(?:file\s+)?(?:photo|picture|image|pic|video)s?(?:\s+(?:credit|courtesy|by|caption|source))?\s*[:/|—–-]"
    r"|(?:file|representative|representational|illustrative)\s+(?:photo|image|picture)\b"
    r"|(?:photo|image)\s+(?:credit|courtesy|by)\b|credits?\s*:|courtesy\s*:|courtesy\s+of\s+[^.]{0,50}$|©|\(c\)\s|copyright\b"
    r"|all rights reserved|\[?\(?(?:photo|file|image)\s*/)", re.I)
_CAPTION_END = re.compile(
    r"[(\[](?:(?:photo|file photo|image|video|pic)\s*[:/]\s*[^)\]]{1,60}|(?:xinhua|afp|reuters|ap|getty images|ians|pti|"
    r"agencies|file)\s*/\s*[^)\]]{1,50}|(?-i:[A-Z][\w .'’-]{1,30}/[A-Z][\w .'’-]{1,40}))[)\]]\.?\s*$", re.I)
# Links to other stories, sharing, subscriptions, cookies, tags, advertising.
_NAVIGATION = re.compile(
    r"^(?:read\s+(?:more|also|next|the full)|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|content|coverage))?\s*:?\s*$"
    r"|related\s*:|recommended(?:\s+for\s+you)?\s*:?\s*$|more\s+(?:from|on|stories|news)\b.{0,60}$|you\s+may\s+(?:also\s+)?like"
    r"|don'?t\s+miss|trending(?:\s+now)?\s*:?\s*$|most\s+(?:read|popular)|share\s+(?:this|on|via|the)|share\s*:|share\s*$"
    r"|follow\s+us\b|follow\s+(?:the\s+)?\w+(?:\s+\w+)?\s+on\s+(?:twitter|facebook|instagram|telegram|whatsapp|google)"
    r"|click\s+here|tap\s+here|subscribe\s+(?:now|to|today|for|here|and)|subscribe\s*$|subscriber\s+only|sign\s+up\s+(?:for|to|now)"
    r"|get\s+(?:the\s+latest|our)\b.{0,60}(?:newsletter|updates|app)|newsletter\s*:|download\s+(?:the|our)\s+\w+\s+app"
    r"|join\s+(?:our|us\s+on)\s+(?:whatsapp|telegram|channel)|we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies"
    r"|(?:accept|manage)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences)|by\s+(?:continuing|using)\s+(?:to\s+)?(?:browse|use|this)"
    r"|tags?\s*:|topics?\s*:|keywords?\s*:|filed\s+under\s*:|advertisement\s*$|sponsored(?:\s+content)?\s*$|listen\s+to\s+(?:this|the)\s+article"
    r"|print\s*$|email\s*$|comments?\s*(?:\(\d+\))?\s*$|leave\s+a\s+(?:comment|reply)|view\s+all\s*$|show\s+more\s*$|load\s+more\s*$)",
    re.I)
# After a "Read more:" or "Also read:" header come the linked headlines, one a line, with no closing stop.
_LIST_HEADER = re.compile(
    r"^(?:(?:read\s+more|also\s+read|see\s+also|related(?:\s+(?:articles?|stories|news|content|coverage|links))?"
    r"|more\s+(?:stories|news)|recommended(?:\s+for\s+you)?|subscriber\s+only\s+stories|trending(?:\s+now)?|most\s+read"
    r"|don'?t\s+miss)\s*:?\s*(?:view\s+all)?|more\s+(?:on|from|about)\s+[^.!?:]{1,40}:)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?\"'”’)]\s*$")
# Paywalled teasers glue the label to the headline: "... port reopensPremium".
_TEASER = re.compile(r"[a-z.…]Premium\s*$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)\s*$")


def byline_name(line: str) -> str | None:
    """The name in a byline ("By Jane Doe" -> "Jane Doe"), None when the line is prose ("By the end of ...")."""
    if len(line) > 100 or not _BY_WORD.match(line) or _SENTENCE_END.search(line.rstrip("|").rstrip()) and line.count(" ") > 6:
        return None
    match = BYLINE.match(line.strip())
    if not match:
        return None
    # "JANE DOE, Staff Reporter": the role after the comma is not part of the name.
    parts = [p.strip() for p in match.group("name").split(",")]
    names = [p for p in parts if p and not _ROLE.search(p)]
    return ", ".join(names) or parts[0]


# The words a furniture line can open with (every rule above is anchored on one of these); a line opening
# with another word, and not ending in a credit or a teaser, is prose and skips the rules.
# Wire agencies, named alone in a credit or a dateline's brackets.
AGENCIES = frozenset("reuters afp ap xinhua ips ians pti ani mena wam spa kuna bernama anadolu efe dpa ansa".split())
OPENERS = AGENCIES | frozenset("""by written reported story text our staff special senior reporter reporters
correspondent correspondents writer writers agencies news web file photo photos picture pictures image images pic pics video videos representative representational
illustrative credit credits courtesy c copyright all read also see related recommended more you don dont trending most
share follow click tap subscribe subscriber sign get newsletter download join we this accept manage cookie tags tag topics
topic keywords keyword filed advertisement sponsored listen print email comments comment leave view show load""".split())
# How a caption credit or a paywall teaser ends a line.
TAILS = (")", "]", ").", "].", "Premium")
_FIRST_WORD = re.compile(r"[^\w©]*([A-Za-z]+|©)")


def first_word(text: str) -> str:
    """The first word of a line, lower-cased ("©" counts as one); "" when it opens with none."""
    found = _FIRST_WORD.match(text)
    return found.group(1).lower() if found else ""


def may_be_furniture(text: str) -> bool:
    """False for a line no furniture rule can match, decided without running them."""
    if text.endswith(TAILS):
        return True
    if len(text) <= 60 and ("desk" in text.lower() or "bureau" in text.lower()):
        return True
    return first_word(text) in OPENERS or text.startswith("©")


def kind(line: str) -> str | None:
    """What boilerplate ``line`` is (byline, credit, caption, navigation, teaser), or None for prose."""
    text = line.strip()
    if not text or len(text) > 300 or not may_be_furniture(text):
        return None
    if byline_name(text):
        return "byline"
    if len(text) <= 60 and _CREDIT_ONLY.match(text):
        return "credit"
    if _CAPTION.match(text) or _CAPTION_END.search(text):
        return "caption"
    if _NAVIGATION.match(text) and (len(text) < 160 or not _SENTENCE_END.search(text)):
        return "navigation"
    if len(text) < 160 and _TEASER.search(text):
        return "teaser"
    return None


def opens_list(line: str) -> bool:
    """A header such as "ALSO READ:" whose following headline lines are links, not prose."""
    text = line.strip()
    return len(text) <= 80 and bool(_LIST_HEADER.match(text))


def is_headline_item(line: str) -> bool:
    """A linked headline under such a header: short, and with no closing stop (a cut-off "..." is one)."""
    text = line.strip()
    return 0 < len(text) <= 200 and (not _SENTENCE_END.search(text) or bool(_ELLIPSIS.search(text))
                                     or bool(_TEASER.search(text)))
