"""Rule packs ("try a text", evaluation uploads, publishing a draft) and rules (each edit makes a new pack version)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.roles import is_officer
from compliance import backtest, pack_drafts
from compliance.apis import CHECK_KINDS
from compliance.highlight import highlight_html
from compliance.models import (
    Rule,
    RulePack,
)
from compliance.officer_admin import (
    OfficerOnlyAdmin,
    officer_may_decide,
    officer_may_open,
)
from compliance.screening import pack_compiled
from compliance.services.rule_packs import rule_change, rule_change_validate
from core.exceptions import ApplicationError
from products.models import Product

CHECK_KIND_LABELS = {
    "script": _("Script"),
    "announcement": _("Announcement"),
    "product_card": _("Product card"),
    "chat": _("Chat line"),
}


class TryTextForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "cols": 100}), max_length=20_000, strip=False, label=_("Text")
    )
    kind = forms.ChoiceField(
        choices=[(k, CHECK_KIND_LABELS.get(k, k)) for k in CHECK_KINDS],
        initial="script",
        label=_("Kind of text"),
    )
    product = forms.ModelChoiceField(
        queryset=Product.objects.order_by("code"),
        required=False,
        label=_("Product"),
        help_text=_("Check the text against this product's facts."),
    )
    customer_risk = forms.ChoiceField(
        choices=[("", "—")] + [(f"C{i}", f"C{i}") for i in range(1, 6)],
        required=False,
        label=_("Customer risk level"),
    )


class EvalUploadForm(forms.Form):
    corpus = forms.FileField(
        label=_("Labelled corpus (JSON lines)"),
        help_text=_(
            "One JSON object per line: text, kind, lang, product, customer_risk and "
            "expect (the codes it should get; empty for a clean item)."
        ),
    )

    def clean_corpus(self):
        upload = self.cleaned_data["corpus"]
        if upload.size > 10 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class RuleInline(admin.TabularInline):
    model = Rule
    fields = ("code", "severity", "enabled")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return officer_may_open(request)


@admin.register(RulePack)
class RulePackAdmin(OfficerOnlyAdmin):
    list_display = (
        "name",
        "version",
        "is_active",
        "is_draft",
        "source_version",
        "rule_count",
        "created_by",
        "created_at",
        "note",
    )
    list_filter = ("name", "is_active", "is_draft")
    list_select_related = ("created_by",)
    readonly_fields = (
        "name",
        "version",
        "source_version",
        "is_active",
        "is_draft",
        "digest",
        "created_by",
        "created_at",
        "note",
    )
    fields = readonly_fields
    inlines = [RuleInline]
    actions = ["activate_draft"]

    @admin.action(description=_("Activate the selected draft (its rules become the next active version)"))
    def activate_draft(self, request, queryset):
        if not is_officer(request.user):
            raise PermissionDenied
        for draft in queryset:
            try:
                pack = pack_drafts.pack_draft_activate(draft=draft, actor=request.user)
            except ApplicationError as exc:
                messages.error(request, f"{draft}: {gettext(exc.message)}")
            else:
                messages.success(
                    request, _("%(draft)s is now in force as %(pack)s.") % {"draft": draft, "pack": pack}
                )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(rules_n=Count("rules"))

    @admin.display(description=_("rules"))
    def rule_count(self, obj):
        return obj.rules_n

    def get_urls(self):
        return [
            path("<int:object_id>/try/", self.officer_view(self.try_view), name="compliance_rulepack_try"),
            path("evaluate/", self.officer_view(self.evaluate_view), name="compliance_rulepack_evaluate"),
            path(
                "<int:object_id>/evaluate/",
                self.officer_view(self.evaluate_view),
                name="compliance_rulepack_evaluate_version",
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "try_form": TryTextForm(),
            "try_url": reverse("admin:compliance_rulepack_try", args=[object_id]),
            "evaluate_url": reverse("admin:compliance_rulepack_evaluate_version", args=[object_id]),
            "backtest_url": reverse("admin:compliance_backtestrun_add") + f"?pack={object_id}",
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "evaluate_url": reverse("admin:compliance_rulepack_evaluate"),
        }
        return super().changelist_view(request, extra_context)

    def evaluate_view(self, request, object_id=None):
        """Score an uploaded labelled corpus (JSON lines with ``expect``) with this version, or with the
        active packs by each item's language; per-code precision and recall as ``--eval`` prints them."""
        pack = get_object_or_404(RulePack, pk=object_id) if object_id is not None else None
        form = EvalUploadForm(request.POST or None, request.FILES or None)
        result, error = None, None
        if request.method == "POST" and form.is_valid():
            try:
                items = backtest.eval_items_parse(form.cleaned_data["corpus"].read())
                result = backtest.labelled_eval(items=items, pack=pack, actor=request.user)
            except ApplicationError as exc:
                error = gettext(exc.message)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "pack": pack,
            "form": form,
            "title": _("Measure %(pack)s on a labelled corpus") % {"pack": pack or _("the active packs")},
            "result": result,
            "error": error,
            "misses": (result or {}).get("misses", [])[:200],
        }
        return TemplateResponse(request, "admin/compliance/rulepack/evaluate.html", context)

    def try_view(self, request, object_id):
        """Run the engine with this pack version on a text; nothing is stored."""
        pack = get_object_or_404(RulePack, pk=object_id)
        form = TryTextForm(request.POST or None)
        findings, highlighted, error = [], None, None
        if request.method == "POST" and form.is_valid():
            from compliance.engine import check

            product = form.cleaned_data["product"]
            try:
                findings = list(
                    check(
                        form.cleaned_data["text"],
                        kind=form.cleaned_data["kind"],
                        products=[product.facts()] if product else [],
                        customer_risk=form.cleaned_data["customer_risk"] or None,
                        pack=pack_compiled(pack),
                    )
                )
            except Exception as exc:  # show the engine's complaint to the officer rather than a 500
                error = gettext("The engine could not check this text: %(error)s") % {
                    "error": f"{type(exc).__name__}: {exc}"
                }
            highlighted = highlight_html(form.cleaned_data["text"], findings)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "pack": pack,
            "title": gettext("Try a text with %(pack)s") % {"pack": pack},
            "form": form,
            "findings": findings,
            "highlighted": highlighted,
            "error": error,
            "checked": request.method == "POST" and form.is_valid(),
        }
        return TemplateResponse(request, "admin/compliance/rulepack/try.html", context)


