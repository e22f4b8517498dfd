"""Facts -> triples under the unkg ontology, with provenance down to the sentence.

Each report (one language version) is a named graph. The versions of one symbol are expressions
of one work (`id/report/A-76-97`, FRBR-style, linked by `dcterms:hasVersion`/`isVersionOf`), and
share the IRIs of what they have alike: entities, activities, contributions, statement lines,
posts and checks are keyed by the symbol and anchors every version has (kg.extract.keys), so
the six graphs of one report add up to one. What is written in one language (paragraph texts,
sentences, labels) and what one version found (findings) stays in that version, under its
report IRI or with a language tag. Provenance uses PROV-O: every activity,
link, contribution, statement line, post and finding is `prov:wasDerivedFrom` a `unkg:Sentence`
that is part of a `unkg:Paragraph` of the `unkg:Report`. Links of activities are kept twice:
as a direct property (`unkg:organizer` …) for easy querying, and as a qualified
`unkg:ActivityLink` node that carries the sentence it comes from.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from typing import TYPE_CHECKING

from kg.extract.facts import Activity, Entity, Facts, Source
from kg.extract.keys import contribution_keys, funding_keys, post_keys
from kg.ingest.document import Document
# Plain terms, not rdflib's: the same triples feed N-Triples text and rdflib graphs (kg.rdf.terms)
from kg.rdf import calendar
from kg.rdf.links import document_iri, language_iri, sdg_iri
from kg.rdf.terms import IRI as URIRef, Literal, TripleSet, XSD, to_rdflib
from kg.rdf.terms import (ACTIVITY_TYPE, CONTRIBUTION_KIND, DCTERMS, FINANCE_LINE, GENRE, GRAPH, ID,
                          MODALITY, ORG, PREFIXES, PROV, RDF, RDFS, ROLE, SCHEMA, SKOS,
                          UNKG, WD)

if TYPE_CHECKING:
    from rdflib import Dataset, Graph

ORG_CLASSES = {
    "un-entity": UNKG.UNEntity, "intergovernmental": UNKG.IntergovernmentalOrganization,
    "government-body": UNKG.GovernmentBody, "civil-society": UNKG.CivilSocietyOrganization,
    "think-tank": UNKG.ThinkTank, "parliamentary": UNKG.ParliamentaryBody,
    "academic": UNKG.AcademicInstitution, "fund": UNKG.Fund,
}
INSTRUMENT_CLASSES = {
    "treaty": UNKG.Treaty, "resolution": UNKG.Resolution, "programme": UNKG.Programme,
    "code-of-conduct": UNKG.CodeOfConduct, "agenda": UNKG.Agenda, "declaration": UNKG.Declaration,
}
RELATION_PROPERTIES = {
    "organizer": UNKG.organizer, "funder": UNKG.funder, "participant": UNKG.participant,
    "beneficiary": UNKG.beneficiary, "instrument": UNKG.servesInstrument,
}
GENRE_NAMES = {"report": "SecretaryGeneralReport", "letter": "Letter", "yearbook-chapter": "YearbookChapter",
               "other": "Other"}  # Metadata.genre -> concept of ontology/vocabularies.ttl
KIND_PATHS = {"Country": "country", "Organization": "org", "Instrument": "instrument",
              "Region": "region", "Person": "person"}


@lru_cache(maxsize=65536)  # a report names the same keys many times
def _part(text: str) -> str:
    """A readable IRI path segment."""
    return quote(re.sub(r"\s+", "-", text.strip()), safe="-._~()")


def entity_iri(entity: Entity) -> URIRef:
    return ID[f"{KIND_PATHS[entity.kind]}/{_part(entity.key)}"]


def work_iri(document: Document) -> URIRef:
    """The report whatever its language: the work its language versions are expressions of."""
    return ID[f"report/{_part(document.report_id)}"]


def report_iri(document: Document) -> URIRef:
    """One language version of a report."""
    return ID[f"report/{_part(document.report_id)}/{document.metadata.language}"]


def graph_iri(document: Document) -> URIRef:
    return GRAPH[f"{_part(document.report_id)}/{document.metadata.language}"]


def activity_iri(document: Document, activity: Activity) -> URIRef:
    return ID[f"activity/{_part(document.report_id)}/{_part(activity.key)}"]


class _Mapper:
    def __init__(self, graph: TripleSet, document: Document, *, describe: bool = True) -> None:
        self.g = graph
        self.doc = document
        self.report = report_iri(document)
        self.paragraphs = {p.key: p for p in document.paragraphs}
        self.section_titles = _section_titles(document)
        self.sentence_ids: dict[tuple[str, str], URIRef] = {}
        self.paragraph_nodes: set[URIRef] = set()
        self.describe = describe  # write what the entities are, or only name them
        self.named: dict[URIRef, Entity] = {}  # each entity node, as first named

    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def report_node(self, subject: Entity | None) -> None:
        meta, r = self.doc.metadata, self.report
        self.add(r, RDF.type, UNKG.Report)
        work = work_iri(self.doc)
        self.add(work, RDF.type, UNKG.ReportWork)
        self.add(work, DCTERMS.hasVersion, r)
        self.add(r, DCTERMS.isVersionOf, work)
        if meta.symbol:  # the document it is: the UN's, by its symbol, and the language version read
            self.add(work, DCTERMS.identifier, Literal(meta.symbol))
            self.add(work, UNKG.unDocument, document_iri(meta.symbol))
            self.add(r, DCTERMS.source, document_iri(meta.symbol, meta.language))
        for prop, value in ((DCTERMS.identifier, meta.symbol), (UNKG.session, meta.session),
                            (UNKG.agendaItem, meta.agenda_item), (UNKG.jobNumber, meta.job_number),
                            (UNKG.sha256, self.doc.sha256),
                            (UNKG.fileName, self.doc.source.rsplit("/", 1)[-1])):
            if value:
                self.add(r, prop, Literal(value))
        if meta.title:
            self.add(r, DCTERMS.title, Literal(meta.title, lang=meta.language))
        self.add(r, DCTERMS.language, language_iri(meta.language))
        self.add(r, UNKG.genre, GENRE[GENRE_NAMES[meta.genre or "other"]])
        self.add(r, UNKG.paragraphsNumbered, Literal(self.doc.numbered))
        for other in meta.other_symbols:
            self.add(r, UNKG.otherSymbol, Literal(other))
        for prop, value in ((UNKG.periodStart, meta.period_start), (UNKG.periodEnd, meta.period_end)):
            if value:
                self.add(r, prop, Literal(value, datatype=XSD.date))
        if subject:
            self.add(r, UNKG.about, self.entity(subject))
        for paragraph in self.doc.paragraphs:
            node = self.paragraph(paragraph.key)
            self.add(node, PROV.value, Literal(paragraph.text, lang=self.doc.metadata.language))

    def paragraph(self, key: str) -> URIRef:
        node = URIRef(f"{self.report}/p/{_part(key)}")
        if node not in self.paragraph_nodes:
            self.paragraph_nodes.add(node)
            paragraph = self.paragraphs.get(key)
            self.add(node, RDF.type, UNKG.Paragraph)
            self.add(node, DCTERMS.isPartOf, self.report)
            self.add(node, UNKG.paragraphKey, Literal(key))
            if paragraph is not None:
                self.add(node, UNKG.part, Literal(paragraph.part))
                self._section(node, paragraph.section, paragraph.part)
                if paragraph.number is not None:
                    self.add(node, UNKG.paragraphNumber, Literal(paragraph.number))
                if paragraph.position is not None:  # a block of a text without numbers
                    self.add(node, UNKG.blockPosition, Literal(paragraph.position))
        return node

    def _section(self, node: URIRef, section: str, part: str) -> None:
        """The heading path as printed ("二 > A > 1", "II > A > 1") is text of this language
        version and carries its tag; "summary" and "annex" are the part's code and carry none."""
        language = self.doc.metadata.language
        self.add(node, UNKG.section, Literal(section, lang=language) if section and section != part
                 else Literal(section))
        if section in self.section_titles:
            self.add(node, UNKG.sectionTitle, Literal(self.section_titles[section], lang=language))

    def sentence(self, source: Source) -> URIRef:
        key = (source.paragraph, source.sentence)
        if key not in self.sentence_ids:
            paragraph = self.paragraph(source.paragraph)
            digest = hashlib.sha1(source.sentence.encode("utf-8")).hexdigest()[:10]
            node = URIRef(f"{paragraph}/s/{digest}")
            self.add(node, RDF.type, UNKG.Sentence)
            self.add(node, DCTERMS.isPartOf, paragraph)
            self.add(node, PROV.value, Literal(source.sentence, lang=self.doc.metadata.language))
            self.sentence_ids[key] = node
        return self.sentence_ids[key]

    def derived(self, node: URIRef, source: Source) -> None:
        self.add(node, PROV.wasDerivedFrom, self.sentence(source))
        self.add(node, UNKG.inReport, self.report)

    def entity(self, entity: Entity) -> URIRef:
        node = entity_iri(entity)
        if node not in self.named:
            self.named[node] = entity
            if self.describe:
                describe_entity(self.g, node, entity)
        return node


