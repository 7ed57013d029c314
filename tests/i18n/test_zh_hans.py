"""No English string reaches a zh-hans page (issue 19 'Done when').

Two nets, because each catches what the other cannot:
* Static: every msgid written in Python, templates and JavaScript, and every model, field and choice name the
  admin shows, has a zh-hans translation in the compiled catalogs (``tests/i18n/msgids.py`` finds them the way
  ``makemessages`` does). It also covers templates and branches no test page reaches.
* Rendering: every page — customer, RM, officer and superuser, admin changelists, change and add forms — is
  fetched with zh-hans active while gettext misses are recorded: a msgid looked up and not found is a miss,
  wherever it came from (a service's error message, a form label, a string built at run time).

A failure lists each untranslated msgid with where it was found; add it to
``locale/zh_Hans/LC_MESSAGES/django.po`` (or ``djangojs.po``) and run ``make messages``.
"""

from contextlib import contextmanager

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from studio.models import LiveSession
from studio.services import room
from tests.factories import make_customer
from tests.i18n import msgids
from tests.support.counters import forget_counters


def _report(missing: list[msgids.Msgid]) -> str:
    lines = [f"  {m.text!r}  ({m.where})" for m in missing[:400]]
    more = f"\n  … and {len(missing) - 400} more" if len(missing) > 400 else ""
    return f"{len(missing)} msgid(s) without a zh-hans translation:\n" + "\n".join(lines) + more


def test_every_msgid_in_python_and_templates_has_a_zh_hans_translation():
    catalog = msgids.django_catalog()
    missing = msgids.missing([*msgids.python_msgids(), *msgids.template_msgids()], catalog)
    assert not missing, _report(missing)


def test_every_model_field_and_choice_name_the_admin_shows_has_a_zh_hans_translation():
    missing = msgids.missing(list(msgids.model_msgids()), msgids.django_catalog())
    assert not missing, _report(missing)


def test_the_admin_shows_every_app_model_and_field_name_in_chinese():
    """The names are not only in the catalog: the admin reads them translated (lazy, in the reader's language)."""
    from django.apps import apps

    from compliance.officer_admin import PROJECT_APPS

    english = []
    with translation.override("zh-hans"):
        for app_config in apps.get_app_configs():
            if app_config.label in PROJECT_APPS and msgids.needs_translation(str(app_config.verbose_name)):
                english.append(str(app_config.verbose_name))
        for model in apps.get_models():
            meta = model._meta
            if meta.app_label not in PROJECT_APPS:
                continue
            names = [
                meta.verbose_name,
                meta.verbose_name_plural,
                *(
                    f.verbose_name
                    for f in meta.get_fields(include_hidden=False)
                    if hasattr(f, "_verbose_name")
                ),
            ]
            english += [f"{meta.label}: {name}" for name in map(str, names) if msgids.needs_translation(name)]
    assert not english, english


def test_every_msgid_in_javascript_has_a_zh_hans_translation():
    missing = msgids.missing(list(msgids.js_msgids()), msgids.js_catalog())
    assert not missing, _report(missing)


def test_the_extractor_finds_what_makemessages_would():
    """The net has no hole where it matters: known msgids of each kind are found, and a miss is a miss."""
    found = {m.text for m in [*msgids.python_msgids(), *msgids.template_msgids()]}
    assert {"Held lines across live rooms", "The conversation around it", "Export CSV"} <= found
    assert "%(total)s line waits for a decision." in found  # blocktranslate with a plural
    assert {"created at", "held chat lines (surveillance queue)"} <= {m.text for m in msgids.model_msgids()}
    assert msgids.missing(
        [msgids.Msgid("An English sentence nobody translated", "here")], msgids.django_catalog()
    )
    assert msgids.needs_translation("%(count)d lines <strong>held</strong>")
    assert not msgids.needs_translation("%(count)d · C3 <code>{x}</code>")
    assert not msgids.needs_translation("已放行 %(count)d 条。")


# -------------------------------------------------------------------------------------------------------
# Rendering every page with zh-hans active


