"""Load the audience pack (screening of viewers' chat lines and questions) as version 1, as 0002 does for cn/us.

Rerunnable: a pack that already has a version is left alone (officers' edits are never overwritten).
"""

import hashlib
import json

from django.db import migrations

PACK_NAMES = ("audience",)


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
    dependencies = [("compliance", "0008_backtest_runs")]

    operations = [migrations.RunPython(load_packs, migrations.RunPython.noop)]
