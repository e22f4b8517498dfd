"""What `kg compare` reads of the reports of its two sides, and each side's tallies from it.

The store is asked three questions over the named graphs of both sides' reports
(queries/compare/side_participations, side_activities, side_fundings), each aggregated in
SPARQL to one row per activity or fact, and a fourth for the entities those name
(side_entities). The tallies are those of the shipped queries' rows
(activity_network, funders, activity_reports, activities_by_instrument) read through
kg.views.relations and kg.views.networks, counted the same way, without building those rows:
on a store of 10,000 reports a side of 90 reports held 8,600 link rows, and handing each value
of each row to Python cost more than finding them.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from decimal import Decimal, InvalidOperation
from itertools import chain, combinations
from typing import NamedTuple

from kg.paths import QUERIES
from kg.query import find_query, run_query
from kg.query.parameters import where_brace
from kg.store.digest import DIGEST, VERSION as DIGEST_VERSION, full
from kg.views.relations import Source
from kg.views.scope import Side

ORGANISING_ROLES = frozenset({"organizer", "funder"})
UNIT, RECORD = "\x1f", "\x1e"  # the separators the side_*.rq queries put between values


@dataclass
class Tally:
    """What one side says about one key: a name, how many, money, where."""
    name: str = ""
    count: int = 0
    money: dict[str, Decimal] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Entity:
    keys: tuple[str, ...]
    classes: frozenset[str]
    label_en: str
    label_zh: str
    label_other: str = ""  # its name in another language, lacking both

    def name(self, key: str) -> str:
        return self.label_en or self.label_zh or self.label_other or key

    @property
    def is_agent(self) -> bool:
        """activity_network.rq and funders.rq keep an organisation or country with a key and a class."""
        return bool(self.keys and self.classes)


class Told(NamedTuple):
    """An agent's role in an activity as one paragraph tells it (report and paragraph empty: no
    sentence cited); `label` is the paragraph's ("A/77/901 para. 3"). A tuple: a side holds
    thousands."""
    agent: str
    role: str
    report: str
    paragraph: str
    label: str


@dataclass(frozen=True)
class FundingFact:
    """An activity's funder, a funding relation or a contribution, with each optional value it
    has (funders.rq's rows for it are their cross product, once per source)."""
    how: str
    funder: str
    purposes: tuple[str, ...]
    amounts: tuple[str, ...]
    currencies: tuple[str, ...]
    years: tuple[str, ...]
    recipients: tuple[str, ...]   # stated
    abouts: tuple[str, ...]       # the body its report is about
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class SideFacts:
    """The facts of the reports of both sides."""
    links: dict[str, set[Told]]                   # activity -> its links as told
    told: dict[str, frozenset[Source]]            # activity -> paragraphs that describe it
    serves: dict[str, frozenset[str]]             # activity -> instruments (servesInstrument)
    fundings: tuple[FundingFact, ...]
    entities: dict[str, Entity]
    # each side's own links (`_own`), worked out once for the sections that read them
    owned: dict[Side, dict] = field(default_factory=dict, compare=False, repr=False)

    def entity(self, iri: str) -> Entity | None:
        return self.entities.get(iri)

    # What the sections of both sides read alike, worked out once (a frozen dataclass's
    # cached_property writes to the instance's dict, not through its fields).
    @cached_property
    def agents(self) -> dict[str, Entity]:
        """The entities activity_network.rq and funders.rq keep (a key and a class)."""
        return {iri: e for iri, e in self.entities.items() if e.is_agent}

    @cached_property
    def agent_links(self) -> dict[str, list[tuple[Told, Entity]]]:
        """Each activity's links to an agent (`agents`), with it, whatever the side."""
        agents, found = self.agents, {}
        for activity, told in self.links.items():
            kept = [(t, entity) for t in told if (entity := agents.get(t.agent)) is not None]
            if kept:
                found[activity] = kept
        return found

    @cached_property
    def served(self) -> list[tuple[str, list[Entity], list[tuple[str, str]]]]:
        """Each activity that served an instrument the store names, with those instruments and
        the paragraphs that describe it (report and label)."""
        served: dict[str, set[str]] = defaultdict(set)
        for activity, instruments in self.serves.items():
            served[activity] |= instruments
        for activity, told in self.links.items():
            served[activity] |= {t.agent for t in told if t.role == "instrument"}
        found = []
        for activity, instruments in served.items():
            entities = [entity for instrument in instruments if (entity := self.entity(instrument)) is not None]
            told = self.told.get(activity, ())
            if entities and told:
                found.append((activity, entities, [(source.report, source.label) for source in told]))
        return found

    @cached_property
    def funding_rows(self) -> list[tuple[Entity, list[tuple[str, str]], int, list[tuple[str, Decimal]]]]:
        """Each funding fact of an agent with what funders.rq makes of it: the funder, the
        sources (report and label; one empty if none), the rows per source and the money per
        source."""
        found = []
        for f in self.fundings:
            entity = self.agents.get(f.funder)
            if entity is None:
                continue
            # the body the report is about stands for a recipient not named, but not an activity's
            abouts = () if f.recipients or f.how == "activity" else f.abouts
            others = _recipient_rows(self, f.recipients, abouts) * max(len(f.purposes), 1) * max(len(f.years), 1)
            rows = others * max(len(f.amounts), 1) * max(len(f.currencies), 1)
            money = [(currency or "?", value * others) for amount in f.amounts if amount
                     if (value := _decimal(amount)) is not None for currency in (f.currencies or ("",))]
            sources = dict.fromkeys(f.sources) or (Source("", "", ""),)
            found.append((entity, [(source.report, source.label) for source in sources], rows, money))
        return found


def iri_values(variable: str, iris) -> str:
    """`VALUES ?variable { <iri> ... }`, the IRIs in order."""
    return f"VALUES ?{variable} {{ " + " ".join(f"<{iri}>" for iri in sorted(iris)) + " }"


def with_values(sparql: str, variable: str, iris) -> str:
    """The query with `iri_values` at the head of its WHERE clause."""
    brace = where_brace(sparql)
    return sparql[:brace + 1] + "\n  " + iri_values(variable, iris) + sparql[brace + 1:]


SCAN = "WHERE { GRAPH ?reportGraph {"  # a range scan of the reports' graphs, in side_*.rq


def side_queries(graphs: frozenset[str] | None) -> dict[str, str]:
    """The side_*.rq queries, each scan (`WHERE { GRAPH ?reportGraph {`) given VALUES of the
    sides' graphs (none: every graph, or the default graph of a store without named graphs). A
    GRAPH ?reportGraph elsewhere is looked up in the graph the scans bound."""
    queries = {}
    for name in ("side_participations", "side_fundings", "side_activities"):
        sparql = find_query(name, QUERIES / "compare")
        if graphs:
            sparql = sparql.replace(SCAN, SCAN.replace("GRAPH", iri_values("reportGraph", graphs) + " GRAPH"))
        queries[name] = sparql
    return queries


def read_side_facts(store, graphs: frozenset[str] | None, roles: frozenset[str] | None = None) -> SideFacts:
    """The facts of the sides' reports: from their digests (kg.store.digest) where the store
    keeps them, asked of the store for the other reports (or for all, without `graphs`). Only
    the links in `roles` are kept (None: all): the tallies read no others."""
    found = _Found(roles)
    missing = found.add_digests(store, graphs) if graphs else None
    if missing is None or missing:
        found.add_queried(store, missing)
    return found.facts(store)


class _Found:
    """Facts as they are gathered, report by report or query by query; an activity, fact or
    value found in two graphs (two language versions of a report) counts once, as the queries'
    GROUP BY and DISTINCT count it."""

    def __init__(self, roles: frozenset[str] | None = None) -> None:
        self.roles = roles if roles is not None else _AllRoles()
        self.links: dict[str, set[Told]] = defaultdict(set)
        self.serves: dict[str, set[str]] = defaultdict(set)
        self.told: dict[str, set[Source]] = defaultdict(set)
        self.fundings: dict[tuple, list[set[str]]] = {}  # (fact, how, funder, activity) -> values
        self.iris = _FullIris()
        self.places: dict[tuple[str, str], tuple[str, str, str]] = {}  # one label per paragraph
        self.sources: dict[tuple[str, str], Source] = {}
        self.cards: dict[str, list] = {}  # entity -> its card, from the digests that have one

    def add_digests(self, store, graphs: frozenset[str]) -> frozenset[str]:
        """Add the digests of `graphs`; the graphs left to ask the store about: those with no
        digest (or one of another version), and the other language versions of their report,
        whose facts (one IRI in every version) the queries must see together."""
        digests = {}
        for graph, text in run_query(store, digests_query(graphs)).rows:
            digest = json.loads(text)
            if digest.get("v") == DIGEST_VERSION:
                digests[graph] = digest
        lacking = {_report_of(graph) for graph in graphs - digests.keys()}
        read = {graph for graph in digests if _report_of(graph) not in lacking}
        for graph in read:
            self._add_digest(digests[graph])
        return graphs - read

    def _add_digest(self, digest: dict) -> None:
        """Add one report's digest, written short (kg.store.digest.digest)."""
        iris, roles = self.iris, self.roles
        places = [self._place(report, paragraph) for report, paragraph in digest["places"]]
        sources = [self._source(report, paragraph) for report, paragraph in digest["places"]]
        sentences = digest["sentences"]
        for entity, card in digest.get("entities", {}).items():
            # a card is what every report says alike of the entity (kg.store.digest.entity_card)
            self.cards.setdefault(iris[entity], card)
        for activity, records in digest["links"].items():
            self.links[iris[activity]].update([_told(Told, (iris[agent], role) + places[n]) for agent, role, n in records
                                               if role in roles])
        for activity, (instruments, told) in digest["activities"].items():
            activity = iris[activity]
            self.serves[activity].update([iris[i] for i in instruments])
            self.told[activity].update([sources[n] for n in told])
        for fact, how, funder, activity, purposes, amounts, currencies, years, recipients, abouts, told in digest["fundings"]:
            self._add_funding((fact, how, iris[funder], activity),
                              [purposes, amounts, currencies, years, [iris[r] for r in recipients],
                               [iris[a] for a in abouts],
                               [(*places[place][:2], sentences[n]) for place, n in told]])

    def add_queried(self, store, graphs: frozenset[str] | None) -> None:
        queries = side_queries(graphs)
        for activity, records in run_query(store, queries["side_participations"]).rows:
            told = self.links[activity]
            for record in _split(records, RECORD):
                agent, role, report, paragraph = record.split(UNIT)
                if role in self.roles:
                    told.add(Told(agent, role, *self._place(report, paragraph)))
        for activity, instruments, paragraphs in run_query(store, queries["side_activities"]).rows:
            self.serves[activity].update(instruments.split())
            self.told[activity].update(self._source(*record.split(UNIT)) for record in _split(paragraphs, RECORD))
        for n, (how, funder, *values, sources) in enumerate(run_query(store, queries["side_fundings"]).rows):
            # the query gives no fact: each row is a fact of its own
            self._add_funding(("", how, funder, n), [*(_split(v, UNIT) for v in values),
                                                     [tuple(source.split(RECORD)) for source in _split(sources, UNIT)]])

    def _place(self, report: str, paragraph: str) -> tuple[str, str, str]:
        """(report, paragraph, its label), made once per paragraph."""
        place = self.places.get((report, paragraph))
        if place is None:
            place = self.places[report, paragraph] = (report, paragraph, Source(report, paragraph, "").label)
        return place

    def _source(self, report: str, paragraph: str) -> Source:
        source = self.sources.get((report, paragraph))
        if source is None:
            source = self.sources[report, paragraph] = Source(report, paragraph, "")
        return source

    def _add_funding(self, key: tuple, values: list[list[str]]) -> None:
        have = self.fundings.get(key)
        if have is None:
            self.fundings[key] = [set(more) for more in values]
        else:
            for kept, more in zip(have, values, strict=True):
                kept.update(more)

    def facts(self, store) -> SideFacts:
        links = self.links
        told = {activity: frozenset(sources) for activity, sources in self.told.items()}
        serves = {activity: frozenset(instruments) for activity, instruments in self.serves.items()}
        fundings = tuple(FundingFact(how, funder, *map(_in_order, values[:-1]),
                                     tuple(Source(*source) for source in _in_order(values[-1])))
                         for (_, how, funder, _), values in self.fundings.items())
        named = ({t.agent for t in chain.from_iterable(links.values())}
                 | {i for instruments in serves.values() for i in instruments}
                 | {iri for f in fundings for iri in (f.funder, *f.recipients, *f.abouts)})
        cards = self.cards
        entities = read_entities(store, named - cards.keys())
        entities.update((iri, Entity(tuple(keys), frozenset(classes), label_en, label_zh))
                        for iri in named & cards.keys() for keys, classes, label_en, label_zh in [cards[iri]])
        return SideFacts(links, told, serves, fundings, entities)


def _in_order(values: set) -> tuple:
    # most of a fact's value sets hold one value or none: no sort to call for them
    return tuple(values) if len(values) < 2 else tuple(sorted(values))


_told = tuple.__new__  # a Told made from one tuple: twice as fast as Told(...), for 40,000 links


class _AllRoles:
    def __contains__(self, role: str) -> bool:
        return True


class _FullIris(dict):
    """Short IRIs of digests (kg.store.digest.short) to full ones, each worked out once."""

    def __missing__(self, value: str) -> str:
        iri = self[value] = full(value)
        return iri


def _report_of(graph: str) -> str:
    """The report a report graph is a language version of (graph/A-76-97/zh: graph/A-76-97)."""
    return graph.rsplit("/", 1)[0]


def digests_query(graphs: frozenset[str]) -> str:
    """The digests of the report graphs `graphs`, looked up graph by graph."""
    return (f"SELECT ?reportGraph ?digest WHERE {{ {iri_values('reportGraph', graphs)} "
            f"GRAPH ?reportGraph {{ ?reportGraph <{DIGEST}> ?digest }} }}")


def read_entities(store, iris: set[str]) -> dict[str, Entity]:
    if not iris:
        return {}
    sparql = with_values(find_query("side_entities", QUERIES / "compare"), "entity", iris)
    found: dict[str, list] = {}
    for iri, key, classes, label_en, label_zh, label_other in run_query(store, sparql).rows:
        keys, known, *names = found.setdefault(iri, [[], set(), label_en, label_zh, label_other])
        keys.append(key)
        known.update(classes.split())
    return {iri: Entity(tuple(sorted(keys)), frozenset(classes), *names)
            for iri, (keys, classes, *names) in found.items()}


def _split(text: str, separator: str) -> list[str]:
    return text.split(separator) if text else []


# -- each section's tallies for one side -------------------------------------------------------

def partner_tallies(facts: SideFacts, side: Side, relations: tuple[str, ...]) -> dict[str, dict[str, Tally]]:
    """partner and partnership, as kg.views.networks.partners_network links them: two parties
    of one activity (one of them organising or funding, unless no such role is asked for), each
    link weighed by the activities it stands for."""
    link_all = not ORGANISING_ROLES & set(relations)
    weights: dict[tuple[str, str], int] = defaultdict(int)
    sources: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for told in _own(facts, side).values():
        roles_in: dict[str, set[str]] = {}
        sources_of: dict[str, set[str]] = {}
        for t, entity in told:
            role = t.role
            if role not in relations:
                continue
            for key in entity.keys:
                roles = roles_in.get(key)
                if roles is None:  # plain dicts: most activities have a few parties
                    roles_in[key], sources_of[key] = {role}, {t.label}
                    if key not in names:
                        names[key] = entity.name(key)
                else:
                    roles.add(role)
                    sources_of[key].add(t.label)
        if len(roles_in) < 2:
            continue
        for a, b in combinations(sorted(roles_in), 2):
            if link_all or (roles_in[a] | roles_in[b]) & ORGANISING_ROLES:
                weights[a, b] += 1
                sources[a, b] |= sources_of[a] | sources_of[b]
    partner: dict[str, Tally] = defaultdict(Tally)
    partnership: dict[str, Tally] = defaultdict(Tally)
    for (u, v), weight in weights.items():
        if (u in side.centres) != (v in side.centres):
            other = v if u in side.centres else u
            tally, name = partner[other], names[other]
        else:
            tally = partnership[f"{u} + {v}"]
            name = f"{names[u]} + {names[v]}"
        tally.name = name
        tally.count += weight
        tally.sources |= sources[u, v]
    return {"partner": partner, "partnership": partnership}


def beneficiary_tallies(facts: SideFacts, side: Side) -> dict[str, Tally]:
    """Countries an activity was for, by the activities."""
    activities: dict[str, set[str]] = defaultdict(set)
    tallies: dict[str, Tally] = defaultdict(Tally)
    for activity, told in _own(facts, side).items():
        for t, entity in told:
            if t.role != "beneficiary" or "Country" not in entity.classes:
                continue
            for key in entity.keys:
                tallies[key].name = entity.name(key)
                tallies[key].sources.add(t.label)
                activities[key].add(activity)
    for key, tally in tallies.items():
        tally.count = len(activities[key])
    return tallies


def _own(facts: SideFacts, side: Side) -> dict[str, list[tuple[Told, Entity]]]:
    """Each activity's links that the side's reports tell, to an organisation or country that
    activity_network.rq keeps (a key and a class), with it."""
    if side in facts.owned:
        return facts.owned[side]
    own = facts.owned[side] = {}
    reports = side.reports
    for activity, told in facts.agent_links.items():
        kept = [pair for pair in told if pair[0].report in reports]
        if kept:
            own[activity] = kept
    return own


def instrument_tallies(facts: SideFacts, side: Side) -> dict[str, Tally]:
    """Instruments an activity served (unkg:servesInstrument or an instrument link), by the
    activities, each cited by the paragraphs that describe the activity."""
    activities: dict[str, set[str]] = defaultdict(set)
    tallies: dict[str, Tally] = defaultdict(Tally)
    reports = side.reports
    for activity, entities, told in facts.served:
        labels = [label for report, label in told if report in reports]
        if not labels:
            continue
        for entity in entities:
            for key in entity.keys:
                tallies[key].name = entity.name(key)
                tallies[key].sources.update(labels)
                activities[key].add(activity)
    for key, tally in tallies.items():
        tally.count = len(activities[key])
    return tallies


def funder_tallies(facts: SideFacts, side: Side) -> dict[str, Tally]:
    """Funders as funders.rq gives them, one count per row of it: each funding statement once per
    sentence, recipient, purpose, amount, currency and year it has; money summed per currency."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    reports = side.reports
    for entity, sources, rows, money in facts.funding_rows:
        labels = [label for report, label in sources if report in reports]
        if not labels:
            continue
        for key in entity.keys:
            tally = tallies[key]
            tally.name = entity.name(key)
            tally.count += rows * len(labels)
            tally.sources.update(labels)
            for currency, value in money:
                tally.money[currency] = tally.money.get(currency, Decimal(0)) + value * len(labels)
    return tallies


def _decimal(amount: str) -> Decimal | None:
    try:
        return Decimal(amount)
    except InvalidOperation:
        return None


def _recipient_rows(facts: SideFacts, stated, abouts) -> int:
    """How many rows funders.rq gives a fact for its recipients: one per recipient with a key and
    a class (stated, else the body its report is about), or one with none."""
    found = {(key, True) for iri in stated if (e := facts.entity(iri)) and e.is_agent for key in e.keys}
    found |= {(key, False) for iri in abouts if (e := facts.entity(iri)) and e.is_agent for key in e.keys}
    return len(found) or 1


