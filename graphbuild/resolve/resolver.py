"""Resolution across articles: one entity per real thing, with a deterministic key and a merge ledger."""
from __future__ import annotations

from dataclasses import replace
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from ..records import Article, DocExtraction, Entity, Mention, ResolvedCorpus
from . import gazetteer, kinds
from .abbreviations import abbreviations, person_initials, shortened
from .aliases import known_as
from .gazetteer import fold
from .keys import body_key, concept_key, named_concept_key, one_per_key, slug
from .names import display_name, family_word, person_key, written_forms
from .naming import gazetteer_rule, label_of, ledger_rule, links, vote
from .people import PersonNames

PERSON_RULES = {"surname", "spelling", "surname-spelling", "first-name", "paternal-surname", "initials"}
RESOLVERS: dict[str, Callable[[Sequence[DocExtraction]], ResolvedCorpus]] = {}


def register_resolver(name: str):
    def wrap(func):
        RESOLVERS[name] = func
        return func

    return wrap

# China's special administrative regions: news calls each "the city"; the tables keep them with countries, which
# the rules read as their own state (a chief executive leads it).
CITY_TERRITORIES = frozenset({"HK", "MO"})
# Territories another state holds (ISO 3166-1's dependent territories, and Antarctica): places, not countries.
DEPENDENCIES = frozenset("AS AI AQ AW AX BL BM BQ BV CC CK CW CX FK FO GF GG GI GL GP GS GU HM IM IO JE KY MF MP MQ "
                         "MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT".split())


def _gazetteer_key(mention: Mention, article: Article) -> tuple[str, str, str, str] | None:
    """(key, type, canonical label, rule) for a mention the tables know."""
    kind, _, value = (mention.link or "").partition(":")
    if kind == "country":
        type_ = "City" if value in CITY_TERRITORIES else "Place" if value in DEPENDENCIES else "Country"
        return f"country/{value.lower()}", type_, gazetteer.countries()[value].name, ""
    if kind == "concept":
        key, label = concept_key(mention, value, article)
        return key, "Concept", label, ""
    if kind == "body":
        return body_key(mention, value, article), "Organization", mention.name, ""
    # "Byndoor taluk" and never "Byndoor" alone: the area, not the town the tables know by that name.
    if kind == "area":
        return None
    name = mention.name
    named = named_concept_key(name) if mention.type == "Event" else None
    if named:
        return named, "Concept", name, ""
    if kind == "org" or (mention.type in {"Place", "Organization"} and fold(name) in gazetteer.organisation_names()):
        canonical = value if kind == "org" else gazetteer.organisation_names()[fold(name)]
        return f"organization/{slug(canonical)}", "Organization", canonical, ""
    # A city the tagger took for a person or an organisation must be a large one to be believed.
    city = (kinds.city_of(name, regions_first=True) if mention.type == "Place" or kind == "city"
            else kinds.city_of(name, kinds.HUGE_CITY, True) if mention.type == "Organization" else None)
    if city:
        canonical, iso = city
        rule = "" if mention.type in {"Place", "City"} else "city"
        return f"city/{iso.lower()}/{slug(canonical)}", "City", canonical, rule
    return None


