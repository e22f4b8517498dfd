"""Resolve what extraction found against more than one report: the language versions of one
report, read together, made into one account (kg.resolve.versions)."""
from kg.resolve.versions import align_versions

__all__ = ["align_versions"]
