"""Browser sign-in (the site's and the admin's), throttled against password guessing.

The API's token sign-in has DRF's ``login`` throttle; these forms count failed attempts per username and per
address (``accounts.services.login_attempt_allowed``) and refuse further attempts for the rest of the window,
even with the right password. The site's login page then answers 429.
"""

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.services import login_attempt_allowed, login_failure_record


def _address(request) -> str:
    # REMOTE_ADDR, not X-Forwarded-For: a client can write that header; a trusted proxy sets REMOTE_ADDR.
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


class ThrottledAuthenticationMixin:
    def clean(self):
        address, username = _address(self.request), self.data.get("username", "")
        if not login_attempt_allowed(address=address, username=username):
            raise ValidationError(_("Too many failed sign-ins. Try again in a few minutes."), code="throttled")
        try:
            return super().clean()
        except ValidationError:
            login_failure_record(address=address, username=username)
            raise


class ThrottledAuthenticationForm(ThrottledAuthenticationMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledAuthenticationMixin, AdminAuthenticationForm):
    pass


class ThrottledLoginView(LoginView):
    authentication_form = ThrottledAuthenticationForm

    def form_invalid(self, form):
        if form.has_error(NON_FIELD_ERRORS, "throttled"):
            return self.render_to_response(self.get_context_data(form=form, throttled=True), status=429)
        return super().form_invalid(form)
