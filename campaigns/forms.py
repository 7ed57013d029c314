"""Head office's campaign form: what ``campaign_create`` needs, validated at the edge."""

from django import forms
from django.utils.translation import gettext_lazy as _

from products.models import Product, ProductStatus


class CampaignForm(forms.Form):
    name = forms.CharField(label=_("Campaign name"), max_length=120)
    starts_on = forms.DateField(label=_("Starts on"), widget=forms.DateInput(attrs={"type": "date"}))
    ends_on = forms.DateField(label=_("Ends on"), widget=forms.DateInput(attrs={"type": "date"}))
    products = forms.ModelMultipleChoiceField(
        label=_("Featured products"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        queryset=Product.objects.filter(status=ProductStatus.ON_SALE).order_by("risk_level", "code"),
    )
    segments = forms.CharField(
        label=_("Target segments (separated by commas)"), required=False, max_length=500
    )
    title = forms.CharField(label=_("Template title"), max_length=200)
    description = forms.CharField(label=_("Template description"), widget=forms.Textarea, required=False)
    script = forms.CharField(label=_("Template script"), widget=forms.Textarea, required=False)
    poster_text = forms.CharField(label=_("Share-poster text"), widget=forms.Textarea, required=False)
    submit_now = forms.BooleanField(
        label=_("Submit the template for compliance review now"), required=False, initial=True
    )

    def clean(self):
        data = super().clean()
        if data.get("starts_on") and data.get("ends_on") and data["ends_on"] < data["starts_on"]:
            self.add_error("ends_on", _("The campaign cannot end before it starts."))
        return data

    def segment_list(self) -> list[str]:
        raw = self.cleaned_data.get("segments", "").replace("，", ",")
        return [s.strip() for s in raw.split(",") if s.strip()]
