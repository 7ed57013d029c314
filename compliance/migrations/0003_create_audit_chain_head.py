"""Create the audit chain's head row, so the first two concurrent appends never race to create it."""

from django.db import migrations


def create_head(apps, schema_editor):
    AuditChainHead = apps.get_model("compliance", "AuditChainHead")
    AuditChainHead.objects.get_or_create(id=1, defaults={"last_seq": 0, "last_hash": "0" * 64})


class Migration(migrations.Migration):
    dependencies = [("compliance", "0002_load_rule_packs")]

    operations = [migrations.RunPython(create_head, migrations.RunPython.noop)]
