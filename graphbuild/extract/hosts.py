"""The host's side of a visit, read for home.py: "Under Secretary X of Ruritania met with the Deputy Minister of
Trade, Y" on a site or under a dateline of another country. The visitor's country is written beside the visitor;
the titled person met is the host country's, the one country the dateline and the site give other than the
visitor's. A story about the visitor's own country ("the Minister met the visiting Y") gives no such country.
"""
from __future__ import annotations

from spacy.tokens import Span

from .bare import surname
from .story import dateline_country, named_countries, url_country

# Verbs of a meeting whose subject is the visitor and whose object is the host: "met (with)", "held talks with".
MEETING = {"meet", "hold", "call"}


def host_country(rules, ent: Span, ties: dict[str, set[str]], dateline: str | None, url: str | None) -> str | None:
    """ISO code of the host country of the person ``ent`` names, met by a visitor of another country."""
    root = ent.root
    root = root.head if root.dep_ == "appos" else root  # "met with the Deputy Minister, Hon Y"
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ in {"with", "on"} else root.head
    if root.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() not in MEETING:
        return None
    # The subject, or the one person named before the verb where the parse found none ("Under Secretary X").
    subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
        e.root for e in ent.sent.ents if e.label_ == "PERSON" and e.end <= verb.i]
    visitors = rules.args.resolve(subjects[0], concepts=False) if len(subjects) == 1 else []
    if len(visitors) != 1 or rules.args.table.get(visitors[0].mention).type != "Person":
        return None
    # The visitor is tied to one country, and the sentence names no other.
    theirs = ties.get(surname(rules.args.table.get(visitors[0].mention).name), set())
    if len(theirs) != 1 or not all(isos <= theirs for _, _, isos, _ in named_countries(ent.sent)):
        return None
    hosts = {dateline_country(dateline), url_country(url)} - {None} - theirs
    named = {i for _, _, isos, _ in named_countries(ent.doc) for i in isos}
    return hosts.pop() if len(hosts) == 1 and hosts <= named else None
