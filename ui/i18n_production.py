"""UI strings for running in production: the database being unreachable (issue 7)."""

PRODUCTION_STRINGS: dict[str, dict[str, str]] = {
    "db_unavailable": {
        "zh": "数据库暂时无法连接。已经保存的通话记录都不会丢失，请稍后再试。",
        "en": "The database cannot be reached right now. Everything already saved is safe; try again in a moment.",
    },
    "db_unavailable_title": {"zh": "暂时无法连接", "en": "Temporarily unavailable"},
    "db_retry": {"zh": "重试", "en": "Try again"},
}
