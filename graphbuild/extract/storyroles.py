"""Roles read once the sentence rules have spoken, from the whole story: a title without its country (the
story's), a lead's title held by the next name, the story country's ministries, members of a party named beside
them, membership told by a verb, titles set off by commas, and names the recogniser missed known by their title."""
from __future__ import annotations

from .found import Found
from .home import HomeTitles
from .joined import joined_members
from .lead import lead_titles
from .members import party_members
from .organs import story_ministries
from .titlekinds import is_former
from .signed import signed
from .successors import successions
from .untagged import untagged_titled


def story_roles(rules, found: list[Found]) -> list[Found]:
    """What these rules add to ``found``, the sentence rules' findings (which some of them read)."""
    found = list(found)
    start = len(found)
    # "Interior Minister X" with no country: the story's, once every other rule has had its say.
    home = rules.home
    found += [Found(person, kind, body, anchor, "role.home.former" if is_former(anchor) else "role.home")
              for person, kind, body, anchor in HomeTitles(rules, rules.dateline, rules.url).run(found, home)]
    # "Norway's trade minister warned ... . Ingrid Dahl said": the title of a lead, held by the next name.
    found += [Found(person, kind, body, anchor, "role.lead") for person, kind, body, anchor in lead_titles(rules, found)]
    # "X's predecessor, Y", "X replaced Y as president": Y held the one office the titles give X.
    found += [Found(person, "leaderOf", body, anchor, "role.succession" + (".former" if former else ""))
              for person, body, anchor, former in successions(rules, found)]
    found += [Found(body, "partOf", country, anchor, "noun.part.home")
              for body, country, anchor in story_ministries(rules, home, rules.dateline, rules.url, found)]
    # "X of the Telugu Desam Party said": a party's member, where no title names the person's office.
    found += [Found(*member, "role.party") for member in party_members(rules, found)]
    # "X was expelled from the party", "X, the Unity Party candidate": membership told without a title.
    found += [Found(*member, "role.joined") for member in joined_members(rules, found)]
    # "Jane Doe, Director, Westland Centre for Policy": a title and its body set off by commas.
    found += [Found(*member, "role.signed") for member in signed(rules, found)]
    # "Sanu Ankor, chairman of the X Chamber of Commerce": a name the recogniser missed, known by its title.
    found += [Found(*member, "role.untagged") for member in untagged_titled(rules)]
    return found[start:]