def describe_entity(graph: TripleSet, node: URIRef, entity: Entity) -> None:
    """What an entity is, as every report naming it says alike: key, class, labels, codes."""
    def add(p, o) -> None:
        graph.add((node, p, o))

    add(UNKG.key, Literal(entity.key))
    add(RDF.type, entity_class(entity))
    labels = entity.all_labels()
    for lang, label in labels:
        add(RDFS.label, Literal(label, lang=lang))
        add(SKOS.prefLabel, Literal(label, lang=lang))
    if not labels:
        add(RDFS.label, Literal(entity.key))
    if entity.kind == "Country":
        add(UNKG.iso3, Literal(entity.key))
    if entity.iso2:
        add(UNKG.iso2, Literal(entity.iso2))
    if entity.m49:
        add(UNKG.m49, Literal(entity.m49))
    # skos:exactMatch, not owl:sameAs: our node carries what the reports say of it, which
    # is not to be merged into the other vocabulary's item (docs/model.md)
    if entity.wikidata:
        add(SKOS.exactMatch, WD[entity.wikidata])
    if entity.sdg:
        add(SKOS.exactMatch, sdg_iri(entity.sdg))
    if entity.symbol:
        add(UNKG.documentSymbol, Literal(entity.symbol))
        add(UNKG.unDocument, document_iri(entity.symbol))
    if entity.parent:
        add(ORG.subOrganizationOf, ID[f"org/{_part(entity.parent)}"])
    if entity.issuer:
        add(UNKG.adoptedBy, ID[f"org/{_part(entity.issuer)}"])
    if entity.host:
        add(UNKG.hostCountry, ID[f"country/{_part(entity.host)}"])
    if not entity.in_reference:
        add(UNKG.mintedFromText, Literal(True))


