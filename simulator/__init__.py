"""The borrower simulator: a practice call driven by scored replies. Plain Python, no UI."""

from simulator.engine import MAX_REPLY_CHARS, ReplyError, SessionEnded, Simulation, TurnResult, validate_reply

__all__ = ["MAX_REPLY_CHARS", "ReplyError", "SessionEnded", "Simulation", "TurnResult", "validate_reply"]
