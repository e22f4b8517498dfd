"""Knowledge of the field: countries, regions, organisations, instruments and their names."""
from kg.reference.gazetteer import Gazetteer, default_gazetteer, load_gazetteer, squeeze
from kg.reference.matcher import NameMatch, NameMatcher, matcher_for

__all__ = ["Gazetteer", "NameMatch", "NameMatcher", "default_gazetteer", "matcher_for", "load_gazetteer", "squeeze"]