def entity_class(entity: Entity) -> URIRef:
    if entity.kind == "Organization":
        return ORG_CLASSES.get(entity.category or "", UNKG.Organization)
    if entity.kind == "Instrument":
        return INSTRUMENT_CLASSES.get(entity.category or "", UNKG.Instrument)
    return {"Country": UNKG.Country, "Region": UNKG.Region, "Person": UNKG.Person}[entity.kind]


def add_facts(graph: "Graph | TripleSet", document: Document, facts: Facts) -> None:
    """Write one report's facts into `graph` (the report's named graph): a `TripleSet` gets the
    plain terms, an rdflib graph rdflib's."""
    if isinstance(graph, TripleSet):
        return _map(graph, document, facts)
    triples = TripleSet()
    _map(triples, document, facts)
    graph.addN((to_rdflib(s), to_rdflib(p), to_rdflib(o), graph) for s, p, o in triples)


def facts_triples(document: Document, facts: Facts) -> TripleSet:
    """One report's triples, in plain terms (kg.rdf.terms), in the order they were made."""
    triples = TripleSet()
    _map(triples, document, facts)
    return triples


def report_triples(document: Document, facts: Facts) -> tuple[TripleSet, list[Entity]]:
    """The triples of the report's own graph, and the entities it names (first named first), to
    be described apart (`describe_entity`): a corpus describes an entity once, not per report."""
    triples = TripleSet()
    return triples, list(_map(triples, document, facts, describe=False).values())


