"""Resolution across articles: one entity per real thing, with a deterministic key and a merge ledger."""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from ..records import DocExtraction, Entity, Mention, ResolvedCorpus
from . import gazetteer
from .people import PersonNames
from .gazetteer import fold

# When mentions of one name disagree on type and no rule decides, the earlier type wins.
TYPE_PRIORITY = ("Person", "Country", "Organization", "City", "Place", "Event", "Group", "Concept")

RESOLVERS: dict[str, Callable[[Sequence[DocExtraction]], ResolvedCorpus]] = {}


def register_resolver(name: str):
    def wrap(func):
        RESOLVERS[name] = func
        return func

    return wrap


def slug(text: str) -> str:
    return fold(text).replace(" ", "-") or "unnamed"


def _gazetteer_key(mention: Mention) -> tuple[str, str, str] | None:
    """(key, type, canonical label) for a mention the gazetteer knows."""
    if not mention.link:
        return None
    kind, _, value = mention.link.partition(":")
    if kind == "country":
        return f"country/{value.lower()}", "Country", gazetteer.countries()[value].name
    if kind == "city":
        return f"city/{value.lower()}/{slug(mention.name)}", "City", mention.name
    if kind == "org":
        return f"organization/{slug(value)}", "Organization", value
    if kind == "concept":
        return f"concept/{slug(value)}", "Concept", mention.name
    return None


@register_resolver("graphbuild.rules.v1")
def resolve(extractions: Sequence[DocExtraction], *, known_people: Sequence[str] = ()) -> ResolvedCorpus:
    """``known_people`` are full names already in a store, so that "Maduro" arriving alone in a later
    article joins the "Nicolas Maduro" built on an earlier day."""
    mentions = [(ex.article.id, m) for ex in extractions for m in ex.mentions]
    known_labels = {fold(name): name for name in known_people if len(fold(name).split()) > 1}
    full_names = Counter({name: 1 for name in known_labels})
    by_article: dict[str, set[str]] = defaultdict(set)
    for article_id, m in mentions:
        if m.type == "Person":
            folded = fold(m.name)
            by_article[article_id].add(folded)
            if len(folded.split()) > 1:
                full_names[folded] += 1
    people = PersonNames(full_names, by_article)

    groups: dict[str, list[tuple[str, Mention, str]]] = defaultdict(list)  # name key -> (article, mention, rule)
    fixed: dict[str, tuple[str, str]] = {}  # key -> (type, label) decided by the gazetteer
    for article_id, m in mentions:
        known = _gazetteer_key(m)
        if known:
            key, type_, label = known
            fixed[key] = (type_, label)
            rule = _gazetteer_rule(m.text, type_, label)
            groups[key].append((article_id, m, rule))
            continue
        folded, rule = fold(m.name), "exact"
        # The model sometimes tags a bare surname as an organisation or place: names decide here.
        if m.type in {"Person", "Organization", "Place"}:
            folded, moved = people.resolve(folded, article_id)
            if moved and (m.type == "Person" or moved in {"surname", "spelling"}):
                rule = moved
            else:
                folded = fold(m.name)
        groups[f"name/{folded}"].append((article_id, m, rule))

    entities: list[Entity] = []
    assignments: list[tuple[str, int, str]] = []
    for group_key in sorted(groups):
        members = groups[group_key]
        if group_key in fixed:
            type_, label = fixed[group_key]
            key, note = group_key, None
            if type_ == "Concept":
                label = _label([m.name for _, m, _ in members])
        else:
            type_, note = _vote([m.type for _, m, _ in members])
            label = known_labels.get(group_key[5:]) or _label([m.name for _, m, _ in members])
            key = f"{type_.lower()}/{slug(group_key[5:])}"
        # A capital standing for its country is recorded in the ledger, not offered as another name.
        aliases = sorted({n for _, m, rule in members if rule != "metonymy" for n in (m.name, m.text)} - {label})
        ledger = sorted({f"{_ledger_rule(rule, m.name, label)}\t{m.text}\t{article_id}"
                         for article_id, m, rule in members if m.text != label})
        entities.append(Entity(key=key, type=type_, label=label, aliases=tuple(aliases),
                               same_as=_links(key, type_, members), merge_rules=tuple(ledger), type_note=note))
        assignments += [(article_id, m.id, key) for article_id, m, _ in members]
    return ResolvedCorpus(extractions=tuple(extractions), entities=tuple(entities),
                          assignments=tuple(sorted(assignments)))


def _gazetteer_rule(surface: str, type_: str, label: str) -> str:
    """How a surface form reached a gazetteer entity: a capital for its government, a demonym, an alias."""
    folded = fold(surface)
    if type_ == "Country" and folded in gazetteer.capitals():
        return "metonymy"
    if type_ == "Country" and folded in gazetteer.demonyms():
        return "demonym"
    return "exact" if folded == fold(label) else "gazetteer"


def _ledger_rule(rule: str, name: str, label: str) -> str:
    # Names that differ from the label only in accents or case say so; "exact" otherwise.
    if rule in {"exact", "accent-fold"}:
        return "accent-fold" if name != label and fold(name) == fold(label) else "exact"
    return rule


def _vote(types: list[str]) -> tuple[str, str | None]:
    counts = Counter(types)
    if len(counts) == 1:
        return types[0], None
    # Person beats other labels for the same name: the model's usual slip is a surname tagged ORG.
    best = max(counts, key=lambda t: (t == "Person", counts[t], -TYPE_PRIORITY.index(t)))
    seen = ", ".join(f"{t} x{n}" for t, n in sorted(counts.items()))
    return best, f"mentions disagreed ({seen}); {best} chosen by rule person-first, then majority"


def _label(names: list[str]) -> str:
    # The fullest form, then the most frequent, then one with accents kept ("Guaidó" over "Guaido").
    counts = Counter(names)
    return max(counts, key=lambda n: (len(n.split()), counts[n], _has_accents(n), n))


def _has_accents(name: str) -> bool:
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFKD", name))


def _links(key: str, type_: str, members) -> tuple[str, ...]:
    """owl:sameAs targets from the shipped tables: GeoNames, and Wikidata where its ID is known."""
    links = []
    if type_ in {"Country", "City"}:
        iso = key.split("/")[1].upper()
        name = "" if type_ == "Country" else fold(members[0][1].name)
        geonameid = (gazetteer.countries()[iso].geonameid if type_ == "Country"
                     else gazetteer.city_geonameids().get((name, iso)))
        if geonameid:
            links.append(gazetteer.GEONAMES.format(geonameid))
        qid = gazetteer.wikidata_ids().get((type_.lower(), iso, name))
        if qid:
            links.append(gazetteer.WIKIDATA.format(qid))
    return tuple(links)
