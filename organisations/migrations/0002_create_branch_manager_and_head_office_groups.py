"""The two roles organisations add: branch managers and head office (Django groups, like the others)."""

from django.db import migrations

ROLE_NAMES = ("branch_manager", "head_office")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLE_NAMES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_institutions_branches_memberships_books_leads"),
                    ("accounts", "0002_create_role_groups")]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
