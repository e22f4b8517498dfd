"""queries/*.rq by name -> rows."""
from kg.query.runner import QueryResult, find_query, query_names, run_query

__all__ = ["QueryResult", "find_query", "query_names", "run_query"]
