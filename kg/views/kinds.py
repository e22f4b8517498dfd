"""The kinds of node a network view draws, each with its colour, shape and legend text.

An entity's kind comes from its RDF classes (docs/model.md): the most specific class decides,
so an entity typed both `Organization` and `UNEntity` is a UN entity.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    legend: str
    colour: str
    shape: str  # a vis-network node shape


UN_ENTITY = Kind("un-entity", "UN entity", "#1f77b4", "dot")
INTERGOVERNMENTAL = Kind("intergovernmental", "Intergovernmental organisation", "#9467bd", "diamond")
GOVERNMENT = Kind("government", "Government or country", "#2ca02c", "square")
CIVIL_SOCIETY = Kind("civil-society", "Civil society", "#ff7f0e", "triangle")
THINK_TANK = Kind("think-tank", "Think tank or academia", "#8c564b", "triangleDown")
PARLIAMENTARY = Kind("parliamentary", "Parliamentary body", "#d62728", "star")
OTHER = Kind("other", "Other", "#7f7f7f", "hexagon")
ACTIVITY = Kind("activity", "Activity", "#e7ba52", "box")
UNNAMED = Kind("unnamed", "Recipient not named", "#c7c7c7", "ellipse")

AGENT_KINDS = (UN_ENTITY, INTERGOVERNMENTAL, GOVERNMENT, CIVIL_SOCIETY, THINK_TANK, PARLIAMENTARY, OTHER)
ALL_KINDS = AGENT_KINDS + (ACTIVITY, UNNAMED)

# Most specific first: the first class of an entity found here gives its kind.
KIND_OF_CLASS = {
    "UNEntity": UN_ENTITY,
    "IntergovernmentalOrganization": INTERGOVERNMENTAL,
    "GovernmentBody": GOVERNMENT,
    "Country": GOVERNMENT,
    "CivilSocietyOrganization": CIVIL_SOCIETY,
    "ThinkTank": THINK_TANK,
    "AcademicInstitution": THINK_TANK,
    "ParliamentaryBody": PARLIAMENTARY,
}


def kind_of(class_names: str) -> Kind:
    """The kind of an entity from its class names (local names, space-separated)."""
    classes = set(class_names.split())
    for class_name, kind in KIND_OF_CLASS.items():
        if class_name in classes:
            return kind
    return OTHER


def kind_named(name: str) -> Kind:
    return next(kind for kind in ALL_KINDS if kind.name == name)
