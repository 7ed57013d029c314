from django.db.models import QuerySet

from products.models import Product


def product_list(
    *, type: str | None = None, risk_level: str | None = None, status: str | None = None
) -> QuerySet[Product]:
    products = Product.objects.all()
    if type:
        products = products.filter(type=type)
    if risk_level:
        products = products.filter(risk_level=risk_level)
    if status:
        products = products.filter(status=status)
    return products
