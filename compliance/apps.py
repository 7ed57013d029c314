from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "compliance"
    verbose_name = "Compliance"

    def ready(self):
        """Hear of product writes: the gate audits them and re-checks approvals (products cannot call up)."""
        from compliance.product_facts import product_changed, product_sessions_lock
        from products.services import ProductWriteHooks, product_write_hooks_register

        product_write_hooks_register(ProductWriteHooks(lock=product_sessions_lock, changed=product_changed))