class RuleForm(forms.ModelForm):
    definition = forms.JSONField(
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
        label=_("Definition"),
        help_text=_("The engine's rule definition (detection fields). The code cannot change."),
    )
    note = forms.CharField(
        required=False,
        max_length=500,
        label=_("Note"),
        help_text=_("Why the rule changes (kept in the audit trail)."),
    )
    as_draft = forms.BooleanField(
        required=False,
        label=_("Save as a draft"),
        help_text=_("Write a draft version to back-test; the active version stays in use."),
    )

    class Meta:
        model = Rule
        fields = ("severity", "enabled", "definition")

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        try:
            data["definition"] = rule_change_validate(
                rule=self.instance,
                severity=data.get("severity"),
                enabled=data.get("enabled"),
                definition=data.get("definition"),
            )
        except ApplicationError as exc:
            raise forms.ValidationError(gettext(exc.message)) from exc
        return data


class RuleAddForm(forms.ModelForm):
    """A new rule for an active or draft pack version; saving writes the next version (or a draft)."""

    pack = forms.ModelChoiceField(
        queryset=RulePack.objects.filter(Q(is_active=True) | Q(is_draft=True)).order_by("name", "-version"),
        label=_("Rule pack version"),
    )
    definition = forms.JSONField(
        widget=forms.Textarea(attrs={"rows": 14, "cols": 100}),
        initial=dict,
        label=_("Definition"),
        help_text=_(
            'The engine\'s rule fields, e.g. {"kinds": ["chat"], "message_zh": "…", "lexicon": ["…"], '
            '"patterns": [{"re": "…", "any": ["…"]}]}. Code and severity come from the fields above.'
        ),
    )
    note = forms.CharField(
        required=False,
        max_length=500,
        label=_("Note"),
        help_text=_("Why the rule is added (kept in the audit trail)."),
    )
    as_draft = forms.BooleanField(
        required=False,
        label=_("Save as a draft"),
        help_text=_("Write a draft version to back-test; the active version stays in use."),
    )

    class Meta:
        model = Rule
        fields = ("pack", "code", "severity", "enabled")

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not isinstance(data.get("definition"), dict):
            raise forms.ValidationError(_("The definition must be a JSON object."))
        data["definition"] = {
            **data["definition"],
            "code": data["code"].strip(),
            "severity": data["severity"],
            "enabled": bool(data.get("enabled")),
        }
        self.instance.definition = data["definition"]  # the model's own validation runs after this
        return data

    def validate_unique(self):
        """The service refuses a duplicate code with its own message; the form's check would name the model."""


