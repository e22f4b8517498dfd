"""Who took part in which activity, and who funded what, read from a graph through SPARQL.

Views never look at the extractor: they read `queries/activity_network.rq` and
`queries/funders.rq`, so they work on any graph file that follows docs/model.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.paths import QUERIES
from kg.query import find_query, run_query
from kg.views.kinds import Kind, kind_of

ROLES = ("organizer", "funder", "participant", "beneficiary")


@dataclass(frozen=True)
class Agent:
    """An organisation or country (or any entity with a key) as a node of a network."""
    key: str
    label_en: str
    label_zh: str
    kind: Kind
    classes: frozenset[str] = field(default=frozenset(), compare=False)  # local names of its RDF classes
    label_other: str = field(default="", compare=False)  # its name in another language, lacking both


    @property
    def is_country(self) -> bool:
        return "Country" in self.classes

    @property
    def name(self) -> str:
        """The English name, else the Chinese one, else one in another language, else the key."""
        return self.label_en or self.label_zh or self.label_other or self.key

    @property
    def names(self) -> str:
        """Both names when the graph has both: "Togo / 多哥"."""
        both = " / ".join(dict.fromkeys(n for n in (self.label_en, self.label_zh) if n))
        return both or self.label_other or self.key


@dataclass(frozen=True, order=True)
class Source:
    """Where the report says it: report symbol, paragraph key and the sentence."""
    report: str
    paragraph: str
    sentence: str

    @property
    def label(self) -> str:
        """"A/74/132 para. 6"; annex and summary paragraphs keep their key ("A/74/132 annex-1-a")."""
        place = f"para. {self.paragraph}" if self.paragraph.isdigit() else self.paragraph
        return " ".join(part for part in (self.report, place) if part)


@dataclass(frozen=True)
class Activity:
    iri: str
    type: str
    label_en: str
    label_zh: str
    start: str
    end: str
    label_other: str = ""  # its label in another language, lacking both

    @property
    def date(self) -> str:
        """The start date as written (a day, a month or a year), else the end date, else ""."""
        return self.start or self.end

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    @property
    def title(self) -> str:
        """"2019-04-02 Workshop: 国家讲习班"."""
        head = " ".join(part for part in (self.date, self.type) if part) or self.iri.rsplit("/", 1)[-1]
        label = self.label_en or self.label_zh or self.label_other
        return f"{head}: {label}" if label else head


@dataclass(frozen=True)
class Participation:
    """One agent in one role (organizer, funder, participant, beneficiary) of one activity."""
    agent: Agent
    role: str
    activity: Activity
    source: Source


@dataclass(frozen=True)
class Funding:
    """One statement that a funder paid for something: an activity, a recipient, or the body the
    report is about. `how` is "activity", "funding" or a contribution kind ("voluntary-contribution",
    "in-kind"); `recipient` is None when the report names none."""
    funder: Agent
    how: str
    recipient: Agent | None
    recipient_stated: bool
    activity: Activity | None
    purpose: str
    amount: str
    currency: str
    year: int | None
    source: Source

    @property
    def what(self) -> str:
        if self.activity is not None:
            return f"funded {self.activity.title}"
        money = f"{float(self.amount):,.0f} {self.currency}".strip() if self.amount else ""
        kind = self.how.replace("-", " ")
        return ", ".join(part for part in (kind, money, self.purpose) if part)


def open_store(graph):
    """A pyoxigraph store for a graph file path, an rdflib Dataset or Graph, or a store as is."""
    if isinstance(graph, (str, Path)):
        from kg.store.files import load_into_oxigraph

        return load_into_oxigraph(graph)
    if hasattr(graph, "serialize") and hasattr(graph, "quads"):  # rdflib
        from kg.store.memory import to_oxigraph

        return to_oxigraph(graph)
    return graph


def read_participations(graph, sparql: str | None = None) -> list[Participation]:
    """Every organisation or country linked to an activity, once per sentence that tells it
    (`sparql`: a query with the columns of queries/activity_network.rq, which is the default)."""
    store = open_store(graph)
    rows = run_query(store, sparql or find_query("activity_network")).as_dicts()
    others = other_names(store, rows, (("agent_key", "agent"), ("activity", "activity")))
    # one object per activity and per agent, from whichever row names it first
    activities: dict[str, Activity] = {}
    agents: dict[str, Agent] = {}
    return [
        Participation(
            agent=agents.setdefault(row["agent_key"], _agent(row, "agent", others)),
            role=row["role"],
            activity=activities.setdefault(row["activity"], Activity(
                row["activity"], row["activity_type"], row["activity_label_en"], row["activity_label_zh"],
                row["start"], row["end"], others.get(row["activity"], ""))),
            source=Source(row["report"], row["paragraph"], row["sentence"]),
        )
        for row in rows
    ]


def read_fundings(graph, sparql: str | None = None) -> list[Funding]:
    """Every activity funder, funding relation and contribution (refunds left out; `sparql`: a
    query with the columns of queries/funders.rq, which is the default)."""
    store = open_store(graph)
    rows = run_query(store, sparql or find_query("funders")).as_dicts()
    others = other_names(store, rows, (("funder_key", "funder"), ("recipient_key", "recipient"),
                                       ("activity", "activity")))
    fundings = []
    for row in rows:
        activity = None
        if row["activity"]:
            activity = Activity(row["activity"], row["activity_type"], row["activity_label_en"],
                                row["activity_label_zh"], row["start"], "", others.get(row["activity"], ""))
        year = activity.year if activity else (int(row["year"][:4]) if row["year"][:4].isdigit() else None)
        fundings.append(Funding(
            funder=_agent(row, "funder", others),
            how=row["how"],
            recipient=_agent(row, "recipient", others) if row["recipient_key"] else None,
            recipient_stated=row["recipient_stated"] == "true",
            activity=activity,
            purpose=row["purpose"],
            amount=row["amount"],
            currency=row["currency"],
            year=year,
            source=Source(row["report"], row["paragraph"], row["sentence"]),
        ))
    return fundings


def _agent(row: dict[str, str], prefix: str, others: dict[str, str]) -> Agent:
    key = row[f"{prefix}_key"]
    return Agent(key, row[f"{prefix}_label_en"], row[f"{prefix}_label_zh"],
                 kind_of(row[f"{prefix}_classes"]), frozenset(row[f"{prefix}_classes"].split()),
                 others.get(key, ""))


def other_names(store, rows: list[dict[str, str]], columns) -> dict[str, str]:
    """A name in another language for each key or activity IRI in `rows` that has neither an
    English nor a Chinese one (`columns`: pairs of the column and the prefix of its labels), read
    with one small query (the big one would look up every node's every label)."""
    import pyoxigraph

    from kg.query.parameters import where_brace

    lacking = {row[column] for row in rows for column, prefix in columns
               if row.get(column) and not row.get(f"{prefix}_label_en") and not row.get(f"{prefix}_label_zh")}
    if not lacking:
        return {}
    terms = [f"<{node}>" if "://" in node else str(pyoxigraph.Literal(node)) for node in sorted(lacking)]
    sparql = find_query("other_names", QUERIES / "views")
    brace = where_brace(sparql)
    sparql = sparql[:brace + 1] + "\n  VALUES ?node { " + " ".join(terms) + " }" + sparql[brace + 1:]
    return {node: name for node, name in run_query(store, sparql).rows if name}
