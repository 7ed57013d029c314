"""Load the repository's rule packs (cn, us) into the database as version 1 of each.

Rerunnable: a pack that already has a version is left alone. The pack files are read through the pure
engine package (``compliance.engine.load_pack_data``: no Django, no app models), which is the one owner of
their format. A database migrated before a pack existed gets it from ``manage.py rule_packs_load`` or the
first check (``compliance.services.rule_packs.pack_active``).
"""

import hashlib
import json

from django.db import migrations

PACK_NAMES = ("cn", "us")


def load_packs(apps, schema_editor):
    from compliance.engine import load_pack_data
    RulePack = apps.get_model("compliance", "RulePack")
    Rule = apps.get_model("compliance", "Rule")
    for name in PACK_NAMES:
        if RulePack.objects.filter(name=name).exists():
            continue
        data = load_pack_data(name)
        canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
        pack = RulePack.objects.create(
            name=name, version=1, source_version=str(data.get("version", "")), data=data,
            digest=hashlib.sha256(canonical.encode("utf-8")).hexdigest(), is_active=True,
            note="loaded from the pack file by migration",
        )
        Rule.objects.bulk_create([
            Rule(pack=pack, code=r["code"], severity=r.get("severity", "review"),
                 enabled=bool(r.get("enabled", True)), definition=r)
            for r in data["rules"]
        ])


class Migration(migrations.Migration):
    dependencies = [("compliance", "0001_initial")]

    operations = [migrations.RunPython(load_packs, migrations.RunPython.noop)]
