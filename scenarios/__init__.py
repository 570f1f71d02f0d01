"""Scenario files: schema, loading and validation. Plain Python, no UI."""

from scenarios.loader import Library, ScenarioError, ScenarioFileError, load_file, load_library, parse_scenario
from scenarios.schema import Scenario

__all__ = ["Library", "Scenario", "ScenarioError", "ScenarioFileError", "load_file", "load_library", "parse_scenario"]
