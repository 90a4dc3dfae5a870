"""Party members named with their party and no title: "Jayadev Galla of the Telugu Desam Party said", "Tamaki from
the Democratic Party for the People", "Tom Hale (Labour Party)". A person "of" a party is one of its members; one
the article titles in any office is left to that title (a party's leader is written "of" it too), but a party in
brackets after the name holds whatever the title.
"""
from __future__ import annotations

from spacy.tokens import Token

from .arguments import Arg
from .bare import surname
from .found import ROLES
from .mentions import LEANINGS
from .shared import listed_names

# Words that make a name a party's ("Telugu Desam Party", "Partido Liberal").
PARTY_WORDS = {"party", "partido", "parti", "partei"}
# A party's standing written between "the" and its name.
STANDING = LEANINGS | {"governing", "opposition"}


def party_members(rules, found: list) -> list[tuple[Arg, str, Arg, Token]]:
    table, doc = rules.args.table, rules.doc
    titled = {surname(table.get(f.subject.mention).name) for f in found
              if f.predicate in ROLES and f.rule.startswith("role")}
    out = []
    held = {(f.subject.mention, f.object.mention) for f in found if f.predicate in ROLES}
    for ent in table.ents:
        if ent.label_ != "PERSON":
            continue
        # "A and B from the Unity Party": the party written after the list's last name.
        end = listed_names(table, ent)[-1].end
        if end + 2 >= len(doc) or doc[end].lower_ not in {"of", "from", "("}:
            continue
        j = end + 1 + (doc[end + 1].lower_ == "the")
        # "from the ruling Unity Party", "of the opposition Green Party".
        j += j < len(doc) - 1 and doc[j].lower_ in STANDING
        org = table.entity_at(doc[j])
        if org is None or org.label_ != "ORG" or org.start != j:
            continue
        # "Union Minister X (BJP Party)": the party in brackets right after the name, whatever office he holds.
        bracket = doc[end].text == "(" and end == ent.end
        if doc[end].text == "(" and not bracket:
            continue
        if bracket and (org.end >= len(doc) or doc[org.end].text != ")"):
            continue
        person = rules.args.resolve(ent.root, concepts=False)
        body = rules.args.resolve(org.root, concepts=False)
        if not person or not body or table.get(person[0].mention).type != "Person":
            continue
        # The party's name as written here or in full where the article defines its acronym.
        names = {org.text.lower(), table.get(body[0].mention).name.lower()}
        if not any(w in PARTY_WORDS for name in names for w in name.split()):
            continue
        if not bracket and surname(table.get(person[0].mention).name) in titled or (person[0].mention,
                                                                                   body[0].mention) in held:
            continue
        out.append((person[0], "memberOf", body[0], doc[end]))
    return out
