"""What the extraction tests compare of the facts: small sets of plain values, so an assertion
reads as the text it checks ("(funder, DEU) is a link of the course")."""
from __future__ import annotations


def links(activity) -> set[tuple[str, str]]:
    """(relation, key) of each link of an activity."""
    return {(link.relation, link.target.key) for link in activity.links}


def gifts(facts) -> set[tuple[str, float, str]]:
    """(giver, amount, currency) of each contribution."""
    return {(c.party.key, c.amount, c.currency) for c in facts.contributions}


def posts(facts) -> set[tuple[str, int, str | None]]:
    """(grade, count, payer) of each post."""
    return {(p.grade, p.count, p.funded_by.key if p.funded_by else None) for p in facts.posts}


def by_start(facts) -> dict:
    """The activities by their start date."""
    return {activity.start: activity for activity in facts.activities}


def finance(facts) -> dict:
    """The statement's amount of each line."""
    return {line.line: line.amount for line in facts.finance}
