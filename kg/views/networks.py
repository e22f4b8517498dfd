"""Networks built from what the graph says: networkx graphs whose nodes are entity keys.

Three views:

- **partners**: organisations and countries, linked when they share an activity; the weight of a
  link is the number of activities they share. Two parties are linked when at least one of them
  organised or funded the activity (or when only participant and beneficiary links are asked
  for): the twelve countries at one webinar took part side by side, they did not work together,
  and linking each to each would hide the partnerships under a clique.
- **bipartite**: organisations and countries on one side, activities on the other.
- **funding**: a directed graph from each funder to what it funded: an activity, a named
  recipient, the body the report is about, or a "recipient not named" node per report.

Every node and link carries its `evidence`: the activities or funding statements behind it, each
with the report paragraph and sentence, for tooltips and exports.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from kg.views.errors import ViewError
from kg.views.kinds import ACTIVITY, UNNAMED
from kg.views.names import node_name
from kg.views.relations import (ROLES, Activity, Agent, Funding, Participation, read_fundings,
                                read_participations)

VIEWS = ("partners", "bipartite", "funding")
ORGANISING_ROLES = frozenset({"organizer", "funder"})


@dataclass(frozen=True)
class ViewFilter:
    """What to keep: roles, a span of years (inclusive), the weakest link, one party's neighbours.

    A fact with no date is left out once `since` or `until` is given. `reports` (symbols) keeps
    only what those reports say (None: every report); `kg.views.scope.narrow` finds them.
    """
    relations: tuple[str, ...] = ROLES
    since: int | None = None
    until: int | None = None
    min_weight: int = 1
    focus: str | None = None
    reports: frozenset[str] | None = None

    def __post_init__(self):
        unknown = [r for r in self.relations if r not in ROLES]
        if unknown or not self.relations:
            raise ViewError(f"unknown relation '{', '.join(unknown)}'; use some of {', '.join(ROLES)}")
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ViewError(f"--since {self.since} is after --until {self.until}")
        if self.min_weight < 1:
            raise ViewError("--min-weight must be 1 or more")

    @property
    def has_dates(self) -> bool:
        return self.since is not None or self.until is not None

    def keeps_year(self, year: int | None) -> bool:
        if not self.has_dates:
            return True
        if year is None:
            return False
        return (self.since is None or year >= self.since) and (self.until is None or year <= self.until)

    def keeps_report(self, report: str) -> bool:
        return self.reports is None or report in self.reports


@dataclass(frozen=True, order=True)
class Evidence:
    """One fact behind a node or a link: when, what, and where the report says it. `about` (an
    activity's IRI) keeps apart two activities that read alike."""
    date: str
    what: str
    source: str
    sentence: str = field(default="", compare=False)
    about: str = ""


def build_network(graph, view: str = "partners", filters: ViewFilter = ViewFilter()) -> nx.Graph:
    """The network of one view over a graph (a file path, an rdflib Dataset or a pyoxigraph Store)."""
    if view == "partners":
        return partners_network(read_participations(graph), filters)
    if view == "bipartite":
        return bipartite_network(read_participations(graph), filters)
    if view == "funding":
        if set(filters.relations) != set(ROLES):
            raise ViewError("--relation applies to the partners and bipartite views, not to funding")
        return funding_network(read_fundings(graph), filters)
    raise ViewError(f"unknown view '{view}'; use one of {', '.join(VIEWS)}")


def partners_network(participations: list[Participation], filters: ViewFilter = ViewFilter()) -> nx.Graph:
    """Parties linked by the activities they share; `weight` is how many."""
    kept = [p for p in participations
            if p.role in filters.relations and filters.keeps_year(p.activity.year)
            and filters.keeps_report(p.source.report)]
    link_all = not ORGANISING_ROLES & set(filters.relations)
    roles_in = defaultdict(lambda: defaultdict(set))   # activity -> agent key -> roles
    sources_of = defaultdict(set)                       # (activity, agent key) -> sources
    network = nx.Graph()
    for p in kept:
        _add_agent(network, p.agent)
        roles_in[p.activity][p.agent.key].add(p.role)
        sources_of[p.activity, p.agent.key].add(p.source)
    for activity, roles in roles_in.items():
        for key in roles:
            network.nodes[key]["evidence"].append(_evidence(activity, {key: roles[key]}, sources_of, network))
        for a, b in combinations(sorted(roles), 2):
            if link_all or (roles[a] | roles[b]) & ORGANISING_ROLES:
                if not network.has_edge(a, b):
                    network.add_edge(a, b, evidence=[])
                network.edges[a, b]["evidence"].append(
                    _evidence(activity, {a: roles[a], b: roles[b]}, sources_of, network))
    return _finish(network, filters, weigh_links=True)


def bipartite_network(participations: list[Participation], filters: ViewFilter = ViewFilter()) -> nx.Graph:
    """Parties on one side, activities on the other; --min-weight keeps parties in that many activities."""
    network = nx.Graph()
    for p in participations:
        if (p.role not in filters.relations or not filters.keeps_year(p.activity.year)
                or not filters.keeps_report(p.source.report)):
            continue
        _add_agent(network, p.agent)
        activity_key = p.activity.iri
        if activity_key not in network:
            network.add_node(activity_key, label_en=_activity_label(p.activity), label_zh="",
                             kind=ACTIVITY.name, evidence=[], description=p.activity.title)
        if not network.has_edge(p.agent.key, activity_key):
            network.add_edge(p.agent.key, activity_key, roles=set(), evidence=[])
        edge = network.edges[p.agent.key, activity_key]
        edge["roles"].add(p.role)
        told = Evidence(p.activity.date, f"{p.agent.name}: {p.role}", p.source.label, p.source.sentence)
        edge["evidence"].append(told)
        network.nodes[activity_key]["evidence"].append(told)
        network.nodes[p.agent.key]["evidence"].append(Evidence(
            p.activity.date, f"{p.role} of {p.activity.title}", p.source.label, p.source.sentence, activity_key))
    for _, _, data in network.edges(data=True):
        data["roles"] = ", ".join(sorted(data["roles"]))
        data["weight"] = 1
    for _, data in network.nodes(data=True):
        data["bipartite"] = 1 if data["kind"] == ACTIVITY.name else 0
    if filters.min_weight > 1:
        weak = [n for n, data in network.nodes(data=True)
                if data["kind"] != ACTIVITY.name and network.degree(n) < filters.min_weight]
        network.remove_nodes_from(weak)
        network.remove_nodes_from([n for n in list(network) if network.degree(n) == 0])
    return _finish(network, filters, weigh_links=False, radius=2)


def funding_network(fundings: list[Funding], filters: ViewFilter = ViewFilter()) -> nx.DiGraph:
    """Funders to what they funded; `weight` is the number of funding statements."""
    network = nx.DiGraph()
    for funding in fundings:
        if not filters.keeps_year(funding.year) or not filters.keeps_report(funding.source.report):
            continue
        _add_agent(network, funding.funder)
        target = _funding_target(network, funding)
        if not network.has_edge(funding.funder.key, target):
            network.add_edge(funding.funder.key, target, evidence=[])
        evidence = Evidence(funding.activity.date if funding.activity else str(funding.year or ""),
                            funding.what, funding.source.label, funding.source.sentence)
        network.edges[funding.funder.key, target]["evidence"].append(evidence)
        network.nodes[funding.funder.key]["evidence"].append(evidence)
        network.nodes[target]["evidence"].append(Evidence(
            evidence.date, f"from {funding.funder.name}: {funding.what}", evidence.source, evidence.sentence))
    return _finish(network, filters, weigh_links=True)


def _funding_target(network: nx.DiGraph, funding: Funding) -> str:
    if funding.activity is not None:
        key = funding.activity.iri
        if key not in network:
            network.add_node(key, label_en=_activity_label(funding.activity), label_zh="",
                             kind=ACTIVITY.name, evidence=[], description=funding.activity.title)
        return key
    if funding.recipient is not None:
        _add_agent(network, funding.recipient)
        return funding.recipient.key
    report = funding.source.report or "report"
    key = f"unnamed-recipient/{report}"
    if key not in network:
        network.add_node(key, label_en=f"Recipient not named ({report})", label_zh="",
                         kind=UNNAMED.name, evidence=[])
    return key


def _add_agent(network: nx.Graph, agent: Agent) -> None:
    if agent.key not in network:
        network.add_node(agent.key, label_en=agent.label_en, label_zh=agent.label_zh,
                         label_other=agent.label_other, kind=agent.kind.name, evidence=[])


def _activity_label(activity: Activity) -> str:
    return " ".join(part for part in (activity.date, activity.type) if part) or activity.title


def _evidence(activity: Activity, roles: dict[str, set[str]], sources_of, network) -> Evidence:
    """The activity, who was in it as what (for one party: as what), and where the report tells it."""
    if len(roles) == 1:
        who = "as " + "/".join(sorted(next(iter(roles.values()))))
    else:
        who = "; ".join(f"{_name(network, key)} {'/'.join(sorted(r))}" for key, r in roles.items())
    sources = sorted(s for key in roles for s in sources_of[activity, key])
    first = sources[0]
    return Evidence(activity.date, f"{activity.title} ({who})",
                    "; ".join(dict.fromkeys(s.label for s in sources)), first.sentence, activity.iri)


def _name(network: nx.Graph, key: str) -> str:
    return node_name(key, network.nodes[key])


def _finish(network: nx.Graph, filters: ViewFilter, *, weigh_links: bool, radius: int = 1) -> nx.Graph:
    """Sort each evidence list by date (once per fact), weigh each link by its evidence, drop weak
    links and the parties they leave alone, keep one party's neighbourhood."""
    for _, data in network.nodes(data=True):
        data["evidence"] = sorted(set(data["evidence"]))
    for _, _, data in network.edges(data=True):
        data["evidence"] = sorted(set(data["evidence"]))
        if weigh_links:
            data["weight"] = len(data["evidence"])
    if weigh_links and filters.min_weight > 1:
        weak = [(a, b) for a, b, weight in network.edges(data="weight") if weight < filters.min_weight]
        network.remove_edges_from(weak)
        network.remove_nodes_from([n for n in list(network) if network.degree(n) == 0])
    if filters.focus is not None:
        if filters.focus not in network:
            parties = sorted(key for key, kind in network.nodes(data="kind") if kind != ACTIVITY.name)
            known = ", ".join(parties[:12])
            raise ViewError(f"no organisation or country with key '{filters.focus}' in this view; "
                            f"keys include: {known or '(none)'}")
        around = nx.ego_graph(network.to_undirected(as_view=True), filters.focus, radius=radius)
        network = network.subgraph(around.nodes).copy()
        network.nodes[filters.focus]["focus"] = True
    return network
