"""A state's ministry written with no country beside it, in a story about one country: "the Ministry of
Commerce decided ...", "the Ministry of Interior and ...". Read once the other rules have spoken, as the story's
titles are (``home.HomeTitles``): the ministry is part of the story's country, where the text names that country
and the sentence names no other.
"""
from __future__ import annotations

from .arguments import Arg
from .story import dateline_country, named_countries, url_country


def story_ministries(rules, home: str | None, dateline: str | None, url: str | None,
                     found: list) -> list[tuple[Arg, Arg, object]]:
    """(ministry, country, anchor) for each ministry the story's country (``home``, story.story_country) owns and
    no rule placed."""
    # Only a story whose dateline or site gives its country: one picked by how often it is named may be the
    # workers' or the visitors' country in a story set in another ("Ethiopian workers" in a Gulf paper).
    if home is None or home not in {dateline_country(dateline), url_country(url)}:
        return []
    table = rules.args.table
    # Only a country the text names: the gold and a reader want a node written in the article.
    country = next((m.id for m in table.mentions[:table.named]
                    if m.type == "Country" and m.link == f"country:{home}" and "://" not in m.text), None)
    if country is None:
        return []
    owned = {f.subject.mention for f in found if f.predicate == "partOf"}
    out = []
    for ent in table.ents:
        words = [t for t in ent if t.lower_ != "the"]
        # "Ministry of Commerce", "Ministry for Foreign Affairs": a ministry named by its portfolio alone.
        if ent.label_ != "ORG" or len(words) < 3 or words[0].lower_ != "ministry" or words[1].lower_ not in {"of", "for"}:
            continue
        # "the Ministry of Interior of Kuwait", "Kuwait's Ministry ...": an owner written beside it is read elsewhere.
        if any(isos != {home} for _, _, isos, _ in named_countries(ent.sent)):
            continue
        for arg in rules.args.resolve(ent.root, concepts=False):
            if table.get(arg.mention).type == "Organization" and arg.mention not in owned:
                out.append((arg, Arg(country, arg.span, "coref"), ent.root))
    return out
