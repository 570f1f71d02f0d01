"""Scenario authoring (trainers): create, edit (form or YAML), duplicate and retire scenarios;
preview the persona card; test-play with the hidden state shown; compare versions; lint; import
and export YAML. Every save is a new version in the database (storage.scenario_store)."""

from __future__ import annotations

import yaml
import streamlit as st

from scenarios.loader import ScenarioFileError, parse_scenario
from scenarios.schema import STATE_FIELDS
from simulator import ReplyError, SessionEnded, Simulation
from storage.access import AccessDenied
from storage.db import DatabaseUnavailable
from storage.scenario_store import VersionConflict
from ui import auth, services
from ui.i18n import label, t
from ui.persona import persona_card
from ui.render import plain

TEMPLATES = {code: f"scenarios/templates/new.{code}.yaml" for code in ("zh", "en")}
NEW = "__new__"

lang = st.session_state.get("ui_lang", "zh")
account = auth.require("trainer", "admin")
store = services.scenario_store(actor=account)  # changes are checked against and recorded for this account
st.title(t("authoring", lang))

if flash := st.session_state.pop("author_flash", None):
    st.success(flash)
if pending := st.session_state.pop("author_select_next", None):
    st.session_state["author_scenario"] = pending  # set before the selectbox exists

try:
    infos = store.listing(include_retired=True)
except DatabaseUnavailable as exc:
    st.error(str(exc))
    st.stop()
by_key = {f"{i.scenario_id}|{i.lang}": i for i in infos}


def _option_label(option: str) -> str:
    if option == NEW:
        return t("author_new", lang)
    info = by_key[option]
    retired = f" · {t('author_retired_mark', lang)}" if info.retired else ""
    return f"{info.title} · {info.scenario_id} ({info.lang}) · {t('author_version', lang)} {info.latest_version}{retired}"


selected = st.selectbox(t("author_pick", lang), [NEW, *by_key], format_func=_option_label, key="author_scenario")
if selected == NEW:
    new_lang = st.radio(t("author_new_lang", lang), list(TEMPLATES), key="author_new_lang", horizontal=True,
                        index=0 if lang == "zh" else 1, format_func=lambda code: {"zh": "中文", "en": "English"}[code])
    editing, version = None, None
    base_text = open(TEMPLATES[new_lang], encoding="utf-8").read()
else:
    info = by_key[selected]
    editing, version = (info.scenario_id, info.lang), info.latest_version
    base_text = store.text(*editing, version)

FORM_FIELDS = {  # widget key -> path in the scenario
    "id": ("id",), "title": ("title",), "summary": ("summary",), "difficulty": ("difficulty",), "pack": ("pack",),
    "tags": ("tags",), "name": ("persona", "name"), "age": ("persona", "age"),
    "occupation": ("persona", "occupation"), "product": ("persona", "loan", "product"),
    "lender": ("persona", "loan", "lender"), "principal": ("persona", "loan", "principal"),
    "amount_due": ("persona", "loan", "amount_due"), "overdue_days": ("persona", "loan", "overdue_days"),
    "currency": ("persona", "loan", "currency"), "monthly": ("persona", "capacity", "monthly"),
    "first_payment": ("persona", "capacity", "first_payment"), "pay_day": ("persona", "capacity", "pay_day"),
    "backstory": ("backstory",), "max_turns": ("outcomes", "max_turns"),
    **{f"state_{name}": ("initial_state", name) for name in STATE_FIELDS},
}
MONEY = {"principal", "amount_due", "monthly", "first_payment"}


def _get(data: dict, path: tuple):
    for part in path:
        data = data.get(part, {}) if isinstance(data, dict) else {}
    return data


def _load_widgets() -> None:
    """Put the base version into the editors when another scenario or version is selected."""
    st.session_state["author_yaml"] = base_text
    data = yaml.safe_load(base_text)
    for key, path in FORM_FIELDS.items():
        value = _get(data, path)
        if key == "tags":
            value = ", ".join(str(v) for v in value or [])
        elif key in MONEY:
            value = float(value or 0)
        elif key in ("difficulty", "age", "overdue_days", "max_turns") or key.startswith("state_"):
            value = int(value or 0)
        else:
            value = "" if value == {} else str(value)
        st.session_state[f"author_f_{key}"] = value
    st.session_state["author_dup_id"] = f"{data.get('id', 'scenario')}-copy"
    st.session_state.pop("author_play", None)
    st.session_state.pop("author_lint", None)


loaded = (selected, version if editing else new_lang)
if st.session_state.get("author_loaded") != loaded:
    _load_widgets()
    st.session_state["author_loaded"] = loaded


