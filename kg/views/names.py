"""What a node of a network is called: its English name, else its Chinese one, else its name in
the language of the report that names it (a body known only from a French or Arabic report),
else its key."""
from __future__ import annotations


def node_name(key: str, data: dict) -> str:
    """One name for `key`'s node (a label, a tooltip title, an export's `label`)."""
    return data.get("label_en") or data.get("label_zh") or data.get("label_other") or key


def node_names(key: str, data: dict, separator: str = " / ") -> str:
    """Both the English and the Chinese name where the graph has both ("Togo / 多哥")."""
    both = separator.join(dict.fromkeys(n for n in (data.get("label_en"), data.get("label_zh")) if n))
    return both or data.get("label_other") or key
