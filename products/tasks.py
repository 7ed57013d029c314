from celery import shared_task


@shared_task(name="products.sale_windows_close")
def product_sale_windows_close_task() -> int:
    """Periodic: close products whose sale window has ended (safe to run twice)."""
    from products.services import product_sale_windows_close

    return product_sale_windows_close()
