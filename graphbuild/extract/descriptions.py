"""Definite descriptions: "the emir", "the Turkish leader", "the group", "his host".

Each binds to the one person given that title, or the one body of that kind named nearest, or nothing; "the
government" alone binds to the story's country."""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..resolve import gazetteer
from . import lexicon
from .story import named_countries

FORMER = {"former", "ex", "late", "outgoing", "then"}
# Heads of state and government: "the Turkish leader" is the one of them named before.
HEADS = {"president", "prime minister", "premier", "king", "queen", "emir", "chancellor", "sultan", "leader",
         "monarch", "crown prince"}
PREMIER = {"premier", "prime minister"}
PERSON_NOUNS = lexicon.LEADER_TITLES | lexicon.MEMBER_TITLES | {"premier", "envoy", "spokesman", "spokeswoman"}
# Nouns for a body; a name must contain the noun unless it is generic.
BODY_NOUNS = {"group", "company", "firm", "organisation", "organization", "bloc", "ministry", "league",
              "party", "movement", "alliance", "militia", "agency", "bank", "union", "council", "army"}
# "president of the federation": a body named before by a name with that word in it ("Westland Farmers Federation").
BODY_NOUNS |= {"federation", "confederation", "association", "commission", "committee", "authority", "bureau",
               "foundation", "coalition", "front", "chamber", "society"}
# "The court ruled against X" after "the Supreme Court heard ...": a verdict's subject is the court named before.
BODY_NOUNS |= {"court", "tribunal"}
# Words of a party's name other than "party": "the party" may stand for the "Green Alliance" or a "National Front".
PARTY_NAME_WORDS = {"front", "congress", "movement", "alliance", "partido", "parti", "partei"}
# Read as any body: "Forbes & Company" is not "the company" more than any other firm is.
GENERIC_BODIES = {"group", "organisation", "organization", "movement", "militia", "company", "firm"}


# Nouns for a state's rulers: "the government" alone stands for a country (Descriptions.government).
STATE_NOUNS = {"government", "regime"}


