"""`kg query`: declared parameters bound as RDF terms, the list of queries, paging, the W3C
result formats and the table."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree

import pyoxigraph
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.query import bind_parameters, find_query, read_header

try:
    runner = CliRunner(mix_stderr=False)  # click 8.1 mixes stderr into the output unless told
except TypeError:  # click 8.2 and later keep them apart always
    runner = CliRunner()

HOSTILE = [
    'OSCE" } } SELECT * WHERE { ?s ?p ?o } #',
    "OSCE' } UNION { ?link ?p ?o }",
    'x" . FILTER(true) } LIMIT 1 #',
    "\"\"\" } DELETE WHERE { ?s ?p ?o } \\",
    "OSCE\n} }",
]


def kg(*arguments: str):
    result = runner.invoke(app, list(arguments))
    return result


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_a_parameter_narrows_the_rows_to_its_value(two_years_graph):
    every = csv_rows(kg("query", "partners", "-g", str(two_years_graph), "-f", "csv").stdout)
    osce = csv_rows(kg("query", "partners", "-g", str(two_years_graph), "-f", "csv", "--param", "org=OSCE").stdout)
    in_2022 = csv_rows(kg("query", "partners", "-g", str(two_years_graph), "-f", "csv",
                          "-p", "org=UNRCPD", "-p", "year=2022").stdout)

    assert len(every) > len(osce) > 0
    assert {r["organisation_key"] for r in osce} == {"OSCE"}
    assert {(r["partner_key"], r["activities"], frozenset(r["paragraphs"].split("; "))) for r in in_2022} == {
        ("OSCE", "2", frozenset({"A/78/902 para. 3", "A/78/902 para. 5"})), ("UNODC", "1", frozenset({"A/78/902 para. 4"}))}
    both = csv_rows(kg("query", "partners", "-g", str(two_years_graph), "-f", "csv",
                       "-p", "org=OSCE", "-p", "org=THA").stdout)
    assert {r["organisation_key"] for r in both} == {"OSCE", "THA"}


@pytest.mark.parametrize("value", HOSTILE)
def test_quotes_braces_and_keywords_in_a_value_are_bound_as_a_literal(value, tmp_path, two_years_graph):
    query = read_header(find_query("partners"))
    bound = bind_parameters(query, {"org": [value]})

    # the text is the query with a VALUES block whose only term is the value, whole: one at the
    # head of the query and one in the subquery that counts the organisation's partners
    store = pyoxigraph.Store()
    store.load(two_years_graph.read_bytes(), format=pyoxigraph.RdfFormat.N_QUADS)
    assert list(store.query(bound, use_default_graph_as_union=True)) == []
    assert bound.count("VALUES") == 2 and bound.replace(
        "VALUES ?org { " + str(pyoxigraph.Literal(value)) + " }", "") .count("{") == query.sparql.count("{")

    # an organisation whose key is that very text is found, and only it: the value is matched whole
    hostile_graph = tmp_path / "hostile.nq"
    data = two_years_graph.read_text(encoding="utf-8").replace('"OSCE"', str(pyoxigraph.Literal(value)))
    hostile_graph.write_text(data, encoding="utf-8")
    result = kg("query", "partners", "-g", str(hostile_graph), "-f", "json", "--param", f"org={value}")
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert {b["organisation_key"]["value"] for b in bindings} == {value}
    assert {(b["partner_key"]["value"], b["activities"]["value"]) for b in bindings} == {("UNRCPD", "3")}


def test_a_wrong_parameter_is_refused_in_one_line(two_years_graph):
    cases = [(["--param", "organisation=EU"], "kg: error: partners: unknown parameter 'organisation'; this query's parameters: org, year"),
             (["--param", "year=2021 } #"], "kg: error: partners: --param year='2021 } #': an integer is expected"),
             (["--param", "org"], "kg: error: partners: --param 'org': write it as NAME=VALUE")]
    for arguments, message in cases:
        result = kg("query", "partners", "-g", str(two_years_graph), *arguments)
        assert result.exit_code == 2
        assert result.stderr.strip() == message


def test_the_list_gives_each_query_its_purpose_and_parameters():
    listing = kg("query", "--list").stdout.splitlines()

    partners = next(i for i, line in enumerate(listing) if line.startswith("partners "))
    assert "Who co-organised activities with whom" in listing[partners]
    assert listing[partners + 1].split()[:2] == ["--param", "org=…"]
    assert "(integer)" in listing[partners + 2] and "year=…" in listing[partners + 2]
    names = [line.split()[0] for line in listing if not line.startswith(" ")]
    assert {"activities", "document", "entities", "partners", "reports", "activity_reports"} <= set(names)
    assert all(len(line.split(None, 1)) == 2 for line in listing if not line.startswith(" "))


def test_limit_and_offset_page_through_the_rows(two_years_graph):
    every = csv_rows(kg("query", "activities", "-g", str(two_years_graph), "-f", "csv").stdout)
    page = csv_rows(kg("query", "activities", "-g", str(two_years_graph), "-f", "csv",
                       "--limit", "2", "--offset", "3").stdout)
    assert len(every) == 6 and page == every[3:5]


def test_json_is_w3c_sparql_results_with_types_and_languages(two_years_graph):
    data = json.loads(kg("query", "activities", "-g", str(two_years_graph), "-f", "json").stdout)

    assert data["head"]["vars"][:3] == ["activity", "paragraph", "start"]
    first = data["results"]["bindings"][0]
    assert first["activity"]["type"] == "uri"
    assert first["start"] == {"type": "literal", "value": "2021-03-10",
                              "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert first["label"]["xml:lang"] == "en"
    assert "end" not in first  # unbound: absent, as the W3C format says


def test_csv_keeps_the_contract_header_and_tsv_xml_are_w3c(two_years_graph):
    csv_text = kg("query", "activities", "-g", str(two_years_graph), "-f", "csv").stdout
    assert csv_text.splitlines()[0] == "activity,paragraph,start,end,type,modality,participants,participant_countries,label"
    assert csv_rows(csv_text)[1]["end"] == "2021-06-16"

    tsv = kg("query", "activities", "-g", str(two_years_graph), "-f", "tsv").stdout.splitlines()
    assert tsv[0].split("\t")[:3] == ["?activity", "?paragraph", "?start"]
    assert tsv[1].split("\t")[2] == '"2021-03-10"^^<http://www.w3.org/2001/XMLSchema#date>'

    root = ElementTree.fromstring(kg("query", "document", "-g", str(two_years_graph), "-f", "xml").stdout)
    namespace = "{http://www.w3.org/2005/sparql-results#}"
    assert [v.get("name") for v in root.iter(f"{namespace}variable")][:2] == ["symbol", "language"]
    assert len(list(root.iter(f"{namespace}result"))) == 2


def test_the_table_aligns_wide_scripts_and_says_when_it_cuts(tmp_path):
    graph = tmp_path / "names.ttl"
    long_name = "Organisation " + "with a very long name " * 4
    graph.write_text(f"""
