"""unkg: knowledge graphs from United Nations reports on peace and disarmament."""
from kg.errors import KGError

__all__ = ["KGError"]
__version__ = "0.1.0"
