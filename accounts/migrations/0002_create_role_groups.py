"""Create the three role groups (rm, customer, compliance). No migration grants model permissions: who may do
what is checked in code (``accounts.roles``, each app's ``access`` module), not by Django's permission tables."""

from django.db import migrations

ROLE_NAMES = ("rm", "customer", "compliance")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