@register_resolver("graphbuild.rules.v1")
def resolve(extractions: Sequence[DocExtraction], *, known_people: Sequence[str] = (),
            known_types: Mapping[str, str] | None = None) -> ResolvedCorpus:
    """``known_people`` are full names already in a store, so that "Maduro" arriving alone in a later
    article joins the "Nicolas Maduro" built on an earlier day; ``known_types`` maps labels already in the
    store to their class, so that a name keeps its type unless its own words say otherwise."""
    mentions = [(ex.article.id, _titled(m)) for ex in extractions for m in ex.mentions]
    # The resolver's own copies only: the extractions keep the tagger's types.
    titled = {(ex.article.id, m.id): m.type for ex in extractions for m in ex.mentions
              if m.type != "Person" and _titled(m).type == "Person"}
    known_labels = {person_key(name).text: name for name in known_people if person_key(name).full}
    known_type = {fold(label): type_ for label, type_ in (known_types or {}).items()}
    known_type.update({person_key(label).text: "Person" for label, type_ in (known_types or {}).items()
                       if type_ == "Person"})
    articles = {ex.article.id: ex.article for ex in extractions}
    full_names = Counter({key: 1 for key in known_labels})
    by_article: dict[str, set[str]] = defaultdict(set)
    families: dict[str, str] = {}  # full name key -> its family name where that is not its last word
    first_at: dict[tuple[str, str], int] = {}  # (article, name key) -> where the article first writes it
    last_at: dict[tuple[str, str], int] = {}  # ... and last
    titles: dict[tuple[str, str], set[str]] = {}  # (article, name key) -> the titles written with it
    for article_id, m in mentions:
        if m.type == "Person" and not kinds.org_kind(m.name) and not kinds.is_place_name(m.name):
            key = person_key(m.name)
            by_article[article_id].add(key.text)
            first_at[(article_id, key.text)] = min(m.start, first_at.get((article_id, key.text), m.start))
            last_at[(article_id, key.text)] = max(m.start, last_at.get((article_id, key.text), m.start))
            # The title before the name, or inside it where the recogniser took it in ("King Abdullah II").
            written = fold(m.name).split()
            titles.setdefault((article_id, key.text), set()).update(
                [fold(m.role or "")] * bool(m.role) + written[:len(written) - len(key.words)])
            if key.full:
                full_names[key.text] += 1
                if family_word(m.name):
                    families[key.text] = family_word(m.name)
    # "Lucas Moraes" tagged a place beside "Moraes" tagged a person: the full name of that person.
    singles = {a: {k for k in keys if not person_key(k).full} for a, keys in by_article.items()}
    for article_id, m in mentions:
        if m.type in {"Place", "Group", "Organization"} and singles.get(article_id):
            key = person_key(m.name)
            if (key.full and key.core[-1] in singles[article_id] and not kinds.org_kind(m.name)
                    and not kinds.is_place_name(m.name) and _gazetteer_key(m, articles[article_id]) is None):
                by_article[article_id].add(key.text)
                full_names[key.text] += 1
    people = PersonNames(full_names, by_article, families, first_at, titles, last_at)
    person_reps = set(people.canonical.values())

    placed: dict[tuple[str, int], tuple[str, str]] = {}  # (article, mention id) -> (group key, rule)
    fixed: dict[str, tuple[str, str]] = {}  # group key -> (type, label) decided by a table
    named_type: dict[str, str] = {}  # group key -> type its own words decide ("... Corporation")
    retyped: dict[str, tuple[str, str]] = {}  # group key -> (the tagger's type, the rule that overruled it)
    table_label: dict[tuple[str, int], str] = {}  # (article, mention id) -> the label a table gave it
    for article_id, m in mentions:
        known = _gazetteer_key(m, articles[article_id])
        if known:
            key, type_, label, rule = known
            fixed[key] = (type_, label)
            table_label[(article_id, m.id)] = label
            # "Chilean Senate" for the Senate of Chile: the country written with an institution.
            institution = (m.link or "").startswith("body:") and fold(m.text) != fold(label)
            placed[(article_id, m.id)] = (key, rule or ("institution" if institution
                                                        else gazetteer_rule(m.text, type_, label)))
            if rule:
                retyped.setdefault(key, (m.type, rule))
            continue
        org = kinds.org_kind(m.name) if m.type in {"Person", "Place", "Group", "Organization"} else None
        # Places keep their class against a company word ("West Bank", "Soviet Union"); not against an army or
        # a First Nation.
        org = None if m.type == "Place" and org not in {"armed-group", "first-nation"} else org
        if org:
            key = f"name/{kinds.group_name(fold(m.name)) if org == 'armed-group' else fold(m.name)}"
            named_type[key] = "Organization"
            placed[(article_id, m.id)] = (key, org if m.type != "Organization" else "exact")
            if m.type != "Organization":
                retyped.setdefault(key, (m.type, org))
            continue
        if m.type in {"Person", "Organization"} and kinds.is_place_name(m.name):
            key = f"name/{fold(m.name)}"
            named_type[key] = "Place"
            placed[(article_id, m.id)] = (key, "place-name")
            retyped.setdefault(key, (m.type, "place-name"))
            continue
        # A name with no letter at all is known by a digest of its text, so no two such names meet.
        folded, rule = fold(m.name) or slug(m.name), "exact"
        # The model sometimes tags a bare surname as an organisation or place: names decide here.
        if m.type in {"Person", "Organization", "Place", "Group"}:
            key = person_key(m.name).text or folded
            rep, moved = people.resolve(key, article_id)
            if m.type == "Person":
                folded, rule = rep or folded, moved or "exact"
            # A first name counts only beside its full name in the same article ("Sheikh Tamim").
            elif moved in {"surname", "spelling", "first-name"} or (rep in person_reps and not moved):
                folded, rule = rep, moved or "person-name"
        if m.type == "Person" and rule == "exact":
            # A person's name that is a large city's and no one else's short name: the city.
            city = kinds.city_of(m.name, kinds.BIG_CITY, True)
            if city:
                canonical, iso = city
                key = f"city/{iso.lower()}/{slug(canonical)}"
                fixed[key] = ("City", canonical)
                placed[(article_id, m.id)] = (key, "city")
                retyped.setdefault(key, (m.type, "city"))
                continue
        placed[(article_id, m.id)] = (f"name/{folded}", rule)
        if (article_id, m.id) in titled:
            retyped.setdefault(f"name/{folded}", (titled[(article_id, m.id)], "titled-person"))

    # An abbreviation defined in the text ("the World Health Organization (WHO)") joins its full name.
    for (article_id, mention_id), target in abbreviations(extractions, placed).items():
        placed[(article_id, mention_id)] = (target, "abbreviation")
    for (article_id, mention_id), target in shortened(extractions, placed, kinds.ORG_HEADS).items():
        placed[(article_id, mention_id)] = (target, "short-name")
    # "KKS" in an article about Kalpana Koonjoo-Shah: her initials, voted a person whatever the tagger said.
    for (article_id, mention_id), target in person_initials(extractions, placed).items():
        placed[(article_id, mention_id)] = (target, "initials")
    # "known by his nom de guerre Antonio Garcia": the second name's mentions in that article join the first.
    for (article_id, mention_id), target in known_as(extractions, placed).items():
        placed[(article_id, mention_id)] = (target, "known-as")

    groups: dict[str, list[tuple[str, Mention, str]]] = defaultdict(list)
    for article_id, m in mentions:
        key, rule = placed[(article_id, m.id)]
        groups[key].append((article_id, m, rule))

    entities: list[Entity] = []
    assignments: list[tuple[str, int, str]] = []
    for group_key in sorted(groups):
        members = groups[group_key]
        if group_key in fixed:
            type_, label = fixed[group_key]
            key, note = group_key, None
            # Labels written differently ("Paris agreement", "Paris Agreement") settle the same way in any order.
            if type_ == "Concept" and group_key.count("/") > 1:
                label = label_of([m.name for _, m, _ in members])
            elif type_ in {"Concept", "City"} or group_key.startswith("organization/") and group_key.count("/") > 1:
                label = label_of([table_label.get((a, m.id), label) for a, m, _ in members])
        else:
            name = group_key[5:]
            votes = ["Person" if rule in PERSON_RULES or rule == "person-name" else m.type for _, m, rule in members]
            type_, note = vote(votes)
            # "Perusahaan Listrik Negara (PLN)": a foreign name the tagger took for a person, whose abbreviation
            # it tags as an organisation. A bare abbreviation's type is the surer reading, unless a title or a
            # surname alone says a person ("Minister Ravi Kumar Sharma (RKS)").
            short = {m.type for _, m, rule in members if rule == "abbreviation"}
            personal = any(m.role or rule in PERSON_RULES for _, m, rule in members)
            if type_ == "Person" and len(short) == 1 and short <= {"Organization", "Group", "Place"} and not personal:
                type_, note = next(iter(short)), "its abbreviation is tagged so; rule abbreviation-type"
            if group_key in named_type:
                type_, note = named_type[group_key], None
            elif known_type.get(name) and known_type[name] != type_:
                # A name the store already knows keeps its type: one short article does not retype it.
                note = f"kept {known_type[name]} from the store over this text's {type_}"
                type_ = known_type[name]
            forms = [display_name(m.name) if type_ == "Person" else m.name for _, m, _ in members]
            label = known_labels.get(name) or label_of(forms)
            key = f"{type_.lower()}/{slug(name)}"
        if note is None and group_key in retyped:
            tagged, rule = retyped[group_key]
            note = f"tagged {tagged} by the model; {type_} by rule {rule}"
        # A capital or a head's title standing for its country is recorded in the ledger, not offered as a name.
        aliases = sorted({n for _, m, rule in members if rule not in {"metonymy", "office"}
                          for n in written_forms(m)} - {label})
        ledger = sorted({f"{ledger_rule(rule, m.name, label, type_)}\t{m.text}\t{article_id}"
                         for article_id, m, rule in members if m.text != label})
        entities.append(Entity(key=key, type=type_, label=label, aliases=tuple(aliases),
                               same_as=links(key, type_, label), merge_rules=tuple(ledger), type_note=note))
        assignments += [(article_id, m.id, key) for article_id, m, _ in members]
    return ResolvedCorpus(extractions=_without_loops(extractions, assignments), entities=tuple(one_per_key(entities)),
                          assignments=tuple(sorted(assignments)))


def _titled(m: Mention) -> Mention:
    """A name led by a person's title ("King Abdullah II") is a person whatever the tagger said."""
    if m.type in {"Place", "Organization", "Group"} and kinds.is_titled_person(m.text):
        return replace(m, type="Person")
    return m


def _without_loops(extractions: Sequence[DocExtraction], assignments) -> tuple[DocExtraction, ...]:
    """Each extraction less the relations whose two ends became one entity ("the Free Zone (FZ) ... the FZ"):
    a thing related to itself states nothing."""
    key = {(a, m): k for a, m, k in assignments}
    out = []
    for ex in extractions:
        aid = ex.article.id
        kept = tuple(r for r in ex.relations
                     if key.get((aid, r.subject)) is None or key.get((aid, r.subject)) != key.get((aid, r.object)))
        out.append(ex if len(kept) == len(ex.relations) else replace(ex, relations=kept))
    return tuple(out)
