"""Every msgid of the project, found the way ``makemessages`` finds them, and the zh-hans catalogs to check them in.

* Python: calls of ``_``, ``gettext``, ``gettext_lazy``, ``ngettext(_lazy)``, ``pgettext(_lazy)`` and
  ``gettext_noop`` with literal strings (parsed with ``ast``, so a string in a comment is not a msgid).
* Templates: Django's own ``templatize`` (what ``makemessages`` runs) turns ``{% translate %}`` and
  ``{% blocktranslate %}`` into gettext calls, read back here.
* JavaScript: ``_("…")``, ``gettext("…")`` and ``ngettext("…", "…", n)`` in ``static/js`` (djangojs domain).
* Model and field names and choice labels the admin shows (``compliance.officer_admin.admin_labels_translate``
  hands them to gettext with the English name as msgid).

A msgid "needs" a translation when it holds Latin words once placeholders, tags and entities are taken out:
a msgid already in Chinese, or only a code, an acronym (SHA-256, CSV) or a number, reads the same in both
languages.
"""

import ast
import gettext as pygettext
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parents[2]
APPS = (
    "accounts",
    "audience",
    "broadcast",
    "campaigns",
    "compliance",
    "config",
    "core",
    "organisations",
    "products",
    "recordings",
    "studio",
)
PY_FUNCS = {
    "_": 1,
    "gettext": 1,
    "gettext_lazy": 1,
    "gettext_noop": 1,
    "ngettext": 2,
    "ngettext_lazy": 2,
    "pgettext": 1,
    "pgettext_lazy": 1,
    "npgettext": 2,
    "npgettext_lazy": 2,
}
_LATIN_WORD = re.compile(
    r"(?<![A-Za-z])(?=[A-Za-z]*[a-z])[A-Za-z]{2,}"
)  # a word with a lower-case letter: acronyms (SHA, CSV) pass

_PLACEHOLDER = re.compile(r"%\([^)]*\)[sdif]|%[sdif]|\{[^}]*\}|<[^>]+>|&[a-z]+;|https?://\S+")
_TEMPLATE_CALL = re.compile(r"\b(n?p?gettext)\(((?:u'(?:[^'\\]|\\.)*'(?:,\s*)?)+)")
_TEMPLATE_LITERAL = re.compile(r"u'(?:[^'\\]|\\.)*'")
_JS_CALL = re.compile(
    r"""(?<![\w.])(?:_|gettext|ngettext)\(\s*((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`$]*`)"""
    r"""(?:\s*,\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`$]*`))?)"""
)
_JS_LITERAL = re.compile(r""""(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`$]*`""")


@dataclass(frozen=True)
class Msgid:
    text: str
    where: str
    plural: str | None = None
    context: str | None = None


def needs_translation(text: str) -> bool:
    return bool(_LATIN_WORD.search(_PLACEHOLDER.sub(" ", text)))


def _python_files() -> Iterator[Path]:
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if (
                "migrations" not in path.parts
                and "engine" not in path.parts
                and "management" not in path.parts
            ):
                yield path


def python_msgids() -> Iterator[Msgid]:
    for path in _python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.id
                if isinstance(node.func, ast.Name)
                else (node.func.attr if isinstance(node.func, ast.Attribute) else None)
            )
            if name not in PY_FUNCS:
                continue
            args = [
                a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None
                for a in node.args
            ]
            context = None
            if name.startswith(("pgettext", "npgettext")):
                context, args = (args[0] if args else None), args[1:]
            if not args or args[0] is None:
                continue  # a variable msgid (translated where its literal is written)
            plural = args[1] if PY_FUNCS[name] == 2 and len(args) > 1 else None
            yield Msgid(args[0], f"{path.relative_to(ROOT)}:{node.lineno}", plural, context)


def template_files() -> Iterator[Path]:
    yield from (ROOT / "templates").rglob("*.html")
    for app in APPS:
        yield from (ROOT / app / "templates").rglob("*.html")


def template_msgids() -> Iterator[Msgid]:
    for path in template_files():
        code = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for match in _TEMPLATE_CALL.finditer(code):
            literals = [ast.literal_eval(lit[1:]) for lit in _TEMPLATE_LITERAL.findall(match.group(2))]
            func = match.group(1)
            context = literals.pop(0) if func.startswith(("pgettext", "npgettext")) else None
            plural = literals[1] if func.startswith(("ngettext", "npgettext")) and len(literals) > 1 else None
            yield Msgid(literals[0], str(path.relative_to(ROOT)), plural, context)


def _js_string(literal: str) -> str:
    """A JavaScript string literal's value (its escapes are JSON's, for the strings the front end writes)."""
    body = literal[1:-1]
    if literal[0] == "`":
        return body
    if literal[0] == "'":
        body = body.replace("\\'", "'").replace('"', '\\"')
    return json.loads(f'"{body}"')


def js_msgids() -> Iterator[Msgid]:
    for path in (ROOT / "static" / "js").glob("*.js"):
        source = path.read_text(encoding="utf-8")
        for match in _JS_CALL.finditer(source):
            literals = [_js_string(lit) for lit in _JS_LITERAL.findall(match.group(1))]
            line = source.count("\n", 0, match.start()) + 1
            yield Msgid(
                literals[0], f"{path.relative_to(ROOT)}:{line}", literals[1] if len(literals) > 1 else None
            )


def model_msgids() -> Iterator[Msgid]:
    """The names the admin shows for our models, fields and choices, as msgids (their English text)."""
    from django.apps import apps
    from django.utils import translation

    from compliance.officer_admin import PROJECT_APPS

    with translation.override(None):  # lazy names as their msgids
        for app_config in apps.get_app_configs():
            if app_config.label in PROJECT_APPS:
                yield Msgid(str(app_config.verbose_name), f"apps.{app_config.label}")
        for model in apps.get_models():
            meta = model._meta
            if meta.app_label not in PROJECT_APPS:
                continue
            where = f"{meta.app_label}.{meta.object_name}"
            yield Msgid(str(meta.verbose_name), where)
            yield Msgid(str(meta.verbose_name_plural), where)
            for field in meta.get_fields(include_hidden=False):
                if getattr(field, "verbose_name", None) is not None and hasattr(field, "_verbose_name"):
                    yield Msgid(str(field.verbose_name), f"{where}.{field.name}")
                for _value, label in getattr(field, "flatchoices", None) or ():
                    if isinstance(label, str) or hasattr(label, "_proxy____args"):
                        yield Msgid(str(label), f"{where}.{field.name} choice")


def django_catalog(language: str = "zh-hans"):
    """The merged catalog Django uses for ``language`` (ours, every app's and Django's own)."""
    from django.utils.translation import trans_real

    return trans_real.translation(language)._catalog


def js_catalog(language: str = "zh_Hans") -> dict:
    mo = ROOT / "locale" / language / "LC_MESSAGES" / "djangojs.mo"
    with mo.open("rb") as handle:
        return pygettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]


def translated(catalog, msgid: Msgid) -> bool:
    key = f"{msgid.context}\x04{msgid.text}" if msgid.context else msgid.text
    if msgid.plural is not None:
        value = catalog.get((key, 0)) if hasattr(catalog, "get") else None
        return bool(value)
    return bool(catalog.get(key))


def missing(msgids, catalog) -> list[Msgid]:
    seen, result = set(), []
    for msgid in msgids:
        if msgid.text in seen or not needs_translation(msgid.text):
            continue
        seen.add(msgid.text)
        if not translated(catalog, msgid):
            result.append(msgid)
    return result
