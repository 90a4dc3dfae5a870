"""A national title written without its country ("Prime Minister X", "Climate Minister Y", "Crown Prince Z")
in an article that names one country and no other: the office is that country's.

Only offices of a state's own government count. A title that names some other body before it ("Liberal leader",
"Senate President") is left to the other rules, and so are envoys and ambassadors, who are as often foreign as
local: an article about one country names its visitors' offices without their country too.
"""
from __future__ import annotations

from spacy.tokens import Span

from ..resolve import leaders
from . import lexicon
from .arguments import Arg, token_span
from .story import dateline_country, named_countries
from .subnational import state_office
from .titled import CHAMBER_NOUNS, TITLE_WORDS, title_kind
from .titlekinds import FORMER

NATIONAL_LEADERS = {"president", "king", "queen", "emir", "sultan", "chancellor", "monarch", "emperor", "empress"}
# Words of address inside a title: "Crown Prince Sheikh X", "Retired General Sheikh Y", "HRH Crown Prince Z".
ADDRESS = {"sheikh", "sheikha", "his", "her", "highness", "majesty", "hrh", "hh", "dr", "hon", "retired",
           "excellency", "mr", "mrs", "ms"}
SPOKES = [["spokesman"], ["spokeswoman"], ["spokesperson"]]
# Posts of a state's government written after a name: "X, a government spokesman", "X, a senior cabinet official".
GOVERNMENT_POSTS = {"spokesman", "spokeswoman", "spokesperson", "official"}
GOVERNMENT_BODIES = {"government", "cabinet"}
# Governments below the state's: their posts are no country's.
LOCAL_WORDS = {"local", "provincial", "state", "regional", "municipal", "county", "city", "district", "opposition"}


def sole_country(rules) -> int | None:
    """The country mention of the one country the article names, or None when it names none or several.

    Every country name, demonym and known city in the text counts (story.named_countries), inside other names
    too ("South African Employment Ministry", "Durban"): a country the recogniser did not tag still makes the
    article's country unsure. A city's name found in several countries counts for each, and so does a dateline's
    country."""
    if not hasattr(rules, "_sole_country"):
        table = rules.table
        isos = set().union(*(isos for _, _, isos, _ in named_countries(table.doc)))
        mentions = [m.id for m in table.mentions[:table.named] if m.type == "Country" and "://" not in m.text
                    and (m.link or "").split(":")[-1] in isos]
        # A dateline from another country: the one country named may be the story's subject, not its home.
        home = dateline_country(getattr(rules, "dateline", None))
        rules._sole_country = mentions[0] if len(isos) == 1 and mentions and home in isos | {None} else None
    return rules._sole_country


def bare_title(doc, start: int) -> tuple[str, int] | None:
    """(kind, index of the title's head word) for a national title right before word ``start``, written with no
    body before it."""
    i = start - 1
    words = []
    # "Member of Parliament X": one of the state's lawmakers, when nothing qualifies the title.
    if start >= 3 and doc[start - 1].lower_ in CHAMBER_NOUNS and [t.lower_ for t in doc[start - 3: start - 1]] == [
            "member", "of"]:
        return None if start > 3 and _qualified(doc[start - 4]) else ("memberOf", start - 3)
    while i >= 0 and (doc[i].lower_.strip(".") in TITLE_WORDS | ADDRESS | lexicon.DEPARTMENTS
                      or doc[i].text in {"-", "–"}):
        words.insert(0, doc[i])
        i -= 1
    # "Cabinet Spokesman X", "government spokeswoman Y": the state's own spokesperson, nothing written before.
    if i >= 0 and doc[i].lower_ in {"cabinet", "government"} and [t.lower_ for t in words] in SPOKES \
            and not (i > 0 and _qualified(doc[i - 1])):
        return "spokespersonFor", words[-1].i
    # "Liberal leader X", "Senate President Y", "Kenya's minister": a body or qualifier stands before the title.
    if i >= 0 and _qualified(doc[i]):
        return None
    titles = [t for t in words if t.lower_ in TITLE_WORDS]
    if not titles:
        return None
    kind = title_kind([t.text for t in titles])
    head = titles[-1].lower_
    if kind == "leaderOf" and (head in NATIONAL_LEADERS or [t.lower_ for t in titles[-2:]] == ["prime", "minister"]):
        return kind, titles[-1].i
    # A bare "Prince" or "General" is as often a visitor's: only a minister or an heir is the state's own.
    if kind == "memberOf" and (head in NATIONAL_LEADERS | {"minister"} or [t.lower_ for t in titles[-2:]] in
                               (["crown", "prince"], ["crown", "princess"])):
        return kind, titles[-1].i
    return None


def _qualified(word) -> bool:
    # A name, a noun, a number or an adjective before a title qualifies it ("Liberal", "Senate", "Kenya's").
    return word.pos_ in {"PROPN", "NOUN", "NUM"} or word.pos_ == "ADJ" and word.lower_ not in FORMER \
        or word.lower_ in {"'s", "’s", "of"}


