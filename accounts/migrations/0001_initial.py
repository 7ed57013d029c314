import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [migrations.swappable_dependency(settings.AUTH_USER_MODEL)]

    operations = [
        migrations.CreateModel(
            name="RMProfile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("display_name", models.CharField(max_length=80)),
                ("branch", models.CharField(max_length=120)),
                ("licence_number", models.CharField(max_length=40, unique=True)),
                ("user", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="rm_profile", to=settings.AUTH_USER_MODEL)),
            ],
            options={"verbose_name": "RM profile"},
        ),
        migrations.CreateModel(
            name="CustomerProfile",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True)),
                ("updated_at", models.DateTimeField(auto_now=True)),
                ("risk_level", models.CharField(blank=True, choices=[("C1", "C1 保守型"), ("C2", "C2 稳健型"), ("C3", "C3 平衡型"), ("C4", "C4 成长型"), ("C5", "C5 进取型")], max_length=2)),
                ("assessed_at", models.DateTimeField(blank=True, null=True)),
                ("expires_at", models.DateTimeField(blank=True, null=True)),
                ("segments", models.JSONField(blank=True, default=list)),
                ("user", models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name="customer_profile", to=settings.AUTH_USER_MODEL)),
            ],
            options={
                "constraints": [
                    models.CheckConstraint(condition=models.Q(("risk_level", ""), models.Q(("assessed_at__isnull", False), ("expires_at__isnull", False)), _connector="OR"), name="customer_assessed_level_has_dates"),
                ],
            },
        ),
    ]