@contextmanager
def gettext_misses():
    """Record every msgid looked up with zh-hans active that has no translation (Latin words only)."""
    from django.utils.translation import _trans

    catalog = msgids.django_catalog()
    misses: dict[str, str] = {}
    originals = {name: getattr(_trans, name) for name in ("gettext", "ngettext", "pgettext", "npgettext")}

    def note(message: str, where: str) -> None:
        if (
            translation.get_language() == "zh-hans"
            and msgids.needs_translation(message)
            and not catalog.get(message)
            and not catalog.get((message, 0))
        ):
            misses.setdefault(message, where)

    def gettext(message):
        note(message, "gettext")
        return originals["gettext"](message)

    def ngettext(singular, plural, number):
        note(singular, "ngettext")
        return originals["ngettext"](singular, plural, number)

    def pgettext(context, message):
        if translation.get_language() == "zh-hans" and not catalog.get(f"{context}\x04{message}"):
            note(message, f"pgettext:{context}")
        return originals["pgettext"](context, message)

    def npgettext(context, singular, plural, number):
        return originals["npgettext"](context, singular, plural, number)

    for name, fn in (
        ("gettext", gettext),
        ("ngettext", ngettext),
        ("pgettext", pgettext),
        ("npgettext", npgettext),
    ):
        setattr(_trans, name, fn)
    try:
        yield misses
    finally:
        for name, fn in originals.items():
            setattr(_trans, name, fn)


def _pages_of(session: LiveSession) -> list[str]:
    sid = session.pk
    return [
        "/",
        "/watch/",
        f"/watch/{sid}/",
        f"/watch/{sid}/live/",
        f"/watch/{sid}/replay/",
        "/studio/",
        "/studio/sessions/new/",
        f"/studio/sessions/{sid}/",
        f"/studio/sessions/{sid}/console/",
        f"/studio/sessions/{sid}/report/",
        "/campaigns/",
        "/campaigns/new/",
        "/book/",
        "/accounts/login/",
    ]


def _admin_pages(client: Client, user) -> list[str]:
    """Every admin page ``user`` may open: the index, each app, each changelist, its first object, the add form."""
    pages = ["/admin/"]
    for model, model_admin in admin.site._registry.items():
        request = type("R", (), {"user": user})()
        if not model_admin.has_module_permission(request) and not model_admin.has_view_permission(request):
            continue
        meta = model._meta
        try:
            pages.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
            first = (
                model_admin.get_queryset(type("R", (), {"user": user, "GET": {}})()).first()
                if hasattr(model_admin, "get_queryset")
                else None
            )
        except (NoReverseMatch, TypeError, AttributeError):
            first = model._default_manager.first()
        if first is not None:
            pages.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[first.pk]))
        if model_admin.has_add_permission(request):
            pages.append(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
        pages.append(reverse("admin:app_list", args=[meta.app_label]))
    return list(dict.fromkeys(pages))


@pytest.fixture
def lively(live_session, rm, officer):  # noqa: F811
    """A live room with a held line, a viewer's line and an ended session: the pages have something to show."""
    forget_counters()
    customer = make_customer("zh-viewer")
    room.chat_send(session_id=live_session.pk, user=rm, text="这款产品收益最高，错过再等一年")
    room.chat_send(session_id=live_session.pk, user=customer, text="请问起购金额？")
    return live_session, customer


@pytest.mark.django_db
def test_every_page_renders_in_zh_hans_without_an_untranslated_msgid(lively, rm, officer, django_user_model):
    session, customer = lively
    superuser = django_user_model.objects.create_superuser("zh-root", password="x-Password-1")
    visits: list[tuple[str, str, int]] = []
    with gettext_misses() as misses:
        for who in (customer, rm, officer, superuser):
            client = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
            client.force_login(who)
            pages = _pages_of(session) + (_admin_pages(client, who) if who.is_staff else [])
            for url in pages:
                with translation.override("zh-hans"):
                    response = client.get(url)
                visits.append((who.username, url, response.status_code))
                assert response.status_code < 500, f"{url} as {who.username}: {response.status_code}"
    ok = {(who, url) for who, url, status in visits if status == 200}
    assert len([url for _who, url in ok if url.startswith("/admin/")]) > 30  # the walk reached the admin
    sid = session.pk
    assert {
        (customer.username, f"/watch/{sid}/live/"),
        (rm.username, "/studio/"),
        (rm.username, f"/studio/sessions/{sid}/"),
        (officer.username, "/admin/studio/heldmessage/"),
    } <= ok
    assert not misses, f"{len(misses)} untranslated msgid(s) met while rendering:\n" + "\n".join(
        f"  {text!r} ({where})" for text, where in sorted(misses.items())
    )