def portfolio_apposition(ent: Span) -> tuple[str, int] | None:
    """("memberOf", index of the title) for "the Minister of Tourism, X": the name in apposition to a minister
    whose of-phrase names a portfolio, no country or body, and nothing but a determiner or a rank before it."""
    doc, head = ent.doc, ent.root.head
    if ent.root.dep_ != "appos" or head.lower_ != "minister" or head.i >= ent.start \
            or "," not in doc[head.i: ent.start].text:
        return None
    if any(t.dep_ not in {"det", "amod", "compound"} or t.ent_type_ or t.lower_ not in {"the", "a"} | TITLE_WORDS
           for t in head.lefts):
        return None
    preps = [c for c in head.children if c.dep_ == "prep"]
    if len(preps) != 1 or preps[0].lower_ != "of" or preps[0].i != head.i + 1:
        return None
    # "Minister of Foreign Affairs of Chile", "Minister of Kenya": a named place or people is another rule's body.
    portfolio = list(preps[0].subtree)[1:]
    if not portfolio or any(t.ent_type_ in {"GPE", "NORP", "LOC", "PERSON"} or lexicon.demonym(t.text)
                            or t.is_alpha and not t.is_title and t.lower_ not in {"and", "of", "the", "for"}
                            for t in portfolio):
        return None
    return "memberOf", head.i


def government_apposition(ent: Span) -> tuple[str, int] | None:
    """(kind, index of the title) for "X, a government spokesman," and "a senior government official, X": a post
    in apposition whose body is the state's government written as a common noun, nothing else qualifying it."""
    root = ent.root
    titles = [c for c in root.children if c.dep_ == "appos"]
    titles += [root.head] if root.dep_ == "appos" and root.head.i < ent.start else []
    for title in (t for t in titles if t.lower_ in GOVERNMENT_POSTS | {"member"} and t.pos_ == "NOUN"):
        lefts = [t for t in title.subtree if t.i < title.i]
        # "a local government official", "a party's government spokesman", "an Ontario government official".
        if any(t.lower_ in LOCAL_WORDS or t.dep_ == "poss" or t.ent_type_ for t in lefts):
            continue
        # "a member of parliament" in a story of one country: one of its lawmakers.
        if title.lower_ == "member" and _parliament(title):
            return "memberOf", title.i
        # "an official of the ministry of X": an of-phrase names its own body.
        if any(c.dep_ == "prep" for c in title.children):
            continue
        if any(t.lower_ in GOVERNMENT_BODIES and t.dep_ in {"compound", "nmod", "amod"} and t.head.i == title.i
               for t in lefts):
            return ("spokespersonFor" if title.lower_.startswith("spokes") else "memberOf"), title.i
    return None


def _parliament(title) -> bool:
    """ "member of parliament", "a member of the legislature": the chamber as a bare common noun."""
    preps = [c for c in title.children if c.dep_ == "prep"]
    objs = [o for o in preps[0].children if o.dep_ == "pobj"] if len(preps) == 1 and preps[0].lower_ == "of" else []
    return len(objs) == 1 and objs[0].lower_ in CHAMBER_NOUNS and not objs[0].ent_type_ \
        and all(c.dep_ == "det" and c.lower_ == "the" for c in objs[0].children)


def bare_apposition(ent: Span) -> tuple[str, int] | None:
    """("leaderOf", index of the title) for "X, the president," and "The president, X,": a head's bare title in
    apposition to the name, with nothing before it but "the" or "former" and no phrase of its own."""
    root = ent.root
    titles = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for title in titles:
        phrase = [t.lower_ for t in title.lefts] + [title.lower_]
        words = [w for w in phrase if w not in {"the"} | FORMER]
        if words not in (["president"], ["king"], ["queen"], ["emir"], ["sultan"], ["prime", "minister"]):
            continue
        if title.tag_ != "NN" or any(c.dep_ in {"prep", "poss"} for c in title.children):
            continue
        return "leaderOf", title.i
    return None


def national_role(rules, person: Arg, ent: Span, start: int) -> list:
    """(person, kind, country, anchor) when the title before the name is national and the article names only
    one country."""
    # "Prime Minister L. Oyun-Erdene": the recogniser may leave an initial out of the name.
    while start > 0 and len(ent.doc[start - 1].text) == 2 and ent.doc[start - 1].text[0].isupper() \
            and ent.doc[start - 1].text[1] == ".":
        start -= 1
    # The story's one country first: it is cached per document, and None in most stories.
    country = sole_country(rules)
    if country is None:
        return []
    found = (bare_title(ent.doc, start) or portfolio_apposition(ent) or government_apposition(ent)
             or bare_apposition(ent))
    if found is None:
        return []
    kind, head = found
    # A king in a republic's story rules a people or another land, not the republic ("the Zulu King").
    link = rules.table.get(country).link or ""
    if state_office(ent.doc, head, ent, link.removeprefix("country:")):
        return []  # "State Health Minister X", or a bare minister in a state's story: the state's office
    if ent.doc[head].lower_ in leaders.MONARCHS and link.removeprefix("country:") in leaders.republics():
        return []
    # The title stands for the country in this sentence, as a demonym would.
    return [(person, kind, Arg(country, token_span(ent.doc[head]), "coref"), ent.doc[head])]