def _show_errors(errors, heading_key: str) -> None:
    st.error(t(heading_key, lang, n=len(errors)) + "\n\n" + "\n".join(
        f"- **{plain(e.field) or '—'}**: {plain(e.message)}" for e in errors))


def _save(text: str, note: str = "") -> None:
    try:
        result = store.save(text, editing=editing, create=editing is None, base_version=version, note=note)
    except ScenarioFileError as exc:
        _show_errors(exc.errors, "author_invalid")
        return
    except (VersionConflict, AccessDenied, DatabaseUnavailable) as exc:
        st.error(t("author_conflict", lang, error=str(exc)))
        return
    key = "author_saved" if result.created else "author_unchanged"
    st.session_state["author_flash"] = t(key, lang, id=result.scenario_id, scenario_lang=result.lang, version=result.version)
    st.session_state["author_select_next"] = f"{result.scenario_id}|{result.lang}"
    st.session_state.pop("author_loaded", None)  # reload the editors from what was saved
    st.rerun()


# ---- the draft: what the YAML editor holds, checked on every run ------------------------------------
draft_text = st.session_state.get("author_yaml", base_text)
try:
    draft = parse_scenario(draft_text, "draft")
    draft_errors = []
except ScenarioFileError as exc:
    draft, draft_errors = None, exc.errors
try:
    saved = parse_scenario(base_text, "saved") if editing else None
except ScenarioFileError:  # saved under an older schema; the YAML tab lists what no longer fits
    saved = None

if editing:
    cols = st.columns([2, 2, 1])
    if store.is_retired(*editing):
        cols[0].warning(t("author_retired_now", lang))
        if cols[0].button(t("author_unretire", lang), key="author_unretire"):
            store.set_retired(*editing, retired=False)
            st.session_state.pop("author_loaded", None)
            st.rerun()
    elif cols[0].button(t("author_retire", lang), key="author_retire"):
        store.set_retired(*editing, retired=True)
        st.session_state.pop("author_loaded", None)
        st.rerun()
    new_id = cols[1].text_input(t("author_dup_id", lang), key="author_dup_id")
    if cols[1].button(t("author_dup", lang), key="author_dup"):
        try:
            result = store.duplicate(*editing, new_id=new_id.strip())
        except ScenarioFileError as exc:
            _show_errors(exc.errors, "author_invalid")
        else:
            st.session_state["author_flash"] = t("author_saved", lang, id=result.scenario_id, scenario_lang=result.lang,
                                                 version=result.version)
            st.session_state["author_select_next"] = f"{result.scenario_id}|{result.lang}"
            st.rerun()
    cols[2].download_button(t("author_export_one", lang), base_text.encode("utf-8"), key="author_export",
                            file_name=f"{editing[0]}.{editing[1]}.yaml", mime="application/x-yaml")

tabs = st.tabs([t(k, lang) for k in ("author_tab_form", "author_tab_yaml", "author_tab_preview", "author_tab_play",
                                      "author_tab_versions", "author_tab_lint", "author_tab_files")])

# ---- form: the common fields -------------------------------------------------------------------------
with tabs[0]:
    st.caption(t("author_form_note", lang))
    with st.form("author_form"):
        st.text_input(t("author_id", lang), key="author_f_id", disabled=editing is not None)
        st.text_input(t("author_title", lang), key="author_f_title")
        st.text_area(t("author_summary", lang), key="author_f_summary")
        c1, c2, c3 = st.columns(3)
        c1.number_input(t("author_difficulty", lang), min_value=1, max_value=3, step=1, key="author_f_difficulty")
        c2.selectbox(t("author_pack", lang), ["cn", "us"], key="author_f_pack")
        c3.text_input(t("author_tags", lang), key="author_f_tags")
        c1, c2, c3 = st.columns(3)
        c1.text_input(t("author_name", lang), key="author_f_name")
        c2.number_input(t("author_age", lang), min_value=0, max_value=120, step=1, key="author_f_age")
        c3.text_input(t("author_occupation", lang), key="author_f_occupation")
        c1, c2, c3 = st.columns(3)
        c1.text_input(t("author_product", lang), key="author_f_product")
        c2.text_input(t("author_lender", lang), key="author_f_lender")
        c3.text_input(t("author_currency", lang), key="author_f_currency")
        c1, c2, c3 = st.columns(3)
        c1.number_input(t("author_principal", lang), min_value=0.0, key="author_f_principal")
        c2.number_input(t("author_amount_due", lang), min_value=0.0, key="author_f_amount_due")
        c3.number_input(t("author_overdue_days", lang), min_value=0, step=1, key="author_f_overdue_days")
        c1, c2, c3 = st.columns(3)
        c1.number_input(t("author_monthly", lang), min_value=0.0, key="author_f_monthly")
        c2.number_input(t("author_first_payment", lang), min_value=0.0, key="author_f_first_payment")
        c3.text_input(t("author_pay_day", lang), key="author_f_pay_day")
        st.text_area(t("author_backstory", lang), key="author_f_backstory")
        st.markdown(f"**{t('author_initial_state', lang)}**")
        state_cols = st.columns(4)
        for col, name in zip(state_cols, STATE_FIELDS):
            col.slider(t(f"state_{name}", lang), 0, 100, key=f"author_f_state_{name}")
        st.number_input(t("author_max_turns", lang), min_value=2, max_value=60, step=1, key="author_f_max_turns")
        form_note = st.text_input(t("author_note", lang), key="author_form_note")
        submitted = st.form_submit_button(t("author_create" if editing is None else "author_save", lang),
                                          type="primary", key="author_form_save")
    if submitted:
        data = yaml.safe_load(base_text)
        for key, path in FORM_FIELDS.items():
            value = st.session_state[f"author_f_{key}"]
            if key == "tags":
                value = [tag.strip() for tag in value.replace("，", ",").split(",") if tag.strip()]
            elif key in MONEY and float(value).is_integer():
                value = int(value)
            target = data
            for part in path[:-1]:
                target = target.setdefault(part, {})
            target[path[-1]] = value
        _save(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), form_note)

