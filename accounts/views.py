"""Browser sign-in (the site's and the admin's) and password reset, throttled (policy: ``accounts.signin``).

The forms count failed attempts per normalised account, per client address and per device
(``accounts.signin``) and refuse further attempts for the rest of the window, even with the right password.
The site's login page then answers 429. Password-reset e-mails are throttled per address and per e-mail
address: past the address's limit the page answers 429; past the e-mail's limit the page reads as usual (so
it tells nobody whether the address has an account) but no further e-mail is sent.
"""

from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.contrib.auth.views import LoginView, PasswordResetView
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.addresses import request_client_address
from accounts.demo import demo_logins_for_login_page
from accounts.signin import account_key, signin_allowed, signin_attempt, signin_failed, signin_succeeded
from core import ratelimit

PASSWORD_RESETS_PER_ADDRESS = 5
PASSWORD_RESETS_PER_EMAIL = 3
PASSWORD_RESET_WINDOW_SECONDS = 3600


class ThrottledAuthenticationMixin:
    def clean(self):
        attempt = signin_attempt(self.request, self.data.get("username", ""))
        if not signin_allowed(attempt):
            raise ValidationError(
                _("Too many failed sign-ins. Try again in a few minutes."), code="throttled"
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            signin_failed(attempt)
            raise
        signin_succeeded(self.request, attempt)
        return cleaned


class ThrottledAuthenticationForm(ThrottledAuthenticationMixin, AuthenticationForm):
    pass


class ThrottledAdminAuthenticationForm(ThrottledAuthenticationMixin, AdminAuthenticationForm):
    pass


class ThrottledLoginView(LoginView):
    authentication_form = ThrottledAuthenticationForm

    def get_context_data(self, **kwargs):
        # Development only: who a newcomer may sign in as (the password is printed by `make run`).
        return super().get_context_data(demo_logins=demo_logins_for_login_page(), **kwargs)

    def form_invalid(self, form):
        if form.has_error(NON_FIELD_ERRORS, "throttled"):
            return self.render_to_response(self.get_context_data(form=form, throttled=True), status=429)
        return super().form_invalid(form)


class ThrottledPasswordResetForm(PasswordResetForm):
    """Sends nothing once the e-mail address had its share of reset e-mails in the window."""

    def send_mail(self, *args, **kwargs):
        email = account_key(kwargs.get("to_email") or (args[4] if len(args) > 4 else ""))
        try:
            ratelimit.hit(
                f"pwreset:email:{email}",
                limit=PASSWORD_RESETS_PER_EMAIL,
                window_seconds=PASSWORD_RESET_WINDOW_SECONDS,
            )
        except ratelimit.RateLimited:
            return
        super().send_mail(*args, **kwargs)


class ThrottledPasswordResetView(PasswordResetView):
    form_class = ThrottledPasswordResetForm

    def post(self, request, *args, **kwargs):
        try:
            ratelimit.hit(
                f"pwreset:addr:{request_client_address(request)}",
                limit=PASSWORD_RESETS_PER_ADDRESS,
                window_seconds=PASSWORD_RESET_WINDOW_SECONDS,
            )
        except ratelimit.RateLimited:
            form = self.get_form()
            form.add_error(
                None,
                ValidationError(_("Too many password reset requests. Try again later."), code="throttled"),
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)
