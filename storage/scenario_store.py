"""The scenario library in the database: every scenario, every saved version of it, retired or not.

Each (scenario id, language) is one `StoredScenario`; each save adds an immutable
`ScenarioVersionRow` holding the YAML text exactly as the trainer wrote it. Versions are numbered
1, 2, 3… per scenario, and a practice session records the number it was played on, so a score keeps
its meaning after an edit and a resumed session plays on the text it started with.

The files in scenarios/library/ are the seed library: `seed_from_files` imports every shipped
(id, language) the database does not have yet, and never overwrites a trainer's edits. Imports are
all-or-nothing: every text is validated first, and one malformed file changes nothing.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, mapped_column

from scenarios.loader import LIBRARY_DIR, Library, ScenarioError, ScenarioFileError, parse_scenario
from scenarios.schema import Scenario
from storage.access import AccessDenied, Account
from storage.db import Database
from storage.models import Base, PracticeSession, utcnow


class StoredScenario(Base):
    __tablename__ = "scenarios"
    __table_args__ = (UniqueConstraint("scenario_id", "lang", name="uq_scenario_id_lang"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[str] = mapped_column(String(80), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    latest_version: Mapped[int] = mapped_column(Integer, default=1)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ScenarioVersionRow(Base):
    __tablename__ = "scenario_versions"
    __table_args__ = (UniqueConstraint("scenario_pk", "version", name="uq_scenario_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_pk: Mapped[int] = mapped_column(ForeignKey("scenarios.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    yaml_text: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. "seeded from files", "imported from x.yaml"
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ScenarioNotFound(LookupError):
    """No such scenario (or version); the message is safe to show."""


class VersionConflict(RuntimeError):
    """Someone saved a newer version while this one was being edited; the message is safe to show."""


@dataclass
class StoredLibrary(Library):
    """A `Library` of the latest versions, knowing which version each scenario is."""

    versions: dict[tuple[str, str], int] = field(default_factory=dict)

    def version_of(self, scenario_id: str, lang: str) -> int:
        return self.versions[(scenario_id, lang)]


@dataclass(frozen=True)
class ScenarioInfo:
    scenario_id: str
    lang: str
    title: str
    latest_version: int
    retired: bool
    updated_at: datetime


@dataclass(frozen=True)
class VersionInfo:
    version: int
    created_at: datetime
    author_id: int | None
    note: str


@dataclass(frozen=True)
class SaveResult:
    scenario_id: str
    lang: str
    version: int
    created: bool  # False when the text was identical to the latest version: nothing was written


_PARSED: dict[str, Scenario] = {}
_PARSED_LIMIT = 512


def _parse_cached(text: str, source: str) -> Scenario:
    """Parse once per process: stored versions never change, and YAML parsing is the slow part of
    reading the library. Keyed by the text alone (the source only names a file in errors, and
    texts that fail are not kept)."""
    scenario = _PARSED.get(text)
    if scenario is None:
        scenario = parse_scenario(text, source)
        if len(_PARSED) >= _PARSED_LIMIT:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[text] = scenario
    return scenario


def _source(scenario_id: str, lang: str, version: int | None = None) -> str:
    return f"{scenario_id}.{lang}.yaml" + (f" (v{version})" if version else "")


def content_hash(scenario: Scenario) -> str:
    """The identifier sessions stored before versions existed (see storage.practice.scenario_version)."""
    return hashlib.sha256(scenario.model_dump_json().encode("utf-8")).hexdigest()[:12]


def with_id(text: str, new_id: str, new_lang: str | None = None) -> str:
    """The same YAML with another top-level id (and language), keeping the author's layout."""
    def replace(key: str, value: str, src: str) -> str:
        pattern = re.compile(rf"^{key}:[^\n]*$", re.M)
        if pattern.search(src):
            return pattern.sub(f"{key}: {value}", src, count=1)
        data = yaml.safe_load(src)
        data[key] = value
        return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
    text = replace("id", new_id, text)
    return replace("lang", new_lang, text) if new_lang else text


AUTHOR_ROLES = frozenset({"trainer", "admin"})


