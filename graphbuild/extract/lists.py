"""Names that fill one slot together although the parser did not coordinate them: "its rivals, such as Israel and
Saudi Arabia", "his counterparts, Raisi and Putin", "Prime Minister A, Foreign Minister B and Director C attended"."""
from __future__ import annotations

from spacy.tokens import Token

# Plural nouns for people that a list of names after a comma may spell out: "his counterparts, A and B".
PEOPLE_NOUNS = {"counterpart", "leader", "minister", "official", "president", "envoy", "diplomat", "delegate",
                "ambassador", "head", "lawmaker", "senator", "guest"}


def _lists(prep: Token) -> bool:
    return prep.dep_ == "prep" and (prep.lower_ == "including" or prep.lower_ == "as" and any(
        g.lower_ == "such" for g in prep.children))


def examples(resolver, token: Token, *, agent: bool, nested: bool = False) -> list:
    """The names a plural common noun lists. A singular one is left alone: in "attended the summit, including
    Museveni" the list is mostly a wrong attachment and belongs to whoever attended."""
    from .arguments import Arg

    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return []
    preps = [c for c in token.children if _lists(c)]
    # "accuses its rivals abroad, such as Israel": the parser may hang the list on the verb after the object.
    obj = token.head if token.dep_ == "conj" else token
    if obj.dep_ == "dobj":
        preps += [c for c in obj.head.children if _lists(c) and c.i > token.i]
    listed = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    listed += _detached(resolver, token)
    out = []
    for first in listed:
        for tok in [first, *first.conjuncts]:
            ent = resolver.table.entity_at(tok)
            if ent is not None:
                arg = resolver._entity(ent, agent=agent)
                out.append(Arg(arg.mention, arg.span, "example"))
            # "groups such as A and smaller groups such as B": a second plural hung on the first list has its own.
            elif tok is not first and not nested:
                out += examples(resolver, tok, agent=agent, nested=True)
    return out


def _detached(resolver, token: Token) -> list[Token]:
    """ "his Kenyan and Ghanaian counterparts, Dana Ruiz and Tomas Verel, in Nairobi": the parser may hang
    the names on the clause; right after the comma they still spell out the people the plural noun speaks of."""
    doc = token.doc
    if token.lemma_.lower() not in PEOPLE_NOUNS or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
        return []
    ent = resolver.table.entity_at(doc[token.i + 2])
    if ent is None or ent.label_ != "PERSON" or ent.start != token.i + 2:
        return []
    root = ent.root
    # Only a coordinated list of names: "counterparts, A and B".
    if not any(resolver.table.entity_at(c) is not None and resolver.table.entity_at(c).label_ == "PERSON"
               for c in root.conjuncts):
        return []
    return [root]


def titled_list(resolver, token: Token, *, agent: bool) -> list:
    """The people of a comma list of titled names in the slot's phrase: each part starts with a capitalised word
    and ends with a person's name; the last is joined by "and". A part that starts lower case ("a friend of X")
    or holds a verb ("who met X") stops the reading."""
    from .arguments import Arg

    ent = resolver.table.entity_at(token)
    if ent is None or ent.label_ != "PERSON":
        return []
    subtree = list(token.subtree)
    if any(t.pos_ in {"VERB", "AUX"} for t in subtree):
        return []
    parts, current = [], []
    for t in subtree:
        if t.text == "," or t.lower_ == "and" and t.dep_ == "cc":
            parts.append((current, t.lower_ == "and"))
            current = []
        else:
            current.append(t)
    parts.append((current, False))
    people, joined = [], False
    for i, (words, _) in enumerate(parts):
        if not words:
            continue
        last = resolver.table.entity_at(words[-1])
        if words[0].is_lower or words[0].pos_ not in {"PROPN"}:
            return []
        if last is not None and last.label_ == "PERSON" and last.end - 1 == words[-1].i:
            people.append(last)
            joined = joined or (i > 0 and parts[i - 1][1])
    if len(people) < 3 or not joined:
        return []
    out = []
    for person in people:
        arg = resolver._entity(person, agent=agent)
        out.append(Arg(arg.mention, arg.span, "apposition"))
    return out
