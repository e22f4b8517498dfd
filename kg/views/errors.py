"""What a user can get wrong when asking for a view: an unknown view, relation or key, an empty
network, an export format we do not write."""
from kg.errors import KGError


class ViewError(KGError):
    """The network asked for cannot be drawn or written; the message says what to change."""