@prefix unkg: <https://w3id.org/unkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/unkg/id/org/ZH> a unkg:Organization ; unkg:key "ZH" ; skos:prefLabel "联合国裁军事务厅"@zh .
<https://w3id.org/unkg/id/org/AR> a unkg:Organization ; unkg:key "AR" ; skos:prefLabel "مَكْتَب شُؤُون نَزْع السِّلَاح"@ar .
<https://w3id.org/unkg/id/org/LONG> a unkg:Organization ; unkg:key "LONG" ; skos:prefLabel "{long_name}"@en .
""", encoding="utf-8")
    query = tmp_path / "names.rq"
    query.write_text("""PREFIX unkg: <https://w3id.org/unkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?entity ?name ?key WHERE { ?entity unkg:key ?key ; skos:prefLabel ?name } ORDER BY ?key""", encoding="utf-8")
    from rich.cells import cell_len

    table = kg("query", str(query), "-g", str(graph)).stdout.splitlines()
    rows = {line.split()[-1]: line for line in table[2:] if line.split() and line.split()[-1] in ("AR", "LONG", "ZH")}
    key_column = {cell_len(line[:line.rindex(key)]) for key, line in rows.items()}
    assert len(key_column) == 1  # the key column starts at the same display column on every row
    assert "id:org/ZH" in rows["ZH"]  # an IRI shortened by its prefix, not cut
    assert "…" in rows["LONG"] and table[-1].startswith("(cells longer than 60 columns are cut")

    wide = kg("query", str(query), "-g", str(graph), "--wide").stdout
    assert long_name.strip() in wide and "https://w3id.org/unkg/id/org/ZH" in wide and "…" not in wide


def test_every_declared_parameter_is_a_variable_its_query_binds_and_parses_with():
    from kg.query import describe_queries

    declared = 0
    for name, query in describe_queries():
        for parameter in query.parameters:
            declared += 1
            assert f"?{parameter.name}" in query.sparql.split(parameter.description, 1)[1], (name, parameter.name)
            value = "2021" if parameter.type == "integer" else "x"
            assert list(pyoxigraph.Store().query(bind_parameters(query, {parameter.name: [value]}))) == [], name
    assert declared >= 7


def test_two_parameters_of_countries_by_role_narrow_together(two_years_graph):
    rows = csv_rows(kg("query", "countries_by_role", "-g", str(two_years_graph), "-f", "csv",
                       "-p", "country=NPL", "-p", "role=beneficiary").stdout)
    assert sorted((r["start"], r["activity_type"], r["paragraphs"]) for r in rows) == [
        ("2021-03-10", "Webinar", "A/77/901 para. 3"), ("2021-10-05", "Workshop", "A/77/901 para. 5"),
        ("2022-03-08", "Webinar", "A/78/902 para. 3")]
    assert {(r["country_key"], r["role"]) for r in rows} == {("NPL", "beneficiary")}