class Descriptions:
    """Mixed into References, which supplies resolve, _arg, _key and _sentence_starts."""

    def _host(self, token: Token):
        """ "Sisi thanked his host": whoever the text said hosted the guest, when one person did."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        handled, guest = self.resolve(owner) if self.table.entity_at(owner) is None else (True, None)
        ent = self.table.entity_at(owner)
        guest_key = (gazetteer.fold(self.table.get(guest.mention).name) if guest is not None
                     else self._key(ent) if ent is not None else None)
        if guest_key is None:
            return None
        hosts = {}
        for verb in self.doc[: token.i]:
            if verb.lemma_ != "host" or verb.pos_ != "VERB":
                continue
            guests = [g for o in verb.children if o.dep_ == "dobj" for g in o.subtree]  # all the guests
            if not any((e := self.table.entity_at(g)) is not None and e.label_ == "PERSON" and self._same(
                    self._key(e), guest_key) for g in guests):
                continue
            for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                host = self.table.entity_at(subj)
                if host is not None and host.label_ == "PERSON":
                    hosts[self._key(host)] = host
        return self._arg(next(iter(hosts.values())), token) if len(hosts) == 1 else None

    @staticmethod
    def _same(one: str, other: str) -> bool:
        """ "sisi" and "abdel fattah al sisi" name one person."""
        a, b = set(one.split()), set(other.split())
        return a <= b or b <= a

    # -- definite descriptions -----------------------------------------------------------------
    def _title_table(self) -> list[tuple[Span, set[str], set[str]]]:
        """Every person named with a title: the words of the title and the countries it names."""
        if self._titles is None:
            self._titles = []
            for ent in self.table.ents:
                if ent.label_ != "PERSON":
                    continue
                words = self._title_words(ent)
                if words:
                    nations = {iso for w in words for iso in [lexicon.demonym(w) or gazetteer.country_of(w)] if iso}
                    self._titles.append((ent, {w.lower() for w in words}, nations))
        return self._titles

    def _title_words(self, ent: Span) -> list[str]:
        doc, words = self.doc, []
        # "Egyptian President Abdel Fattah al-Sisi", "Qatar's Emir Sheikh Tamim"
        i = ent.start - 1
        while i >= ent.sent.start and (doc[i].pos_ in {"PROPN", "NOUN", "ADJ"} or doc[i].lower_ in {"'s", "and"}):
            words.append(doc[i].text)
            i -= 1
        words += [t.text for t in ent if t.lower_ in PERSON_NOUNS | lexicon.TITLE_PARTS]
        # "the secretary-general of the Arab League, Ahmed Aboul Gheit"; "Ahmed Attaf, Algeria's foreign minister"
        root = ent.root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            words += [t.text for t in root.head.subtree if t.i < ent.start or t.i >= ent.end]
        for child in root.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN":
                words += [t.text for t in child.subtree]
        return words

    def _titled(self, token: Token):
        phrase = self._phrase(token)
        nations = {iso for c in token.children if c.dep_ in {"amod", "compound", "nmod"}
                   for iso in [lexicon.demonym(c.text) or gazetteer.country_of(c.text)] if iso}
        # "the premier" after "Prime Minister X", and the other way round: one office.
        wanted = HEADS if phrase == "leader" else PREMIER if phrase in PREMIER else {phrase}
        former = any(c.lower_ in FORMER for c in token.children)
        found: dict[str, Span] = {}
        for ent, words, ent_nations in self._title_table():
            if ent.start >= token.i:
                break
            text = " ".join(sorted(words))
            if not any((w in words) if " " not in w else (w in text or set(w.split()) <= words) for w in wanted):
                continue
            # "the former president" is the one named as former, and only he.
            if (bool(words & FORMER) != former) or nations and ent_nations != nations:
                continue
            found[self._key(ent)] = ent
        # The same person under a shorter name later is one candidate, not two.
        keys = list(found)
        distinct = [k for k in keys if not any(k != o and set(k.split()) < set(o.split()) for o in keys)]
        if len(distinct) > 1 and not nations:
            distinct = self._at_home(distinct)
        if len(distinct) != 1:
            return None
        return self._arg(found[distinct[0]], token)

    def _at_home(self, keys: list[str]) -> list[str]:
        """ "the president" in a story about Mexico that names "US President Biden" too: of several holders,
        those the text gives no title of another country than the story's."""
        home = self.table.home
        if home is None:
            return keys
        abroad = {self._key(ent) for ent, _, ent_nations in self._title_table() if ent_nations - {home}}
        return [k for k in keys if not any(self._same(k, o) for o in abroad)]

    def _body(self, token: Token):
        """ "the group", "the league": the latest body of that kind, unless two stand equally near."""
        noun = token.lower_
        for sent in self._sentence_starts(token):
            end = token.i if sent == token.sent else sent.end
            bodies = {}
            for ent in self._entities_between(sent.start, end):
                if ent.label_ != "ORG":
                    continue
                words = {t.lower_ for t in ent}
                # "the party" after "the Green Alliance": a party's name need not hold the word "party".
                named_kind = noun not in GENERIC_BODIES and (noun in words or noun == "party" and len(ent) > 1
                                                             and bool(words & PARTY_NAME_WORDS))
                if not (named_kind or noun in GENERIC_BODIES):
                    continue
                arg = self._arg(ent, token)
                if self.table.get(arg.mention).type in {"Organization", "Group"}:
                    bodies[gazetteer.fold(self.table.get(arg.mention).name)] = arg
            if len(bodies) == 1:
                return next(iter(bodies.values()))
            if bodies:
                return None
        return None

    def government(self, token: Token):
        """ "the government" alone: the story's country (story.story_country), unless the text named another
        country's government before it; in a story of no one country, the one country whose government the
        text named before, when it names no country more often. Another qualifier ("the previous government",
        "the government in Kabul") leaves it alone."""
        if token.lemma_.lower() not in STATE_NOUNS or token.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
                c.dep_ not in {"det", "punct"} for c in token.children):
            return None
        owned = {link: arg for at, link, arg in self._governments() if at < token.i}
        home = self.table.home
        if home is not None and set(owned) - {home} or home is None and (len(owned) != 1
                                                                         or next(iter(owned)) != self._most_named()):
            return None
        from .arguments import Arg, token_span

        iso = home or next(iter(owned))
        mention = owned[iso].mention if iso in owned else next(
            (m.id for m in self.table.mentions[:self.table.named] if m.link == f"country:{iso}"), None)
        if mention is None:
            mention = self.table.country_for(self.doc[token.i: token.i + 1], iso)
        return Arg(mention, token_span(token), "government")

    def _governments(self) -> list:
        """(token, country link, Arg) for each state noun the text gives a country: "Kenya's government"."""
        if self._owned is None:
            self._owned = []
            for token in self.doc:
                if token.lemma_.lower() in STATE_NOUNS and token.pos_ == "NOUN":
                    owner = self.resolver.government_owner(token)
                    link = (self.table.get(owner.mention).link or "") if owner is not None else ""
                    if link.startswith("country:"):
                        self._owned.append((token.i, link[8:], owner))
        return self._owned

    def _most_named(self) -> str | None:
        """The one country the text names most often by name or place (a demonym counts half)."""
        if self._most is None:
            self._most = (self._count_named(),)
        return self._most[0]

    def _count_named(self) -> str | None:
        counts: dict[str, float] = {}
        for _, _, isos, how in named_countries(self.doc):
            if len(isos) == 1:
                iso = next(iter(isos))
                counts[iso] = counts.get(iso, 0) + (0.5 if how == "demonym" else 1)
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return max(counts, key=counts.get)
