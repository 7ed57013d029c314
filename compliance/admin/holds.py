"""Legal holds: set and lift them (records under a hold outlive retention)."""

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from compliance.models import (
    HoldScope,
    LegalHold,
)
from compliance.officer_admin import (
    OfficerOnlyAdmin,
    officer_may_decide,
)
from compliance.retention import legal_hold_lift, legal_hold_set
from core.exceptions import ApplicationError


class LegalHoldAddForm(forms.ModelForm):
    class Meta:
        model = LegalHold
        fields = ("scope", "session", "rm", "starts_on", "ends_on", "reason")

    def clean(self):
        data = super().clean()
        needed = {
            HoldScope.SESSION: ("session",),
            HoldScope.RM: ("rm",),
            HoldScope.PERIOD: ("starts_on", "ends_on"),
        }.get(data.get("scope"), ())
        for name in needed:
            if not data.get(name):
                self.add_error(name, _("Required for this kind of hold."))
        if (
            data.get("scope") == HoldScope.PERIOD
            and data.get("starts_on")
            and data.get("ends_on")
            and data["ends_on"] < data["starts_on"]
        ):
            self.add_error("ends_on", _("The last day comes before the first."))
        return data

    def _post_clean(self):
        """The service creates the row (``save_model``); skip the model's own validation of a half-filled hold."""


class LegalHoldLiftForm(forms.ModelForm):
    lift_reason = forms.CharField(widget=forms.Textarea, required=True, label=_("Reason for lifting"))

    class Meta:
        model = LegalHold
        fields = ("lift_reason",)


@admin.register(LegalHold)
class LegalHoldAdmin(OfficerOnlyAdmin):
    """Officers set a hold (one session, one RM or a date range, with a reason) and lift it with a reason.

    Both go through ``compliance.retention`` (audited); a hold is never deleted, a lifted one stays on record.
    """

    list_display = (
        "id",
        "scope",
        "session",
        "rm",
        "starts_on",
        "ends_on",
        "set_by",
        "created_at",
        "lifted_at",
    )
    list_filter = ("scope", ("lifted_at", admin.EmptyFieldListFilter))
    list_select_related = ("session", "rm", "set_by")
    raw_id_fields = ("session", "rm")
    search_fields = ("reason", "lift_reason")

    def has_add_permission(self, request):
        return officer_may_decide(request)

    def has_change_permission(self, request, obj=None):
        return officer_may_decide(request) and (obj is None or obj.lifted_at is None)

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs["form"] = LegalHoldLiftForm if obj is not None else LegalHoldAddForm
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ("scope", "session", "rm", "starts_on", "ends_on", "reason")
        readonly = self.get_readonly_fields(request, obj)
        return (*readonly, "lift_reason") if obj.lifted_at is None else readonly

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ()
        return (
            "scope",
            "session",
            "rm",
            "starts_on",
            "ends_on",
            "reason",
            "set_by",
            "created_at",
            "lifted_at",
            "lifted_by",
            *(("lift_reason",) if obj.lifted_at else ()),
        )

    def save_model(self, request, obj, form, change):
        try:
            if change:
                legal_hold_lift(hold=obj, officer=request.user, reason=form.cleaned_data["lift_reason"])
            else:
                data = form.cleaned_data
                scope = data["scope"]
                saved = legal_hold_set(
                    officer=request.user,
                    reason=data["reason"],
                    session=data["session"] if scope == HoldScope.SESSION else None,
                    rm=data["rm"] if scope == HoldScope.RM else None,
                    starts_on=data["starts_on"] if scope == HoldScope.PERIOD else None,
                    ends_on=data["ends_on"] if scope == HoldScope.PERIOD else None,
                )
                obj.pk = saved.pk
        except ApplicationError as exc:
            raise PermissionDenied(gettext(exc.message)) from exc
