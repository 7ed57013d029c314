"""Products: readable by everyone (public product facts), written only by the product desk through
``products.services`` (audited; the gate re-checks approvals that relied on changed facts)."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api import moment_in_range
from products.models import Product
from products.selectors import product_list
from products.services import WRITABLE_FIELDS, may_write_products, product_create, product_update


class ReadAllWriteProductDesk(BasePermission):
    def has_permission(self, request, view) -> bool:
        return request.method in SAFE_METHODS or may_write_products(request.user)


class ProductOutputSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = [
            "id",
            "code",
            "name",
            "type",
            "issuer",
            "risk_level",
            "benchmark_min",
            "benchmark_max",
            "principal_protected",
            "term_days",
            "min_investment",
            "sale_start",
            "sale_end",
            "status",
        ]


class ProductInputSerializer(serializers.ModelSerializer):
    """What the product desk writes. ``card_text`` is content: a changed card is submitted for review again
    (the gate's product hook) and no room shows it until an officer approves it; it is not in the output,
    which everybody signed in may read."""

    class Meta:
        model = Product
        fields = list(WRITABLE_FIELDS)

    # The model's constraints (benchmark and sale-window order) are checked once, by ``products.services``
    # (``full_clean``); the exception handler answers their ``ValidationError`` with a 400 like this one's.
    validate_sale_start = validate_sale_end = staticmethod(moment_in_range)


class ProductListApi(APIView):
    permission_classes = [ReadAllWriteProductDesk]

    class FilterSerializer(serializers.Serializer):
        type = serializers.CharField(required=False)
        risk_level = serializers.CharField(required=False)
        status = serializers.CharField(required=False)

    @extend_schema(parameters=[FilterSerializer], responses=ProductOutputSerializer(many=True))
    def get(self, request):
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        products = product_list(**filters.validated_data)
        return Response(ProductOutputSerializer(products, many=True).data)

    @extend_schema(request=ProductInputSerializer, responses={201: ProductOutputSerializer})
    def post(self, request):
        serializer = ProductInputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        product = product_create(actor=request.user, **serializer.validated_data)
        return Response(ProductOutputSerializer(product).data, status=status.HTTP_201_CREATED)


class ProductDetailApi(APIView):
    permission_classes = [ReadAllWriteProductDesk]

    @extend_schema(responses=ProductOutputSerializer)
    def get(self, request, product_id: int):
        product = get_object_or_404(Product, pk=product_id)
        return Response(ProductOutputSerializer(product).data)

    @extend_schema(request=ProductInputSerializer, responses=ProductOutputSerializer)
    def patch(self, request, product_id: int):
        product = get_object_or_404(Product, pk=product_id)
        serializer = ProductInputSerializer(product, data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        product = product_update(product=product, actor=request.user, **serializer.validated_data)
        return Response(ProductOutputSerializer(product).data)
