"""Load and validate scenario files.

Loading never stops at the first bad file: every valid scenario is returned together with one
ScenarioError per malformed file, naming the file, the field path and what was expected, so the app
can start with what is valid and show what is not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from scenarios.schema import Scenario

LIBRARY_DIR = Path(__file__).resolve().parent / "library"


@dataclass(frozen=True)
class ScenarioError:
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f" field '{self.field}'" if self.field else ""
        return f"{self.file}:{where} {self.message}"


class ScenarioFileError(ValueError):
    """A scenario file (or text) that cannot be used; carries every problem found."""

    def __init__(self, errors: list[ScenarioError]):
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))


@dataclass
class Library:
    scenarios: dict[tuple[str, str], Scenario] = field(default_factory=dict)
    errors: list[ScenarioError] = field(default_factory=list)

    def get(self, scenario_id: str, lang: str) -> Scenario:
        try:
            return self.scenarios[(scenario_id, lang)]
        except KeyError:
            known = ", ".join(f"{i} ({l})" for i, l in sorted(self.scenarios)) or "none"
            raise KeyError(f"no scenario {scenario_id!r} in language {lang!r}; known: {known}") from None

    def listing(self) -> list[Scenario]:
        return [self.scenarios[k] for k in sorted(self.scenarios)]


def _field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc)


def parse_scenario(text: str, source: str = "<text>") -> Scenario:
    """Parse and validate one scenario from YAML text; raise ScenarioFileError naming every problem."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise ScenarioFileError([ScenarioError(source, "", f"not valid YAML: {where}{getattr(exc, 'problem', exc)}")]) from None
    if not isinstance(data, dict):
        raise ScenarioFileError([ScenarioError(source, "", "expected a mapping of scenario fields at the top level")])
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        errors = []
        for err in exc.errors():
            msg = err["msg"]
            if err["type"] not in ("missing", "extra_forbidden") and "input" in err:
                shown = repr(err["input"])
                msg += f" (got {shown[:60] + '…' if len(shown) > 60 else shown})"
            if err["type"] == "extra_forbidden":
                msg = "unknown field; remove it or check its spelling"
            errors.append(ScenarioError(source, _field_path(err["loc"]), msg))
        raise ScenarioFileError(errors) from None


def load_file(path: Path) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioFileError([ScenarioError(str(path), "", f"cannot read file: {exc}")]) from None
    scenario = parse_scenario(text, str(path))
    expected = f"{scenario.id}.{scenario.lang}.yaml"
    if path.name != expected:
        raise ScenarioFileError(
            [ScenarioError(str(path), "id", f"file name must be '{expected}' to match its id and lang")]
        )
    return scenario


def load_library(directory: Path | str = LIBRARY_DIR) -> Library:
    """Every scenario file under `directory`, validated; bad files become errors, not exceptions."""
    library = Library()
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            scenario = load_file(path)
        except ScenarioFileError as exc:
            library.errors.extend(exc.errors)
            continue
        library.scenarios[(scenario.id, scenario.lang)] = scenario
    return library
