"""Render user-written text safely: never as HTML, never as live Markdown."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def plain(text: str) -> str:
    """Escape Markdown so a reply shows exactly as typed (links, images and HTML stay inert)."""
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")
