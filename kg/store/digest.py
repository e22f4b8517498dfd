"""What `kg compare` counts of one report, worked out when the report is mapped and kept in its
graph, so that a comparison of two sides of many reports reads one literal per report instead of
joining thousands of triples per report (bench/NOTES.md: 4.5 ms of the store's time per report).

The digest holds, for the report's own graph, exactly what the queries of queries/compare
(side_participations, side_activities, side_fundings) find in it: each activity's links as
told, the instruments it serves and the paragraphs that describe it, and each funding fact with
its values. `kg compare` adds up the digests of its sides' reports and asks the store only for
the reports without one (a graph loaded by another tool or an older kg, or changed by a writable
`kg serve`, which drops them). A build writes digests into stores only; a graph file is written
as the report says it, with nothing added.

The digest is a JSON literal of `unkg:compareDigest` on the report's graph IRI, in that graph:
whatever replaces or removes a report's graph replaces or removes its digest with it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from kg.extract.facts import Entity
from kg.rdf.mapping import entity_class, entity_iri
from kg.rdf.terms import DCTERMS, ID, PROV, RDF, ROLE, SCHEMA, UNKG, XSD, IRI, Literal

VERSION = 1  # a digest of another version is not read: its reports are asked of the store
DIGEST = str(UNKG.compareDigest)
ROLE_NAMES = {str(ROLE[name]): name for name in ("organizer", "funder", "participant", "beneficiary", "instrument")}
_BASE = str(ID[""])
_KIND_PATH = "/contribution-kind/"  # what side_fundings.rq takes a contribution's kind after


def drop_digests(graph: str | None = None) -> str:
    """The SPARQL Update that drops the digest of one report graph, or of every one."""
    where = f"<{graph}>" if graph else "?graph"
    return f"DELETE WHERE {{ GRAPH {where} {{ {where} <{DIGEST}> ?digest }} }}"


def digest_quad(triples: Iterable[tuple], graph: str, cards: dict[str, list] | None = None) -> str:
    """The N-Quads line of a report's digest, in the report's graph."""
    text = json.dumps(digest(triples, cards), ensure_ascii=False, separators=(",", ":"))
    # JSON escapes every control character, so N-Triples asks only for these two besides: two
    # replaces, not term_text's table over 5 KB of text (0.5 ms a report)
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'<{graph}> <{DIGEST}> "{text}" <{graph}> .\n'


def entity_card(entity: Entity) -> tuple[str, list] | None:
    """(short IRI, [keys, classes, English name, Chinese name]) of an entity whose description
    is the same in every report that names it (one from the reference data, with an English
    name), as queries/compare/side_entities.rq reads it from the store; None for any other,
    whose names (a body minted from the text, named differently by each report or language
    version) only the store's shared graph holds together."""
    if not (entity.in_reference and entity.label_en):
        return None
    return short(str(entity_iri(entity))), [[entity.key], [str(entity_class(entity)).partition("#")[2]],
                                            entity.label_en, entity.label_zh or ""]


def digest(triples: Iterable[tuple], cards: dict[str, list] | None = None) -> dict:
    """The report's compare facts (see the module's doc) from its own graph's triples, written
    short: an IRI under the ids' base without it (`short`), a place (report, paragraph) and a
    sentence by their numbers in "places" and "sentences". Links are [agent, role, place],
    activities [instruments, places], fundings [fact, how, funder, activity, purposes,
    amounts, currencies, years, recipients, abouts, [[place, sentence] ...]]; "entities" holds
    the cards (`entity_card`) of the entities these name, where `cards` has them."""
    facts = _Index(triples)
    links: dict[str, set[tuple]] = defaultdict(set)
    fundings: list[list] = []
    for node in facts.typed(UNKG.ActivityLink):
        told = [facts.place(place) for place in facts.told_at(node)]
        for activity in facts.values(node, UNKG.activity):
            for role in facts.objects(node, UNKG.role):
                name = ROLE_NAMES.get(str(role), "") if isinstance(role, IRI) else ""
                for agent in facts.values(node, UNKG.target):
                    links[short(activity)].update((short(agent), name, place) for place in told)
                    if name == "funder":
                        fundings.append(facts.funding(node, "activity", agent, activity))
    activities = {
        short(str(node)): [sorted({short(i) for i in facts.values(node, UNKG.servesInstrument)}),
                           sorted({facts.place(place) for paragraph in facts.objects(node, UNKG.describedIn)
                                   for place in facts.paragraph_places(paragraph)})]
        for node in facts.typed(UNKG.Activity)}
    for node in facts.typed(UNKG.FundingRelation):
        for funder in facts.values(node, UNKG.funder):
            fundings.append(facts.funding(node, "funding", funder, "", purposes=facts.values(node, UNKG.purpose)))
    for node in facts.typed(UNKG.MonetaryContribution):
        for kind in facts.values(node, UNKG.contributionKind):
            how = kind.partition(_KIND_PATH)[2]
            if how == "refund":
                continue
            for funder in facts.values(node, UNKG.contributor):
                fundings.append(facts.funding(node, how, funder, "", amounts=facts.values(node, SCHEMA.amount),
                                              currencies=facts.values(node, SCHEMA.currency),
                                              years=facts.values(node, UNKG.year)))
    named = ({agent for records in links.values() for agent, _, _ in records}
             | {i for instruments, _ in activities.values() for i in instruments}
             | {iri for f in fundings for iri in (f[2], *f[8], *f[9])})
    return {"v": VERSION, "links": {activity: sorted(records) for activity, records in links.items()},
            "activities": activities, "fundings": fundings,
            "places": list(facts.places_told), "sentences": list(facts.sentences),
            "entities": {iri: cards[iri] for iri in sorted(named) if iri in (cards or {})}}


