from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ComplianceConfig(AppConfig):
    default = True
    name = "compliance"
    verbose_name = "Compliance"

    def ready(self):
        """Hear of product writes: the gate audits them and re-checks approvals (products cannot call up)."""
        from compliance.product_facts import product_changed, product_sessions_lock
        from products.services import ProductWriteHooks, product_write_hooks_register

        product_write_hooks_register(ProductWriteHooks(lock=product_sessions_lock, changed=product_changed))


class OfficerAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the officers' workspace as its default site (``compliance.officer_admin``).

    Listed in ``INSTALLED_APPS`` instead of ``django.contrib.admin``. Model and field names are handed to
    gettext before the admin modules are imported, because their forms read the names when they are built.
    """

    default = False  # named in INSTALLED_APPS; ``compliance`` itself stays ComplianceConfig
    default_site = "compliance.officer_admin.OfficerAdminSite"

    def ready(self):
        from compliance.officer_admin import admin_labels_translate  # models are loaded only now

        admin_labels_translate()
        super().ready()