@admin.register(Rule)
class RuleAdmin(OfficerOnlyAdmin):
    """Rules of the active pack or of a draft may be edited, and officers add rules. Saving writes a new pack
    version or a new draft (old versions never change)."""

    form = RuleForm
    list_display = ("code", "pack", "severity", "enabled")
    list_filter = ("pack__is_active", "pack__is_draft", "pack__name", "severity", "enabled")
    list_select_related = ("pack",)
    search_fields = ("code",)
    ordering = ("pack__name", "-pack__version", "code")

    @staticmethod
    def _editable(obj) -> bool:
        return obj.pack.is_active or obj.pack.is_draft

    def _may_write(self, request) -> bool:
        return bool(officer_may_decide(request) or request.user.is_superuser)

    def has_add_permission(self, request):
        return self._may_write(request)

    def has_change_permission(self, request, obj=None):
        if not self._may_write(request):
            return False
        return obj is None or self._editable(obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = RuleAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (
            ("code", "pack") if self._editable(obj) else ("code", "pack", "severity", "enabled", "definition")
        )

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["pack", "code", "severity", "enabled", "definition", "note", "as_draft"]
        fields = ["code", "pack", "severity", "enabled", "definition"]
        return [*fields, "note", "as_draft"] if self._editable(obj) else fields

    def save_model(self, request, obj, form, change):
        """Never saves ``obj``: the services write a new pack version (or draft) with the rule."""
        data = form.cleaned_data
        if not change:
            try:
                pack = pack_drafts.rule_add(
                    pack=data["pack"],
                    definition=data["definition"],
                    actor=request.user,
                    draft=data.get("as_draft", False),
                    note=data.get("note", ""),
                )
            except ApplicationError as exc:
                request._compliance_error = gettext(exc.message)
                return
            request._compliance_new_rule = pack.rules.get(code=data["definition"]["code"])
            return
        original = Rule.objects.select_related("pack").get(pk=obj.pk)
        if data.get("as_draft") or original.pack.is_draft:
            pack = pack_drafts.rule_draft_change(
                rule=original,
                actor=request.user,
                severity=data["severity"],
                enabled=data["enabled"],
                definition=data["definition"],
                note=data.get("note", ""),
            )
        else:
            pack = rule_change(
                rule=original,
                actor=request.user,
                severity=data["severity"],
                enabled=data["enabled"],
                definition=data["definition"],
                note=data.get("note", ""),
            )
        request._compliance_new_rule = pack.rules.get(code=original.code)

    def save_related(self, request, form, formsets, change):
        return None  # nothing of ``obj`` is saved (see save_model)

    def log_addition(self, request, obj, message):
        return None  # the audit trail records the addition (rulepack.changed / rulepack.draft_saved)

    def log_change(self, request, obj, message):
        return None  # the audit trail records the change (rulepack.changed), with before and after

    def response_add(self, request, obj, post_url_continue=None):
        error = getattr(request, "_compliance_error", None)
        if error:
            self.message_user(request, error, messages.ERROR)
            return HttpResponseRedirect(reverse("admin:compliance_rule_add"))
        new_rule = request._compliance_new_rule
        self.message_user(
            request,
            _("Rule %(code)s added in %(pack)s.") % {"code": new_rule.code, "pack": new_rule.pack},
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:compliance_rule_change", args=[new_rule.pk]))

    def response_change(self, request, obj):
        new_rule = getattr(request, "_compliance_new_rule", obj)
        if new_rule.pk == obj.pk:
            self.message_user(request, gettext("Nothing changed."), messages.INFO)
        elif new_rule.pack.is_draft:
            self.message_user(
                request,
                _("Saved as a draft: %(pack)s. Back-test it, then activate it from the rule pack list.")
                % {"pack": new_rule.pack},
                messages.SUCCESS,
            )
        else:
            self.message_user(
                request,
                gettext(
                    "Saved as a new version: %(pack)s. Approved content of sessions "
                    "not ended is being re-checked."
                )
                % {"pack": new_rule.pack},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(reverse("admin:compliance_rule_change", args=[new_rule.pk]))
