"""Create the ``product`` role group: the product desk, the only writer of product facts."""

from django.db import migrations


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name="product")


class Migration(migrations.Migration):
    dependencies = [("accounts", "0002_create_role_groups")]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
