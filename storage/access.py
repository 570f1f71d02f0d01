"""Who is asking: the signed-in account every query is made for, the roles, and the error raised
when an account asks for what its role may not read or change."""

from __future__ import annotations

from dataclasses import dataclass

ROLES: tuple[str, ...] = ("trainee", "trainer", "hr", "admin")
STAFF_ROLES = frozenset({"trainer", "hr"})  # read the cohorts they are assigned to


class AccessDenied(PermissionError):
    """The account may not read or change this; pages show it as an error."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: str
    cohort_id: int | None = None
    is_demo: bool = False

    @property
    def name(self) -> str:
        return self.display_name or self.username
