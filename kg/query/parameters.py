"""Parameters of a query: declared in its comment header, bound as RDF terms, never as text.

A query declares each parameter on a header line, with an optional type after a colon:

    # param: org  key of an organisation (unkg:key), e.g. EU
    # param: year:integer  year an activity started in
    # param: text!  part of a name (`!`: required; the query answers nothing without it)

`kg query partners --param org=EU --param year=2021` turns each value into an RDF term
(pyoxigraph writes the literal, escaping what must be escaped) and binds it with a SPARQL
`VALUES ?org { "EU" }` block at the head of the query's WHERE clause (and of each subquery that
projects ?org, so that the subquery reads only what the value selects). A value is data: quotes,
braces or keywords in it stay inside the literal. A parameter given several times takes each
value in turn; a parameter left out is unbound, so the query must say what that means
(`FILTER(!BOUND(?year) || ...)`). A parameter must be a variable the WHERE clause matches or
tests, not one it creates with BIND (SPARQL forbids binding a variable twice in one group).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError

TYPES = ("string", "integer", "iri")
PARAM_LINE = re.compile(r"^#\s*param:\s*(?P<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?P<type>[a-z]+))?(?P<required>!)?"
                        r"\s*(?P<description>.*)$")
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str
    required: bool = False

    def term(self, value: str):
        """The RDF term for `value`; a value of the wrong form is the user's mistake."""
        import pyoxigraph

        if self.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", value.strip()):
                raise QueryError(f"--param {self.name}={value!r}: an integer is expected")
            return pyoxigraph.Literal(str(int(value)), datatype=pyoxigraph.NamedNode(XSD_INTEGER))
        if self.type == "iri":
            try:
                return pyoxigraph.NamedNode(value)
            except ValueError as error:
                raise QueryError(f"--param {self.name}={value!r}: not an IRI ({error})") from error
        return pyoxigraph.Literal(value)


@dataclass(frozen=True)
class QueryText:
    """A query's SPARQL with what its header says: its purpose and its parameters."""
    sparql: str
    purpose: str
    parameters: tuple[Parameter, ...]


def read_header(sparql: str) -> QueryText:
    """Purpose (the header's first sentence) and declared parameters of a query text."""
    prose, parameters = [], []
    for line in sparql.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            if stripped:
                break
            continue
        declared = PARAM_LINE.match(stripped)
        if LATERAL_MARK.match(stripped):
            continue  # how Oxigraph should run it, not what it is for
        if declared:
            kind = declared["type"] or "string"
            if kind not in TYPES:
                raise QueryError(f"parameter '{declared['name']}' has unknown type '{kind}'; "
                                 f"use one of {', '.join(TYPES)}")
            parameters.append(Parameter(declared["name"], kind, declared["description"].strip(),
                                        bool(declared["required"])))
        else:
            prose.append(stripped.lstrip("#").strip())
    text = " ".join(part for part in prose if part)
    sentence = re.split(r"(?<=[.])\s", text, maxsplit=1)[0]
    if len(sentence) > 100 and ":" in sentence:
        sentence = sentence.split(":", 1)[0]
    return QueryText(sparql, sentence, tuple(parameters))


def parse_assignments(assignments: list[str]) -> dict[str, list[str]]:
    """`["org=EU", "year=2021"]` -> {"org": ["EU"], "year": ["2021"]}; a value may hold '='."""
    values: dict[str, list[str]] = {}
    for assignment in assignments:
        name, equals, value = assignment.partition("=")
        if not equals or not name.strip():
            raise QueryError(f"--param {assignment!r}: write it as NAME=VALUE")
        values.setdefault(name.strip(), []).append(value)
    return values


def bind_parameters(query: QueryText, values: dict[str, list[str]]) -> str:
    """The query's SPARQL with a VALUES block for each parameter given, at the head of its WHERE
    clause and of each subquery that projects the parameter's variable. The subquery's copy
    changes no row (its rows are joined on that variable with the outer block anyway), but
    engines evaluate a subquery on its own before joining it, so without it a subquery that
    aggregates one organisation's activities would aggregate every organisation's."""
    declared = {p.name: p for p in query.parameters}
    unknown = [name for name in values if name not in declared]
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(f"unknown parameter '{unknown[0]}'; this query's parameters: {known}")
    missing = [p for p in query.parameters if p.required and p.name not in values]
    if missing:
        raise QueryError(f"give --param {missing[0].name}=… ({missing[0].description})")
    if not values:
        return query.sparql
    blocks: dict[str, str] = {}
    for name, given in values.items():
        terms = " ".join(dict.fromkeys(str(declared[name].term(value)) for value in given))
        blocks[name] = f"VALUES ?{name} {{ {terms} }}"
    sparql = query.sparql
    braces = [(where_brace(sparql), list(blocks.values()))]
    braces += [(brace, [blocks[name] for name in blocks if name in projected])
               for brace, projected in _subqueries(sparql)]
    for brace, own in sorted(braces, reverse=True):
        if own:
            sparql = sparql[:brace + 1] + "\n  " + "\n  ".join(own) + sparql[brace + 1:]
    return sparql


