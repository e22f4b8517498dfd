"""Errors a user can cause. The CLI turns each into one line and exit status 2."""


class KGError(Exception):
    """Something about the user's input or request is wrong; the message says what to do."""

    def __str__(self) -> str:
        """The message on one line, as the CLI prints it. A parser's message can span lines and
        list every token it expected: it is folded, and a long one is cut in the middle, since
        its head names the file and the place and its tail says what to do."""
        text = " ".join(super().__str__().split())
        return text if len(text) <= 240 else text[:150] + " … " + text[-70:]


class InputError(KGError):
    """A report file cannot be read as a report."""


class QueryError(KGError):
    """A query name or file is unknown or does not parse."""


class GraphError(KGError):
    """A graph file cannot be loaded or written."""


class OutputError(KGError):
    """A file cannot be written where the user asked (a missing or read-only folder, a full
    disk, a folder given as the file name)."""
