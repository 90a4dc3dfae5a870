"""Who acts for a party: "X, who represents the Kestrel Mining Company", "X represented Tomas Verel in court"
(its lawyer or agent), and "X, an adviser to the president" (the person the story names as president): each
works for the party (the gold's worksFor).
"""
from __future__ import annotations

from spacy.tokens import Token

from .affiliation import PARTY_WORDS
from .arguments import Arg
from .clauses import agents, subject_tokens

# "represents the party in parliament", "represented the club at the games": a seat or a team, not a client.
SEATS = {"parliament", "congress", "senate", "assembly", "house", "constituency", "district", "ward", "games",
         "olympics", "championship", "tournament", "cup", "election", "elections"}


def represents(rules, verb: Token) -> list:
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "represent" or any(c.dep_ == "neg" for c in verb.children):
        return []
    if any(t.lower_ in SEATS for c in verb.children if c.dep_ == "prep" for t in c.subtree):
        return []
    clients = [c for c in verb.children if c.dep_ == "dobj"]
    counsel = subject_tokens(verb)
    # "X was represented by Y": the agent acts for the passive subject.
    if agents(verb):
        counsel, clients = agents(verb), [c for c in verb.children if c.dep_ == "nsubjpass"]
    out = []
    for f in rules._pairs(counsel, clients, "worksFor", verb, "verb.counsel"):
        name = rules.args.table.get(f.object.mention).name.lower().split()
        if (rules.mention_type(f.subject) == "Person" and rules.mention_type(f.object) in {"Person", "Organization"}
                and not set(name) & PARTY_WORDS):
            out.append(f)
    return out


# Who works for the holder of an office: "a senior adviser to the president", "Adviser to the President X".
STAFF = {"adviser", "advisor", "aide", "counsel", "counsellor", "counselor"}
# Offices one person holds in a story; "the president" is the one the article names with that title.
OFFICES = {"president", "premier", "king", "emir", "chancellor"}


def _holder(rules, office: str) -> list:
    """The one person the article titles ``office`` ("President Mara Quill"), as an Arg; none where it titles
    several."""
    table = rules.args.table
    held = [m for m in table.mentions[:table.named] if m.type == "Person" and (m.role or "").lower() == office]
    if not held or len({m.name for m in held}) != 1:
        return []
    return [Arg(held[0].id, (held[0].start, held[0].end), "coref")]


def office_staff(rules) -> list:
    """ "Tomas Verel, a senior adviser to the president," and "Senior Adviser to the President Tomas Verel": the
    aide works for the person the story names as president."""
    doc = rules.args.table.doc
    out = []
    for ent in rules.args.table.ents:
        if ent.label_ != "PERSON":
            continue
        # Before the name: "Adviser to the President" right before it.
        i = ent.start
        words = [t.lower_ for t in doc[max(0, i - 4): i]]
        office = None
        if len(words) == 4 and words[0] in STAFF and words[1:3] == ["to", "the"] and words[3] in OFFICES:
            office, anchor = words[3], doc[i - 4]
        # After it: ", a senior adviser to the president".
        j = ent.end
        if office is None and j < len(doc) and doc[j].text == ",":
            k = j + 1
            while k < len(doc) and k - j < 5 and doc[k].lower_ not in STAFF and doc[k].pos_ in {"DET", "ADJ"}:
                k += 1
            tail = [t.lower_ for t in doc[k: k + 4]]
            if len(tail) == 4 and tail[0] in STAFF and tail[1:3] == ["to", "the"] and tail[3] in OFFICES \
                    and not (k + 4 < len(doc) and doc[k + 4].text[:1].isupper()):
                office, anchor = tail[3], doc[k]
        if office is None:
            continue
        for person in rules.args.resolve(ent.root, concepts=False):
            for boss in _holder(rules, office):
                if rules.mention_type(person) == "Person" and boss.mention != person.mention:
                    out.append(rules.make(person, "worksFor", boss, anchor, "noun.staff"))
    return out