def _subqueries(sparql: str) -> list[tuple[int, set[str]]]:
    """(index of the '{' opening its WHERE clause, the variables it projects by name) for each
    subquery. `(expression AS ?v)` projects ?v alone, and `SELECT *` nothing by name."""
    found: list[tuple[int, set[str]]] = []
    projected: set[str] | None = None  # while reading a subquery's projection
    depth = parens = 0
    before: list[str] = ["", ""]  # the two tokens before this one
    for position, token in _tokens(sparql):
        if token.isspace():
            continue
        if token.upper() == "SELECT" and depth > 0:
            projected, parens = set(), 0
        elif projected is not None:
            if token == "{":
                found.append((position, projected))
                projected = None
            elif token in "()":
                parens += 1 if token == "(" else -1
            elif before[-1] == "?" and (parens == 0 or before[-2].upper() == "AS"):
                projected.add(token)
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        before = [before[-1], token]
    return found


def with_paging(sparql: str, *, limit: int | None, offset: int | None) -> str:
    """The query with LIMIT and OFFSET added; refused when it has its own."""
    if limit is None and offset is None:
        return sparql
    if re.search(r"\b(LIMIT|OFFSET)\s+\d+\s*$", _code_only(sparql), re.IGNORECASE):
        raise QueryError("this query has its own LIMIT or OFFSET; drop --limit/--offset or edit the query")
    tail = (f"\nLIMIT {int(limit)}" if limit is not None else "") + (f"\nOFFSET {int(offset)}" if offset else "")
    return sparql.rstrip() + tail + "\n"


IRI = re.compile(r"<[^<>\"{}|^`\\\s]*>")
WORD = re.compile(r"[A-Za-z_]+")


def _tokens(sparql: str):
    """(position, token) for the code of a query: comments, strings and IRIs are skipped as wholes."""
    i, size = 0, len(sparql)
    while i < size:
        char = sparql[i]
        if char == "#":
            newline = sparql.find("\n", i)
            i = size if newline < 0 else newline + 1
        elif char in "\"'":
            i = _string_end(sparql, i)
        elif char == "<" and (iri := IRI.match(sparql, i)):
            i = iri.end()
        elif word := WORD.match(sparql, i):
            yield i, word.group()
            i = word.end()
        else:
            yield i, char
            i += 1


def _string_end(sparql: str, start: int) -> int:
    quote = sparql[start]
    long_quote = sparql.startswith(quote * 3, start)
    delimiter = quote * 3 if long_quote else quote
    i = start + len(delimiter)
    while i < len(sparql):
        if sparql[i] == "\\":
            i += 2
        elif sparql.startswith(delimiter, i):
            return i + len(delimiter)
        else:
            i += 1
    raise QueryError("the query has a string that is never closed")


def where_brace(sparql: str) -> int:
    """Where the WHERE clause of the outermost query opens (the index of its '{')."""
    seen_where = False
    form = ""
    for position, token in _tokens(sparql):
        upper = token.upper()
        if upper in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") and not form:
            form = upper
        elif upper == "WHERE":
            seen_where = True
        elif token == "{" and (seen_where or form in ("SELECT", "ASK", "DESCRIBE")):
            return position
    raise QueryError("cannot find the query's WHERE clause to bind parameters in")


def _code_only(sparql: str) -> str:
    """The query with comments removed (strings and IRIs kept), for looking at its end."""
    return " ".join(token for _, token in _tokens(sparql))


def with_graphs(sparql: str, graphs) -> str:
    """The query reading only the named graphs `graphs` (their merge as its default graph): a
    `FROM <g>` clause for each, put before its WHERE clause. A query that reads a few reports of
    a big store then looks at their graphs alone instead of the union of every report."""
    clauses = "".join(f"FROM <{graph}>\n" for graph in dict.fromkeys(graphs))
    if not clauses:
        return sparql
    position = _where_keyword(sparql)
    return sparql[:position] + clauses + sparql[position:]


def _where_keyword(sparql: str) -> int:
    """Where the outermost query's WHERE keyword (or, without it, its WHERE clause's '{') is."""
    form = ""
    for position, token in _tokens(sparql):
        upper = token.upper()
        if upper in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") and not form:
            form = upper
        elif upper == "WHERE" or (token == "{" and form in ("SELECT", "ASK", "DESCRIBE")):
            return position
    raise QueryError("cannot find the query's WHERE clause to add FROM clauses before")


