"""Exports of what a board shows, to CSV and Excel, each one recorded in the audit log.

Cells that a spreadsheet would run as a formula (starting with = + - @) are prefixed with an
apostrophe: names and scenario ids are typed by people."""

from __future__ import annotations

import io

import pandas as pd

from storage import audit
from storage.access import Account
from storage.db import Database

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v)
        elif isinstance(out[column].dtype, pd.DatetimeTZDtype):
            out[column] = out[column].dt.tz_localize(None)  # Excel has no time zones; all times are UTC
    return out


def to_csv(frame: pd.DataFrame) -> bytes:
    # utf-8 with a byte-order mark, so Excel opens Chinese text correctly
    return _safe(frame).to_csv(index=False).encode("utf-8-sig")


def to_excel(sheets: dict[str, pd.DataFrame]) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for n, (name, frame) in enumerate(sheets.items(), 1):
            title = "".join(c for c in name if c not in "[]:*?/\\")[:31] or f"Sheet{n}"
            _safe(frame).to_excel(writer, sheet_name=title, index=False)
    return buffer.getvalue()


def record_export(db: Database, viewer: Account, what: str, fmt: str, rows: int, filters: dict | None = None) -> None:
    with db.transaction() as tx:
        audit.record(tx, viewer, "export", what, format=fmt, rows=rows, filters=filters or {})