class ScenarioStore:
    """actor: the signed-in account changes are made for; only trainers and admins may change the
    library. None is the system itself (seeding, the command line, and pages until sign-in exists)."""

    def __init__(self, db: Database, actor: Account | None = None):
        self.db = db
        self.actor = actor
        self.seed_errors: list[ScenarioError] = []

    def _author(self, author_id: int | None) -> int | None:
        if self.actor is not None and self.actor.role not in AUTHOR_ROLES:
            raise AccessDenied("only trainers may change scenarios")
        return author_id if author_id is not None else (self.actor.id if self.actor else None)

    # ---- reading ------------------------------------------------------------------------------
    def library(self) -> StoredLibrary:
        """The active (not retired) scenarios at their latest versions."""
        lib = StoredLibrary()
        with self.db.transaction() as tx:
            rows = tx.execute(
                select(StoredScenario.scenario_id, StoredScenario.lang, ScenarioVersionRow.version,
                       ScenarioVersionRow.yaml_text)
                .join(ScenarioVersionRow, (ScenarioVersionRow.scenario_pk == StoredScenario.id)
                      & (ScenarioVersionRow.version == StoredScenario.latest_version))
                .where(StoredScenario.retired.is_(False))
            ).all()
        for scenario_id, lang, version, text in rows:
            try:
                scenario = _parse_cached(text, _source(scenario_id, lang, version))
            except ScenarioFileError as exc:  # valid when saved, but the schema moved on since
                lib.errors.extend(exc.errors)
                continue
            lib.scenarios[(scenario_id, lang)] = scenario
            lib.versions[(scenario_id, lang)] = version
        return lib

    def listing(self, include_retired: bool = True) -> list[ScenarioInfo]:
        with self.db.transaction() as tx:
            rows = tx.execute(
                select(StoredScenario, ScenarioVersionRow.yaml_text)
                .join(ScenarioVersionRow, (ScenarioVersionRow.scenario_pk == StoredScenario.id)
                      & (ScenarioVersionRow.version == StoredScenario.latest_version))
                .order_by(StoredScenario.scenario_id, StoredScenario.lang)
            ).all()
        infos = []
        for row, text in rows:
            if row.retired and not include_retired:
                continue
            try:
                title = _parse_cached(text, _source(row.scenario_id, row.lang, row.latest_version)).title
            except ScenarioFileError:
                title = row.scenario_id
            infos.append(ScenarioInfo(row.scenario_id, row.lang, title, row.latest_version, row.retired, row.updated_at))
        return infos

    def text(self, scenario_id: str, lang: str, version: int | None = None) -> str:
        with self.db.transaction() as tx:
            head = self._head(tx, scenario_id, lang)
            wanted = version or head.latest_version
            text = tx.scalar(select(ScenarioVersionRow.yaml_text).where(
                ScenarioVersionRow.scenario_pk == head.id, ScenarioVersionRow.version == wanted))
        if text is None:
            raise ScenarioNotFound(f"scenario {scenario_id!r} ({lang}) has no version {wanted}")
        return text

    def get(self, scenario_id: str, lang: str, version: int | str | None = None) -> Scenario:
        """One scenario at a version (the latest when none is given), retired or not."""
        number = int(version) if version not in (None, "") else None
        text = self.text(scenario_id, lang, number)
        return _parse_cached(text, _source(scenario_id, lang, number))

    def latest_version(self, scenario_id: str, lang: str) -> int:
        with self.db.transaction() as tx:
            return self._head(tx, scenario_id, lang).latest_version

    def is_retired(self, scenario_id: str, lang: str) -> bool:
        with self.db.transaction() as tx:
            return self._head(tx, scenario_id, lang).retired

    def versions(self, scenario_id: str, lang: str) -> list[VersionInfo]:
        with self.db.transaction() as tx:
            head = self._head(tx, scenario_id, lang)
            rows = tx.scalars(select(ScenarioVersionRow).where(ScenarioVersionRow.scenario_pk == head.id)
                              .order_by(ScenarioVersionRow.version)).all()
            return [VersionInfo(r.version, r.created_at, r.author_id, r.note) for r in rows]

    def diff(self, scenario_id: str, lang: str, old: int, new: int) -> str:
        """A unified diff of two versions' YAML; empty when they are the same text."""
        a, b = self.text(scenario_id, lang, old), self.text(scenario_id, lang, new)
        return "".join(difflib.unified_diff(
            a.splitlines(keepends=True), b.splitlines(keepends=True),
            fromfile=_source(scenario_id, lang, old), tofile=_source(scenario_id, lang, new)))

    def resolve_version(self, scenario_id: str, lang: str, recorded: str | None) -> int:
        """The version a session recorded. Sessions from before versions existed stored a content
        hash (or "file"): match the hash against the stored versions, else take the first one."""
        if recorded and recorded.isdigit():
            return int(recorded)
        infos = self.versions(scenario_id, lang)
        for info in infos:
            if content_hash(self.get(scenario_id, lang, info.version)) == recorded:
                return info.version
        return infos[0].version

    def for_session(self, session_id: int) -> tuple[Scenario, int]:
        """The scenario a practice session was started on, at the version it was played on."""
        with self.db.transaction() as tx:
            row = tx.get(PracticeSession, session_id)
            if row is None:
                from storage.practice import SessionNotFound  # late: practice imports the engine

                raise SessionNotFound(f"no practice session {session_id}")
            key = (row.scenario_id, row.scenario_lang, row.scenario_version)
        version = self.resolve_version(*key)
        return self.get(key[0], key[1], version), version

    # ---- writing ------------------------------------------------------------------------------
    def save(self, text: str, *, editing: tuple[str, str] | None = None, create: bool = False,
             base_version: int | None = None, author_id: int | None = None, note: str = "") -> SaveResult:
        """Validate `text` and store it as the next version of its scenario.

        editing: the (id, lang) being edited; the text may not move to another id or language.
        create: the scenario must not exist yet. base_version: the version the edit started from;
        if someone saved since, VersionConflict (nothing is written)."""
        author_id = self._author(author_id)
        scenario = parse_scenario(text, _source(editing[0], editing[1]) if editing else "<new scenario>")
        key = (scenario.id, scenario.lang)
        if editing and key != tuple(editing):
            field_name = "id" if scenario.id != editing[0] else "lang"
            raise ScenarioFileError([ScenarioError(_source(*editing), field_name,
                                                   f"an edit cannot change the {field_name} "
                                                   f"(was {editing[0] if field_name == 'id' else editing[1]!r}); "
                                                   "duplicate the scenario to make a new one")])
        with self.db.transaction() as tx:
            head = tx.scalar(select(StoredScenario).where(StoredScenario.scenario_id == key[0],
                                                          StoredScenario.lang == key[1]).with_for_update())
            if head is not None and create:
                raise ScenarioFileError([ScenarioError(_source(*key), "id",
                                                       f"a scenario {key[0]!r} ({key[1]}) already exists; choose another id")])
            return self._add_version(tx, head, key, text, base_version, author_id, note)

    def duplicate(self, scenario_id: str, lang: str, new_id: str, new_lang: str | None = None,
                  author_id: int | None = None) -> SaveResult:
        text = with_id(self.text(scenario_id, lang), new_id, new_lang)
        return self.save(text, create=True, author_id=author_id,
                         note=f"duplicated from {scenario_id} ({lang}) v{self.latest_version(scenario_id, lang)}")

    def set_retired(self, scenario_id: str, lang: str, retired: bool = True) -> None:
        self._author(None)
        with self.db.transaction() as tx:
            head = self._head(tx, scenario_id, lang)
            head.retired = retired
            head.updated_at = utcnow()

    def import_texts(self, files: list[tuple[str, str]], author_id: int | None = None) -> list[SaveResult]:
        """Import (name, YAML text) pairs as new versions (or new scenarios). All or nothing: if any
        file is malformed, or two files are the same scenario, nothing changes and ScenarioFileError
        names every problem."""
        author_id = self._author(author_id)
        errors: list[ScenarioError] = []
        parsed: list[tuple[str, str, Scenario]] = []
        for name, text in files:
            try:
                parsed.append((name, text, parse_scenario(text, name)))
            except ScenarioFileError as exc:
                errors.extend(exc.errors)
        seen: dict[tuple[str, str], str] = {}
        for name, _text, sc in parsed:
            if (sc.id, sc.lang) in seen:
                errors.append(ScenarioError(name, "id", f"same scenario ({sc.id}, {sc.lang}) as {seen[(sc.id, sc.lang)]}"))
            seen.setdefault((sc.id, sc.lang), name)
        if errors:
            raise ScenarioFileError(errors)
        results = []
        with self.db.transaction() as tx:  # one transaction: all files land or none
            for name, text, sc in parsed:
                head = tx.scalar(select(StoredScenario).where(StoredScenario.scenario_id == sc.id,
                                                              StoredScenario.lang == sc.lang))
                results.append(self._add_version(tx, head, (sc.id, sc.lang), text, None, author_id,
                                                 f"imported from {Path(name).name}"))
        return results

    def import_files(self, paths: list[Path | str], author_id: int | None = None) -> list[SaveResult]:
        files = []
        errors = []
        for path in map(Path, paths):
            try:
                files.append((str(path), path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                errors.append(ScenarioError(str(path), "", f"cannot read file: {exc}"))
        if errors:
            raise ScenarioFileError(errors)
        return self.import_texts(files, author_id=author_id)

    def export_to(self, directory: Path | str, keys: list[tuple[str, str]] | None = None,
                  include_retired: bool = False) -> list[Path]:
        """Write `<id>.<lang>.yaml` files (latest versions) that load_library and import read back."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        keys = keys or [(i.scenario_id, i.lang) for i in self.listing(include_retired=include_retired)]
        written = []
        for scenario_id, lang in keys:
            path = directory / f"{scenario_id}.{lang}.yaml"
            path.write_text(self.text(scenario_id, lang), encoding="utf-8")
            written.append(path)
        return written

    def export_zip(self, include_retired: bool = True) -> bytes:
        """Every scenario's latest version as `<id>.<lang>.yaml` files in one zip (a backup a
        trainer can download and import again)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info in self.listing(include_retired=include_retired):
                archive.writestr(f"{info.scenario_id}.{info.lang}.yaml", self.text(info.scenario_id, info.lang))
        return buffer.getvalue()

    def seed_from_files(self, directory: Path | str = LIBRARY_DIR) -> list[ScenarioError]:
        """Import every valid shipped file whose (id, lang) the database lacks; return the bad files."""
        errors: list[ScenarioError] = []
        with self.db.transaction() as tx:
            known = set(tx.execute(select(StoredScenario.scenario_id, StoredScenario.lang)).tuples())
            for path in sorted(Path(directory).glob("*.yaml")):
                try:
                    text = path.read_text(encoding="utf-8")
                    scenario = _parse_cached(text, str(path))
                except (OSError, UnicodeDecodeError) as exc:
                    errors.append(ScenarioError(str(path), "", f"cannot read file: {exc}"))
                    continue
                except ScenarioFileError as exc:
                    errors.extend(exc.errors)
                    continue
                key = (scenario.id, scenario.lang)
                if path.name != f"{scenario.id}.{scenario.lang}.yaml":
                    errors.append(ScenarioError(str(path), "id", f"file name must be '{scenario.id}.{scenario.lang}.yaml' to match its id and lang"))
                    continue
                if key in known:
                    continue
                self._add_version(tx, None, key, text, None, None, "seeded from files")
                known.add(key)
        self.seed_errors = errors
        return errors

    # ---- helpers ------------------------------------------------------------------------------
    @staticmethod
    def _head(tx, scenario_id: str, lang: str) -> StoredScenario:
        head = tx.scalar(select(StoredScenario).where(StoredScenario.scenario_id == scenario_id,
                                                      StoredScenario.lang == lang))
        if head is None:
            raise ScenarioNotFound(f"no scenario {scenario_id!r} in language {lang!r}")
        return head

    @staticmethod
    def _add_version(tx, head: StoredScenario | None, key: tuple[str, str], text: str,
                     base_version: int | None, author_id: int | None, note: str) -> SaveResult:
        if head is None:
            head = StoredScenario(scenario_id=key[0], lang=key[1], latest_version=0, retired=False)
            tx.add(head)
            tx.flush()
        else:
            if base_version is not None and head.latest_version != base_version:
                raise VersionConflict(f"{key[0]} ({key[1]}) was saved as version {head.latest_version} while you "
                                      f"were editing version {base_version}; reload it and apply your change again")
            latest = tx.scalar(select(ScenarioVersionRow.yaml_text).where(
                ScenarioVersionRow.scenario_pk == head.id, ScenarioVersionRow.version == head.latest_version))
            if latest == text:
                return SaveResult(key[0], key[1], head.latest_version, created=False)
        head.latest_version += 1
        head.updated_at = utcnow()
        tx.add(ScenarioVersionRow(scenario_pk=head.id, version=head.latest_version, yaml_text=text,
                                  author_id=author_id, note=note))
        return SaveResult(key[0], key[1], head.latest_version, created=True)