def _map(graph: TripleSet, document: Document, facts: Facts, *, describe: bool = True) -> dict[URIRef, Entity]:
    m = _Mapper(graph, document, describe=describe)
    m.report_node(facts.subject)
    for mention in facts.mentions:
        m.add(m.report, UNKG.mentions, m.entity(mention.entity))
    for activity in facts.activities:
        _activity(m, activity)
    rid = _part(document.report_id)
    for c, key in zip(facts.contributions, contribution_keys(facts.contributions), strict=True):
        node = ID[f"contribution/{rid}/{_part(key)}"]
        _direction(m, node, c.kind, m.entity(c.party), facts.subject)
        m.add(node, UNKG.contributionKind, CONTRIBUTION_KIND[c.kind])
        m.add(node, SCHEMA.amount, Literal(f"{c.amount:.2f}", datatype=XSD.decimal))
        m.add(node, SCHEMA.currency, Literal(c.currency))
        if c.year:
            m.add(node, UNKG.year, Literal(str(c.year), datatype=XSD.gYear))
        m.derived(node, c.source)
    for f, key in zip(facts.fundings, funding_keys(facts.fundings), strict=True):
        node = ID[f"funding/{rid}/{_part(key)}"]
        m.add(node, RDF.type, UNKG.FundingRelation)
        m.add(node, UNKG.funder, m.entity(f.funder))
        if f.recipient:
            m.add(node, UNKG.recipient, m.entity(f.recipient))
        m.add(node, UNKG.purpose, Literal(f.purpose, lang="en"))
        m.derived(node, f.source)
    _statement(m, facts, rid)
    for post, key in zip(facts.posts, post_keys(facts.posts), strict=True):
        node = ID[f"post/{rid}/{_part(key)}"]
        m.add(node, RDF.type, UNKG.Post)
        m.add(node, UNKG.grade, Literal(post.grade))
        m.add(node, UNKG.postCount, Literal(post.count))
        m.add(node, RDFS.label, Literal(post.title or post.grade, lang=document.metadata.language))
        if post.funded_by:
            m.add(node, UNKG.fundedBy, m.entity(post.funded_by))
        if facts.subject:
            m.add(node, UNKG.postOf, m.entity(facts.subject))
        m.derived(node, post.source)
    for n, finding in enumerate(facts.findings, 1):  # what one version's reading found: its own
        node = ID[f"finding/{rid}/{document.metadata.language}/{n}"]
        m.add(node, RDF.type, UNKG.Finding)
        m.add(node, UNKG.findingKind, Literal(finding.kind))
        m.add(node, RDFS.comment, Literal(finding.message, lang="en"))
        m.derived(node, finding.source)
    return m.named


def _activity(m: _Mapper, activity: Activity) -> None:
    node = activity_iri(m.doc, activity)
    m.add(node, RDF.type, UNKG.Activity)
    m.add(node, RDFS.label, Literal(activity.label, lang=m.doc.metadata.language))
    m.add(node, UNKG.activityType, ACTIVITY_TYPE[activity.type])
    if activity.modality:
        m.add(node, UNKG.modality, MODALITY[activity.modality])
    _dates(m, node, activity)
    if activity.participants is not None:
        m.add(node, UNKG.participantCount, Literal(activity.participants))
    if activity.participant_countries is not None:
        m.add(node, UNKG.participantCountryCount, Literal(activity.participant_countries))
    m.add(node, UNKG.describedIn, m.paragraph(activity.paragraph))
    for source in activity.sources:
        m.derived(node, source)
    for link in activity.links:
        target = m.entity(link.target)
        m.add(node, RELATION_PROPERTIES[link.relation], target)
        qualified = URIRef(f"{node}/link/{link.relation}/{_part(link.target.kind)}-{_part(link.target.key)}")
        m.add(qualified, RDF.type, UNKG.ActivityLink)
        m.add(qualified, UNKG.activity, node)
        m.add(qualified, UNKG.role, ROLE[link.relation])
        m.add(qualified, UNKG.target, target)
        m.derived(qualified, link.source)