# ---- YAML: everything, validated as it is edited -----------------------------------------------------
with tabs[1]:
    st.text_area(t("author_yaml_label", lang), key="author_yaml", height=520)
    if draft_errors:
        _show_errors(draft_errors, "author_draft_invalid")
    else:
        st.success(t("author_valid", lang))
    if draft_text != base_text:
        st.caption(t("author_draft_unsaved", lang))
    yaml_note = st.text_input(t("author_note", lang), key="author_yaml_note")
    if st.button(t("author_create" if editing is None else "author_save", lang), type="primary", key="author_yaml_save"):
        _save(draft_text, yaml_note)

# ---- preview: the persona card as a trainee sees it ----------------------------------------------------
shown = draft or saved
with tabs[2]:
    if shown is None:
        _show_errors(draft_errors, "author_draft_invalid")
    else:
        what = t("author_draft", lang) if draft is not None else f"{t('author_version', lang)} {version}"
        st.caption(t("author_preview_of", lang, what=what))
        persona_card(shown, lang)

# ---- test play: the draft, with the hidden state shown -------------------------------------------------
with tabs[3]:
    st.caption(t("author_play_hint", lang))
    play: Simulation | None = st.session_state.get("author_play")
    c1, c2 = st.columns(2)
    if c1.button(t("author_play_start", lang), key="author_play_start", disabled=shown is None):
        try:
            play = Simulation.start(shown, scorer=services.reply_scorer(), seed=0)
        except FileNotFoundError as exc:  # the model is not installed
            st.error(t("author_no_model", lang, error=str(exc)))
            play = None
        st.session_state["author_play"] = play
    if play is not None and c2.button(t("author_play_reset", lang), key="author_play_reset"):
        st.session_state.pop("author_play", None)
        play = None
    if play is not None:
        talk, hidden = st.columns([3, 1])
        with talk:
            with st.chat_message("assistant", avatar="📞"):
                st.markdown(plain(play.opening_line))
            for turn in play.transcript:
                with st.chat_message("user"):
                    st.markdown(plain(turn.reply))
                    st.caption(f"{t('author_events', lang)}: " + plain(", ".join(turn.events)))
                with st.chat_message("assistant", avatar="📞"):
                    st.markdown(plain(turn.borrower_line))
                    st.caption(f"{t('author_line', lang)}: {plain(turn.line_id)} · "
                               + " · ".join(f"{t('state_' + k, lang)} {v}" for k, v in turn.state.items()))
            if play.ended:
                st.subheader(f"{t('call_ended', lang)}: {label(play.outcome, lang)}")
                st.caption(plain(play.session.outcome_reason))
        with hidden:
            st.markdown(f"**{t('author_hidden_state', lang)}**")
            before = play.transcript[-2].state if len(play.transcript) > 1 else shown.initial_state.model_dump()
            now = play.session.state.as_dict()
            for name in STATE_FIELDS:
                delta = now[name] - before[name] if play.transcript else None
                st.metric(t(f"state_{name}", lang), now[name], delta)
        if not play.ended:
            with st.form("author_play_form", clear_on_submit=True):
                reply = st.text_input(t("author_play_input", lang), key="author_play_input")
                sent = st.form_submit_button(t("author_play_send", lang), key="author_play_send")
            if sent:
                try:
                    play.respond(reply)
                except ReplyError as exc:
                    st.warning(str(exc))
                except SessionEnded:
                    pass
                else:
                    st.rerun()

