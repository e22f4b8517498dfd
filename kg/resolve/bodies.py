"""One key per body across the language versions of a report.

A body the reference data lacks is minted from its name in each version: `我们人民 2020 年` in
Chinese, `We, the Peoples 2020` in English, two keys for one body. Translations keep paragraphs,
and within a paragraph mostly the order of names and the roles they play, so a minted body of one
version is matched to the body of another version that appears in the same places: the same
paragraphs, the same place among the paragraph's new names, the same role in the same activity
(activity keys are shared, kg.extract.keys), the same contribution or post. Each body found
keeps one key, preferably from its name in a Latin-script version, and gathers its label in
every version's language.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from kg.extract.facts import Entity, Facts

# The version whose key a body keeps: a Latin-script name gives the most readable key.
KEY_LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")
# A match needs this much of the places of two bodies in common (weighted Jaccard).
THRESHOLD = 0.5
WEIGHTS = {"paragraph": 1.0, "order": 1.0, "link": 2.0, "money": 2.0, "post": 2.0}

Identity = tuple[str, str]  # (kind, key)


@dataclass(eq=False)  # each body is itself: two may look alike while being built
class _Body:
    """One body across versions: its entity in each version that names it."""

    members: dict[str, Entity] = field(default_factory=dict)  # language -> entity
    places: dict[str, Counter] = field(default_factory=dict)  # language -> places

    @property
    def in_reference(self) -> bool:
        return any(e.in_reference for e in self.members.values())


def places_of(facts: Facts) -> dict[Identity, Counter]:
    """Where each body of one version appears, as weighted features other versions can share."""
    places: dict[Identity, Counter] = {}

    def add(entity: Entity | None, *feature) -> None:
        if entity is not None:
            places.setdefault((entity.kind, entity.key), Counter())[feature] = WEIGHTS[feature[0]]

    order: dict[str, list[Identity]] = {}
    for mention in facts.mentions:
        identity = (mention.entity.kind, mention.entity.key)
        add(mention.entity, "paragraph", mention.source.paragraph)
        if not mention.entity.in_reference:
            seen = order.setdefault(mention.source.paragraph, [])
            if identity not in seen:
                seen.append(identity)
                add(mention.entity, "order", mention.source.paragraph, len(seen))
    for activity in facts.activities:
        for link in activity.links:
            add(link.target, "link", activity.key, link.relation)
    kinds: Counter[tuple] = Counter()
    for contribution in facts.contributions:
        kinds[(contribution.kind, contribution.year)] += 1
        add(contribution.party, "money", contribution.kind, contribution.year, kinds[(contribution.kind, contribution.year)])
    grades: Counter[str] = Counter()
    for post in facts.posts:
        grades[post.grade] += 1
        add(post.funded_by, "post", post.grade, grades[post.grade])
    return places


def _named_apart(one: _Body, other: _Body) -> bool:
    """Do the two bodies bear different names in one language? Then they are two bodies, however
    alike their places (two new names in one paragraph, each version finding one)."""
    def fold(text: str) -> str:
        return "".join(ch for ch in text.casefold() if ch.isalnum())

    names = {(lang, fold(label)) for member in one.members.values() for lang, label in member.all_labels()}
    languages = {lang for lang, _ in names}
    return any(lang in languages and (lang, fold(label)) not in names
               for member in other.members.values() for lang, label in member.all_labels())


def _similarity(a: Counter, b: Counter) -> float:
    shared = sum(min(a[k], b[k]) for k in a.keys() & b.keys())
    total = sum((a | b).values())
    return shared / total if total else 0.0


def _entities_of(facts: Facts) -> dict[Identity, Entity]:
    found: dict[Identity, Entity] = {}
    for mention in facts.mentions:
        found.setdefault((mention.entity.kind, mention.entity.key), mention.entity)
    for activity in facts.activities:
        for link in activity.links:
            found.setdefault((link.target.kind, link.target.key), link.target)
    for entity in [c.party for c in facts.contributions] + [p.funded_by for p in facts.posts]:
        if entity is not None:
            found.setdefault((entity.kind, entity.key), entity)
    return found


def align_bodies(versions: dict[str, Facts]) -> dict[str, dict[Identity, Entity]]:
    """For each version (by language), the bodies it minted that are one with a body of another
    version: identity in this version -> the entity all versions now share."""
    bodies: list[_Body] = []
    by_identity: dict[Identity, _Body] = {}
    order = sorted(versions, key=lambda lang: KEY_LANGUAGES.index(lang) if lang in KEY_LANGUAGES else 99)
    for language in order:  # bodies every version names alike keep their key: one body each
        places = places_of(versions[language])
        for identity, entity in _entities_of(versions[language]).items():
            body = by_identity.setdefault(identity, _Body())
            if body not in bodies:
                bodies.append(body)
            body.members[language] = entity
            body.places[language] = places.get(identity, Counter())
    for n, language in enumerate(order):
        _match_minted(language, versions[language], bodies, by_identity, set(order[:n]))
    return _renames(bodies)


def _match_minted(language: str, facts: Facts, bodies: list[_Body], by_identity: dict[Identity, _Body],
                  earlier: set[str]) -> None:
    """Join each body this version minted (with the later versions that minted it alike) to the
    one body that is in the same places, when one is clearly best: a body of the reference data,
    or one of the versions aligned before this one (a body later versions minted apart would tie
    with it: it is their turn to join). Bodies join whole, never naming a version twice."""
    scored = []
    for identity, entity in _entities_of(facts).items():
        mine = by_identity[identity]
        if mine.in_reference or earlier & mine.members.keys():
            continue
        for body in bodies:
            if body is mine or body.members.keys() & mine.members.keys():
                continue
            if not body.in_reference and not earlier & body.members.keys():
                continue
            if next(iter(body.members.values())).kind != entity.kind or _named_apart(mine, body):
                continue
            score = max(_similarity(a, b) for a in mine.places.values() for b in body.places.values())
            if score >= THRESHOLD:
                scored.append((score, identity, body))
    scored.sort(key=lambda item: -item[0])
    best: dict[Identity, list[float]] = {}
    for score, identity, _ in scored:
        best.setdefault(identity, []).append(score)
    for score, identity, body in scored:
        mine = by_identity[identity]
        ties = best[identity]
        if len(ties) > 1 and ties[1] == ties[0]:
            continue  # two bodies as likely: no evidence to choose, keep the minted key
        if mine is body or body.members.keys() & mine.members.keys() or body not in bodies:
            continue
        body.members.update(mine.members)
        body.places.update(mine.places)
        for key in [key for key, held in by_identity.items() if held is mine]:
            by_identity[key] = body
        bodies.remove(mine)


def _renames(bodies: list[_Body]) -> dict[str, dict[Identity, Entity]]:
    renames: dict[str, dict[Identity, Entity]] = {}
    for body in bodies:
        if len(body.members) < 2 or all(e.in_reference for e in body.members.values()):
            continue
        shared = _shared_entity(body)
        for language, entity in body.members.items():
            if entity != shared or entity.all_labels() != shared.all_labels():
                renames.setdefault(language, {})[(entity.kind, entity.key)] = shared
    return renames


def _shared_entity(body: _Body) -> Entity:
    """The reference entity if a version found one; else the minted one of the first version in
    KEY_LANGUAGES, with every version's label."""
    reference = [e for e in body.members.values() if e.in_reference]
    if reference:
        return reference[0]
    language = min(body.members, key=lambda lang: KEY_LANGUAGES.index(lang) if lang in KEY_LANGUAGES else 99)
    keeper = body.members[language]
    label_en = keeper.label_en or next((e.label_en for e in body.members.values() if e.label_en), None)
    label_zh = keeper.label_zh or next((e.label_zh for e in body.members.values() if e.label_zh), None)
    labels = dict(keeper.labels)
    for lang, entity in body.members.items():
        if lang not in ("en", "zh") and entity.label(lang):
            labels.setdefault(lang, entity.label(lang))
    category = keeper.category or next((e.category for e in body.members.values() if e.category), None)
    return replace(keeper, label_en=label_en, label_zh=label_zh, category=category,
                   labels=tuple(sorted(labels.items())))
