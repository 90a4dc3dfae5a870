"""The body a title names: the country or organisation written before it ("Kenya's", "the Kenyan army",
"ANC"), read word by word back from the title, and the one a single word stands for.

Mixed into RoleRules, whose table and resolver it reads.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .arguments import Arg, token_span
from .branches import STATE_NOUNS, country_before
from .units import owned_cut

HONORIFICS = {"HRH", "HM", "HE", "H.E.", "HH"}
# "US House Speaker X", "the Kenyan parliament speaker": the office heads a chamber of the country's state.
LEGISLATURES = {"house", "senate", "parliament", "congress", "legislature"}
# "KMT caucus whip X": a party's group in the chamber; its officers are members of the party.
LEGISLATURES |= {"caucus"}
# "Senate President X", "US House Speaker Y": a chamber the recogniser left untagged, written capitalised, is a body
# of its own (institutions.py); its presiding officer leads it, and any other title is a member's.
CHAMBERS = {"senate", "house", "parliament", "congress"}
PRESIDING = {"president", "speaker", "chairman", "chairwoman", "chairperson", "chair"}
# A body's organs, whose members the title "member" names.
ORGANS = {"board", "committee", "council", "bureau", "politburo", "executive"}
# An institution named by its holder's office: "Public Protector X" heads it.
OFFICE_BODIES = {"public protector"}
# Body nouns that stand for a body named before when they qualify a title with no determiner ("party spokesman").
BARE_BODIES = {"party", "union", "company", "firm"}
# Ranks written before a body's name that qualify the title after it: "deputy Liberal leader".
RANKS = lexicon.DEPUTY_WORDS
# Titles of an envoy, whose post a body's name before them may give: "Chile's UN ambassador".
ENVOYS = {"ambassador", "envoy", "representative", "delegate"}
# The hyphen that joins a name to the word it qualifies ("Kremlin-backed").
HYPHENS = {"-", "–"}


class TitleBodies:
    def _bodies_before(self, doc, start: int, end: int) -> list[tuple[Arg, bool]]:
        """The country or body written before a title: the one nearest the title that nothing else qualifies."""
        through_government = False
        chamber = None
        i = end - 1
        while i >= start:
            token = doc[i]
            arg = self._body(token)
            if arg is not None and self._hyphened(token):
                return []
            if arg is not None:
                # "WOLA's Mexico director": the place names the post's region; the organisation is the body.
                if self.table.get(arg.mention).type in {"Country", "City", "Place"}:
                    # Only the organisation written right before the place: a possessive earlier in the
                    # sentence qualifies some other noun.
                    # "Lazada Malaysia CEO": or the organisation's name written right before the place's.
                    place = self.table.entity_at(token)
                    for j in range(i - 1, max(start, i - 3) - 1, -1):
                        ent = self.table.entity_at(doc[j])
                        if ent is not None and ent.label_ == "ORG" and (doc[j].dep_ == "poss" or place is not None
                                                                         and ent.end == place.start):
                            org = self._body(doc[j])
                            if org is not None:
                                return [(org, True)]  # a regional post: a member of the body, not its head
                # "Chile's UN ambassador": the body before an envoy's title is his post; the country before sends him.
                sender = self._sender(doc, start, token, end) if doc[end].lower_ in ENVOYS else None
                if sender is not None:
                    return [(sender, False)]
                # "Republican Senate leader": a party's officer; "US House Speaker": also the chamber's.
                chamber = chamber if self.table.get(arg.mention).type == "Country" else None
                # "deputy Liberal leader X": the rank before the body's name makes the title a deputy's.
                ent = self.table.entity_at(token)
                first = ent.start if ent is not None else token.i
                through_government |= first > 0 and doc[first - 1].lower_ in RANKS
                return [(arg, through_government)] + self._chamber(chamber, doc[end], arg)
            lemma = token.lemma_.lower()
            # "Analogix Inc (硅谷數模) business manager": a name's other writing in brackets stands between.
            if token.text == ")":
                i = next((k for k in range(i - 1, max(start, i - 5) - 1, -1) if doc[k].text == "("), i) - 1
                continue
            if token.pos_ in {"NOUN", "PROPN"}:
                if (chamber is None and token.lower_ in CHAMBERS and token.text[:1].isupper()
                        and self.table.entity_at(token) is None and not self._named_house(token)):
                    chamber = token
                # "the Red Cross country director": a post in one country of the body, a member of it.
                if lemma == "country" and token.i == end - 1:
                    through_government = True
                elif lemma in lexicon.GOVERNMENT_NOUNS or lemma in LEGISLATURES:
                    through_government = True
                # "Harwick board member X", "Fatah Central Committee member Y": a member of the body's organ is
                # one of the body.
                elif lemma in ORGANS and end < len(doc) and doc[end].lower_ == "member":
                    through_government = True
                elif lemma not in lexicon.DEPARTMENTS:
                    return []  # the name qualifies some other noun ("ruling party chairman", "Greens leader")
                elif lemma not in {"regional", "national", "international", "local"}:
                    # "EU foreign policy chief": a portfolio's head is a member; an "AFNQL Regional Chief" leads.
                    through_government = True
            i -= 1
        return self._chamber(chamber, doc[end], None) if end < len(doc) else []

    def _sender(self, doc, start: int, token: Token, end: int) -> Arg | None:
        """The country written right before the organisation an envoy is posted to ("Chile's", "Chilean")."""
        ent = self.table.entity_at(token)
        if ent is None or ent.label_ != "ORG" or ent.end != end:
            return None
        i = ent.start - 1
        i -= i >= start and doc[i].lower_ in {"'s", "’s"}
        country = self._body(doc[i]) if i >= start else None
        return country if country is not None and self.table.get(country.mention).type == "Country" else None

    def _hyphened(self, token: Token) -> bool:
        """ "Kremlin-backed leader X", "pro-Russian leader Y": a name hyphened to a word qualifies that word, not
        the title; the leader is not the body's."""
        doc = token.doc
        ent = self.table.entity_at(token)
        first, end = (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)
        # "Al Jama-ah councillor": a lower-case word after the hyphen may still be the name's.
        after = end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].is_lower \
            and doc[end + 1].pos_ in {"VERB", "ADJ"}
        before = first >= 2 and doc[first - 1].text in HYPHENS and doc[first - 2].lower_ in {"pro", "anti"}
        return after or before

    def office_holder(self, person: Arg, doc, start: int) -> list[tuple[Arg, str, Arg, Token]]:
        """(person, leaderOf, body, anchor) for "Public Protector (advocate) X", the name written right after."""
        i = start - 1
        if i > 0 and doc[i].lower_.strip(".") in {"advocate", "adv"}:
            i -= 1
        ent = self.table.entity_at(doc[i]) if i >= 0 else None
        if ent is None or ent.label_ != "ORG" or ent.end != i + 1:
            return []
        body = self.table.bodies.get((ent.start, ent.end))
        if body is None or body[0].lower() not in OFFICE_BODIES:
            return []
        return [(person, "leaderOf", Arg(self.table.add_entity(ent), (ent.start_char, ent.end_char)), ent.root)]

    def _unnamed_body(self, title: Token, noun: Token, arg: Arg | None) -> Arg | None:
        """ "head of the delegation", "leader of the opposition": the common noun is the body a head leads where
        no named body stands for it; a capitalised "the Commission" names a body of the story."""
        if arg is None and noun.lower_ in lexicon.HEADED_BODIES and noun.is_lower and noun.tag_ == "NN" \
                and title.lemma_.lower() in lexicon.LEADER_TITLES:
            return Arg(self.table.concept(noun), token_span(noun), "concept")
        return arg if arg is not None and arg.via == "concept" and noun.lower_ in lexicon.HEADED_BODIES else None

    def _named_house(self, token: Token) -> bool:
        # "White House", "State House", "Upper House": a capitalised word before the chamber, other than its
        # country, makes another name.
        if token.i == 0 or not token.nbor(-1).text[:1].isupper() or token.nbor(-1).is_sent_start:
            return False
        before = token.nbor(-1)
        ent = self.table.entity_at(before)
        return not (lexicon.demonym(before.text) or ent is not None and ent.label_ in {"GPE", "NORP"})

    def _chamber(self, chamber: Token | None, title: Token, country: Arg | None) -> list[tuple[Arg, bool]]:
        """The chamber written before a title, of the country written before it ("US House Speaker")."""
        if chamber is None:
            return []
        iso = None
        if country is not None:
            link = self.table.get(country.mention).link or ""
            iso = link.removeprefix("country:") if link.startswith("country:") else None
        mention = self.table.state_body(chamber.doc[chamber.i: chamber.i + 1], iso)
        return [(Arg(mention, token_span(chamber)), title.lower_ not in PRESIDING)]

    def _body(self, token: Token) -> Arg | None:
        ent = self.table.entity_at(token)
        if ent is not None and ent.label_ == "NORP" and ent.text.lower() in lexicon.PARTY_ADJECTIVES:
            return self._party_before(token.doc, token.i + 1)[0][0]  # "Republican senators": the party
        if ent is not None:
            if ent.label_ == "PERSON" or "://" in ent.text or ent.text.startswith("www."):
                return None
            # "aide-de-camp (ADC)": letters in brackets after a common noun abbreviate the noun, not a body.
            if ent.start >= 2 and token.doc[ent.start - 1].text == "(" and token.doc[ent.start - 2].is_lower:
                return None
            # A name read as one across a possessive holds two bodies. Where it is a body and its unit ("the
            # Senate's Budget Committee"), the title is the unit's and units.roles_in_units moves it there; other
            # such names are unclear. "People's Party" (one word before) is a single name. "the National
            # Teachers’ Federation": a plural's bare apostrophe belongs to the one name, unless the words before
            # it name a body of their own ("the House of Representatives' Committee").
            if ent.label_ == "ORG" and owned_cut(ent) is None and any((
                    t.text in {"'s", "’s"} or t.text in {"'", "’"} and not (t.nbor(-1).lower_.endswith("s") and all(
                        w.lower_ != "of" for w in token.doc[ent.start: t.i]))) and t.i - ent.start >= 2 for t in ent):
                return None
            # "foreign ministry", "Home", "Mexican Health" or "HRH" tagged as an organisation names no body.
            if ent.label_ != "ORG" or not (ent.text.islower() or ent.text.upper() in HONORIFICS or all(
                    t.lower_ in lexicon.DEPARTMENTS or t.lemma_.lower() in lexicon.GOVERNMENT_NOUNS
                    or lexicon.demonym(t.text) for t in ent)):
                args = self.args.resolve(token, concepts=False)
                return args[0] if args else None
        # "Its foreign minister", "a spokesman for the group", "His spokesman": see references.py.
        spoke = token.lower_ in {"his", "her"} and token.head.lower_ in {"spokesman", "spokeswoman", "spokesperson"}
        # "the ministry's director": a ministry named before; a bare "ministry" stays the country's (national.py).
        ref = self.args.references.resolve(token)[1] if spoke or token.lower_ in {"its", "ministry"} \
            | lexicon.BODY_NOUNS else None
        if ref is not None:
            return ref
        # "the country's ambassador": the one country the story names (none where it names several).
        if token.lower_ == "country" and token.dep_ == "poss" and any(c.lower_ == "the" for c in token.children):
            from .national import sole_country
            country = sole_country(self)
            return Arg(country, token_span(token), "coref") if country is not None else None
        # "Party spokesman X", "a union official": a body's noun with no word of its own before it, qualifying a
        # title, stands for the body of that kind named nearest before (references.py's "the party").
        if token.lower_ in BARE_BODIES and token.dep_ in {"compound", "nmod", "amod"} and token.i == token.left_edge.i \
                and token.head.lower_ in lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES | lexicon.WORKS_TITLES:
            return self.args.references._body(token)
        lower = token.lower_
        iso = lexicon.demonym(token.text) if token.pos_ in {"ADJ", "PROPN"} else None
        if iso:
            return Arg(self.table.country_for(token.doc[token.i: token.i + 1], iso), token_span(token), "demonym")
        # "the country's president, X": the country named last before it (as "the country's Interior Ministry").
        if token.dep_ == "poss" and lower in STATE_NOUNS and token.i > 0 and token.nbor(-1).lower_ == "the":
            return country_before(self, token.nbor(-1))
        if token.pos_ in {"NOUN", "PROPN"} and lower in {"opposition"}:  # "Opposition Leader X" too
            return Arg(self.table.concept(token), token_span(token), "concept")
        if token.pos_ == "NOUN" and token.dep_ == "poss" and lower in lexicon.BODY_NOUNS:
            return self.args.organisation_description(token)
        return None