# ---- versions: compare any two ----------------------------------------------------------------------
with tabs[4]:
    if editing:
        history = store.versions(*editing)
        st.dataframe([{t("author_version", lang): v.version, "time": v.created_at.strftime("%Y-%m-%d %H:%M"),
                       "author": v.author_id, "note": v.note} for v in history], hide_index=True)
        numbers = [v.version for v in history]
        if len(numbers) < 2:
            st.info(t("author_versions_none", lang))
        else:
            c1, c2 = st.columns(2)
            old = c1.selectbox(t("author_diff_old", lang), numbers, index=len(numbers) - 2, key="author_diff_old")
            new = c2.selectbox(t("author_diff_new", lang), numbers, index=len(numbers) - 1, key="author_diff_new")
            diff = store.diff(*editing, old, new)
            if diff:
                st.code(diff, language="diff")
            else:
                st.info(t("author_diff_same", lang))
            if old != version and st.button(t("author_restore", lang), key="author_restore"):
                _save(store.text(*editing, old), note=f"v{old}")

# ---- lint ----------------------------------------------------------------------------------------
with tabs[5]:
    st.caption(t("author_lint_hint", lang))
    if st.button(t("author_lint_run", lang), key="author_lint_run", disabled=shown is None):
        from simulator.lint import lint_scenario

        try:
            with st.spinner("…"):
                st.session_state["author_lint"] = lint_scenario(shown, scorer=services.reply_scorer())
        except FileNotFoundError as exc:
            st.error(t("author_no_model", lang, error=str(exc)))
    def script_name(name: str) -> str:
        if name.startswith("transcript:"):
            _, n, kind = name.split(":")
            return t("lint_transcript", lang, n=n, kind=kind)
        return t(f"lint_{name}", lang)

    if report := st.session_state.get("author_lint"):
        none = t("author_lint_none", lang)
        st.markdown(f"**{t('author_lint_reached', lang)}**")
        for outcome, scripts in report.reached.items():
            st.markdown(f"- {label(outcome, lang)}: {plain(', '.join(script_name(s) for s in scripts))}")
        st.markdown(f"**{t('author_lint_unreached', lang)}**: "
                    + (", ".join(label(o, lang) for o in report.unreached_outcomes) or none))
        if report.transcript_mismatches:
            seeds_by_miss: dict[tuple, list[int]] = {}
            for r in report.transcript_mismatches:
                seeds_by_miss.setdefault((r.script, r.outcome, tuple(r.expected)), []).append(r.seed)
            st.error(t("author_lint_mismatch", lang) + "\n\n" + "\n".join(
                f"- {plain(script_name(script))} (seed {', '.join(map(str, seeds))}): {label(outcome, lang)} ≠ "
                + " / ".join(label(o, lang) for o in expected) for (script, outcome, expected), seeds in seeds_by_miss.items()))
        if report.impossible_reactions:
            st.error(t("author_lint_impossible", lang) + "\n\n" + "\n".join(
                f"- **{plain(f.item)}**: {plain(f.why)}" for f in report.impossible_reactions))
        if report.unfired_reactions:
            st.warning(t("author_lint_unfired", lang) + "\n\n" + "\n".join(
                f"- **{plain(f.item)}**: {plain(f.why)}" for f in report.unfired_reactions))
        if report.unused_lines:
            st.info(t("author_lint_unused", lang) + "\n\n" + "\n".join(
                f"- **{plain(f.item)}**: {plain(f.why)}" for f in report.unused_lines))
        if report.ok:
            st.success(t("author_lint_ok", lang))

# ---- import and export ---------------------------------------------------------------------------
with tabs[6]:
    uploads = st.file_uploader(t("author_import", lang), type=["yaml", "yml"], accept_multiple_files=True,
                               key="author_import_files")
    if st.button(t("author_import_go", lang), key="author_import", disabled=not uploads):
        try:
            files = [(f.name, f.getvalue().decode("utf-8")) for f in uploads]
            results = store.import_texts(files)
        except UnicodeDecodeError as exc:
            st.error(t("author_import_failed", lang) + f" {plain(str(exc))}")
        except ScenarioFileError as exc:
            st.error(t("author_import_failed", lang) + "\n\n" + "\n".join(f"- {plain(str(e))}" for e in exc.errors))
        except (AccessDenied, DatabaseUnavailable) as exc:
            st.error(str(exc))
        else:
            what = ", ".join(f"{r.scenario_id} ({r.lang}) v{r.version}" for r in results)
            st.session_state["author_flash"] = t("author_imported", lang, what=what)
            st.session_state.pop("author_loaded", None)
            st.rerun()
    st.download_button(t("author_export_all", lang), store.export_zip(include_retired=True), key="author_export_all",
                       file_name="scenarios.zip", mime="application/zip")