def _dates(m: _Mapper, node: URIRef, activity: Activity) -> None:
    """The dates as stated, and the instants they span (see kg/rdf/calendar.py)."""
    if activity.start:
        m.add(node, UNKG.startDate, calendar.stated(activity.start))
        earliest = calendar.earliest(activity.start)
        if earliest is not None:
            m.add(node, UNKG.earliestStart, earliest)
    if activity.end:
        m.add(node, UNKG.endDate, calendar.stated(activity.end))
    last = activity.end or activity.start
    latest = calendar.latest(last) if last else None
    if latest is not None:
        m.add(node, UNKG.latestEnd, latest)


def _direction(m: _Mapper, node: URIRef, kind: str, party: URIRef, subject: Entity | None) -> None:
    """Which way the money went: a donation from the party to the body the report is about, a
    refund from that body back to the party (not a grant to it)."""
    body = m.entity(subject) if subject else None
    m.add(node, RDF.type, UNKG.MonetaryContribution)
    if kind == "refund":
        m.add(node, RDF.type, UNKG.Refund)
        m.add(node, UNKG.refundedTo, party)
        if body is not None:
            m.add(node, UNKG.payer, body)
        return
    m.add(node, RDF.type, UNKG.Donation)
    m.add(node, UNKG.contributor, party)
    if body is not None:
        m.add(node, UNKG.recipient, body)


def _statement(m: _Mapper, facts: Facts, rid: str) -> None:
    for line in facts.finance:
        node = ID[f"statement/{rid}/{line.line}"]
        m.add(node, RDF.type, UNKG.StatementLine)
        m.add(node, UNKG.lineType, FINANCE_LINE[line.line])
        m.add(node, RDFS.label, Literal(line.label, lang=m.doc.metadata.language))
        m.add(node, SCHEMA.amount, Literal(f"{line.amount:.2f}", datatype=XSD.decimal))
        m.add(node, SCHEMA.currency, Literal(line.currency))
        if line.date:
            m.add(node, UNKG.asOf, Literal(line.date, datatype=XSD.date))
        if line.sign_inferred:  # how one version printed the figure, so said of that version
            m.add(node, UNKG.signInferredIn, m.report)
        m.derived(node, line.source)
    for check in facts.checks:
        node = ID[f"check/{rid}/{check.name}"]
        m.add(node, RDF.type, UNKG.ArithmeticCheck)
        m.add(node, UNKG.checkName, Literal(check.name))
        m.add(node, UNKG.expected, Literal(f"{check.expected:.2f}", datatype=XSD.decimal))
        m.add(node, UNKG.actual, Literal(f"{check.actual:.2f}", datatype=XSD.decimal))
        m.add(node, UNKG.consistent, Literal(check.consistent))
        m.add(node, RDFS.comment, Literal(check.explanation, lang="en"))
        m.add(node, UNKG.inReport, m.report)


def _section_titles(document: Document) -> dict[str, str]:
    """Heading path ("二 > A") -> the title of its last heading, as the reader built the paths."""
    titles: dict[str, str] = {}
    path: dict[int, str] = {}
    for heading in document.headings:
        path = {level: label for level, label in path.items() if level < heading.level}
        path[heading.level] = heading.label
        if heading.title:
            titles[" > ".join(path[level] for level in sorted(path))] = heading.title
    return titles


def new_dataset() -> "Dataset":
    from rdflib import Dataset

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, str(namespace))
    return dataset


def to_dataset(items: list[tuple[Document, Facts]], dataset: "Dataset | None" = None) -> "Dataset":
    """Every report's facts in its own named graph of one dataset."""
    dataset = dataset if dataset is not None else new_dataset()
    for document, facts in items:
        graph = dataset.graph(to_rdflib(graph_iri(document)))
        graph.remove((None, None, None))  # a rebuilt report replaces its graph
        add_facts(graph, document, facts)
    return dataset


__all__ = ["to_dataset", "add_facts", "facts_triples", "report_triples", "describe_entity", "new_dataset", "entity_iri", "report_iri", "work_iri",
           "graph_iri", "activity_iri"]