def short(iri: str) -> str:
    """An IRI under the ids' base without it ("country/NPL"); `full` gives it back. Any other
    IRI, or one whose rest has a colon, as it is: an IRI has a colon in its scheme, so a value
    without one is a short one."""
    if iri.startswith(_BASE):
        rest = iri[len(_BASE):]
        if ":" not in rest:
            return rest
    return iri


def full(value: str) -> str:
    return value if ":" in value else _BASE + value


def _str(term) -> str:
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        try:
            return format(Decimal(term.lexical).normalize(), "f")
        except InvalidOperation:
            pass
    return str(term)


# what the side queries read: nothing else of a report's 1,000-odd triples is kept
_READ = frozenset({UNKG.activity, UNKG.role, UNKG.target, UNKG.describedIn, UNKG.servesInstrument,
                   UNKG.paragraphKey, DCTERMS.isPartOf, DCTERMS.identifier, PROV.wasDerivedFrom, PROV.value,
                   UNKG.funder, UNKG.purpose, UNKG.contributionKind, UNKG.contributor, SCHEMA.amount,
                   SCHEMA.currency, UNKG.year, UNKG.recipient, UNKG.inReport, UNKG.about})
_TYPES = frozenset({UNKG.ActivityLink, UNKG.Activity, UNKG.FundingRelation, UNKG.MonetaryContribution})


class _Index:
    """A report's triples by subject and predicate, as far as the side queries read them."""

    def __init__(self, triples: Iterable[tuple]) -> None:
        self.index: dict[tuple, list] = {}
        self.by_type: dict = {cls: [] for cls in _TYPES}
        for s, p, o in triples:
            if p in _READ:
                self.index.setdefault((s, p), []).append(o)
            elif p == RDF.type and o in _TYPES:
                self.by_type[o].append(s)
        self.places: dict = {}  # paragraph node -> its places
        self.places_told: dict[tuple[str, str], int] = {}  # (report, paragraph) -> its number in the digest
        self.sentences: dict[str, int] = {}  # text -> its number in the digest

    def typed(self, cls) -> list:
        return self.by_type[cls]

    def objects(self, node, predicate) -> list:
        return self.index.get((node, predicate), [])

    def values(self, node, predicate) -> list[str]:
        """The objects as SPARQL's STR() gives them: an IRI, a literal's lexical form (a
        decimal's canonical one, which is what a store keeps: 25000.00 is 25000)."""
        found = self.index.get((node, predicate))
        if not found:
            return []
        if len(found) == 1 and isinstance(found[0], IRI):
            return [str(found[0])]
        return list(dict.fromkeys(map(_str, found)))

    def paragraph_places(self, paragraph) -> list[tuple[str, str]]:
        """(report symbol, paragraph key) of a paragraph node, "" for either it lacks."""
        places = self.places.get(paragraph)
        if places is None:
            keys = self.values(paragraph, UNKG.paragraphKey) or [""]
            reports = [symbol for report in self.objects(paragraph, DCTERMS.isPartOf)
                       for symbol in self.values(report, DCTERMS.identifier)] or [""]
            places = self.places[paragraph] = [(report, key) for report in reports for key in keys]
        return places

    def told_at(self, node) -> list[tuple[str, str]]:
        """(report, paragraph) of each sentence a fact was derived from; one empty place if none."""
        places = [place for sentence in self.objects(node, PROV.wasDerivedFrom)
                  for paragraph in self.objects(sentence, DCTERMS.isPartOf)
                  for place in self.paragraph_places(paragraph)]
        return list(dict.fromkeys(places)) or [("", "")]

    def funding(self, node, how: str, funder: str, activity: str, *, purposes=(), amounts=(),
                currencies=(), years=()) -> list:
        """One row of side_fundings.rq before its values are joined (see `digest`)."""
        sources = sorted({(self.place(place), self.sentences.setdefault(text, len(self.sentences)))
                          for sentence in self.objects(node, PROV.wasDerivedFrom)
                          for paragraph in self.objects(sentence, DCTERMS.isPartOf)
                          for text in (self.values(sentence, PROV.value) or [""])
                          for place in self.paragraph_places(paragraph)})
        abouts = {short(about) for report in self.objects(node, UNKG.inReport)
                  for about in self.values(report, UNKG.about)}
        return [short(str(node)), how, short(funder), short(activity) if activity else "", list(purposes),
                list(amounts), list(currencies), list(years), [short(r) for r in self.values(node, UNKG.recipient)],
                sorted(abouts), [list(source) for source in sources]]

    def place(self, place: tuple[str, str]) -> int:
        return self.places_told.setdefault(place, len(self.places_told))