LATERAL_MARK = re.compile(r"^#\s*oxigraph:\s*lateral\b", re.MULTILINE)


def lateral_optionals(sparql: str) -> str:
    """For Oxigraph, a query whose header says `# oxigraph: lateral`: each OPTIONAL at the top of
    its WHERE clause or of a subquery's, and each bare group `{ ... }` there that follows a '.'
    or a '}' (and is not a branch of a UNION nor a subquery), becomes `LATERAL { ... }` (SPARQL
    SEP-0006). A subquery `{ SELECT ... }` itself stays as it is: it is there to be evaluated
    once and joined by hashing.

    Oxigraph joins such a block by evaluating it over the whole store and hashing the result
    when it cannot tell that looking it up row by row is cheaper (an OPTIONAL of more than one
    triple, a join after a FILTER): one report's paragraphs then cost a scan of every report.
    LATERAL makes it look the block up for each row before it. The rows are the same when, as
    in the shipped queries that ask for it, a block shares with the rows before it only
    variables they always bind and holds no FILTER on other outer variables. Other queries are
    left alone, and so are stores that are not Oxigraph."""
    if not LATERAL_MARK.search(sparql):
        return sparql
    tokens = [(p, t) for p, t in _tokens(sparql) if not t.isspace()]
    spans, depth, start, previous = [], 0, None, ""
    clauses = [1]  # depths of the top of a WHERE clause: the query's, then open subqueries'
    in_select = False  # between a subquery's SELECT and the '{' of its WHERE clause
    for index, (position, token) in enumerate(tokens):
        following = tokens[index + 1][1].upper() if index + 1 < len(tokens) else ""
        at_top = start is None and depth == clauses[-1]
        if token == "{":
            if at_top and previous in (".", "}") and following != "SELECT":
                start = (position, "group", depth)
            depth += 1
            if in_select:
                clauses.append(depth)
                in_select = False
        elif token == "}":
            if len(clauses) > 1 and depth == clauses[-1]:
                clauses.pop()
            depth -= 1
            if start is not None and depth == start[2]:
                if start[1] == "optional" or following != "UNION":
                    spans.append((start[0], position + 1))
                start = None
        elif at_top and token.upper() == "OPTIONAL":
            start = (position, "optional", depth)
        elif token.upper() == "SELECT" and depth > 0 and start is None:
            in_select = True
        previous = token
    for begin, end in reversed(spans):
        sparql = sparql[:begin] + "LATERAL { " + sparql[begin:end] + " }" + sparql[end:]
    return sparql


REPORT_GRAPH = "reportGraph"
# The graph that holds each body's names once (kg.store.base.ENTITIES_GRAPH); a file without named
# graphs (Turtle, N-Triples, RDF/XML) has them in its default graph with everything else.
ENTITIES_GRAPH_IRI = "<https://w3id.org/unkg/graph/entities>"


def uses_report_graphs(sparql: str) -> bool:
    """Does the query read one report's facts through `GRAPH ?reportGraph { ... }`, or the
    entities' names through `GRAPH <.../graph/entities> { ... }`?"""
    return bool(_report_graph_spans(sparql))


def without_report_graphs(sparql: str) -> str:
    """Each `GRAPH ?reportGraph { P }` (and `GRAPH <.../graph/entities> { P }`) as the plain
    group `{ P }`, for a store that keeps every
    triple in its default graph (a Turtle file has no named graphs, and a store read through
    FROM clauses sees its graphs merged into one).

    A shipped query names the graph of the report it reads (`GRAPH ?reportGraph`) because
    Oxigraph then looks each triple up in that one graph; looked up in the union of all graphs,
    the same triple costs several times more, which a store of 10,000 reports feels. Where
    there are no named graphs the default graph holds the same triples, so the rows are the
    same."""
    for begin, end in reversed(_report_graph_spans(sparql)):
        sparql = sparql[:begin] + sparql[end:]
    return sparql


def _report_graph_spans(sparql: str) -> list[tuple[int, int]]:
    """(start, end) of each `GRAPH ?reportGraph ` (or `GRAPH <.../graph/entities> `) before its
    '{', in the code of the query."""
    tokens = [(p, t) for p, t in _tokens(sparql) if not t.isspace()]
    spans = []
    for (position, token), (brace, opening) in zip(tokens, tokens[1:]):  # the IRI is no token
        if (token.upper() == "GRAPH" and opening == "{"
                and sparql[position + len(token):brace].strip() == ENTITIES_GRAPH_IRI):
            spans.append((position, brace))
    for index in range(len(tokens) - 3):
        (position, token), (_, mark), (_, name), (brace, opening) = tokens[index:index + 4]
        if token.upper() == "GRAPH" and mark in "?$" and name == REPORT_GRAPH and opening == "{":
            spans.append((position, brace))
    return sorted(spans)
