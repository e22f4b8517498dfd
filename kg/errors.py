"""Errors a user can cause. The CLI turns each into one line and exit status 2."""


class KGError(Exception):
    """Something about the user's input or request is wrong; the message says what to do."""


class InputError(KGError):
    """A report file cannot be read as a report."""


class QueryError(KGError):
    """A query name or file is unknown or does not parse."""


class GraphError(KGError):
    """A graph file cannot be loaded or written."""
