"""Put one version's bodies under the keys all versions share (kg.resolve.bodies)."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.facts import Entity, Facts


def rename_entities(facts: Facts, renames: dict[tuple[str, str], Entity]) -> Facts:
    """The same facts with every entity in `renames` (by kind and key) replaced."""
    if not renames:
        return facts

    def new(entity: Entity | None) -> Entity | None:
        return renames.get((entity.kind, entity.key), entity) if entity is not None else None

    return replace(
        facts,
        subject=new(facts.subject),
        mentions=tuple(replace(m, entity=new(m.entity)) for m in facts.mentions),
        activities=tuple(replace(a, links=tuple(replace(l, target=new(l.target)) for l in a.links))
                         for a in facts.activities),
        contributions=tuple(replace(c, party=new(c.party)) for c in facts.contributions),
        fundings=tuple(replace(f, funder=new(f.funder), recipient=new(f.recipient)) for f in facts.fundings),
        posts=tuple(replace(p, funded_by=new(p.funded_by)) for p in facts.posts),
    )
