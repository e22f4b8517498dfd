"""queries/*.rq by name -> rows."""
from kg.query.parameters import Parameter, QueryText, bind_parameters, parse_assignments, read_header, with_graphs, with_paging
from kg.query.results import FORMATS, render_solutions, text_table, write_solutions
from kg.query.runner import QueryResult, describe_queries, find_query, query_names, run_query, select

__all__ = ["FORMATS", "Parameter", "QueryResult", "QueryText", "bind_parameters", "describe_queries",
           "find_query", "parse_assignments", "query_names", "read_header", "render_solutions",
           "run_query", "select", "text_table", "with_graphs", "with_paging", "write_solutions"]
