"""Links the host made for a room that is invite-only now were, as far as anybody can tell, made for it: they
keep opening it. Links of public rooms, and other RMs' links, do not. Rerunnable; the reverse is a no-op."""

from django.db import migrations
from django.db.models import F


def backfill(apps, schema_editor):
    ShareLink = apps.get_model("audience", "ShareLink")
    ShareLink.objects.filter(session__visibility="invite_only", created_by=F("session__studio__owner")).update(
        opens_invite_only=True)


class Migration(migrations.Migration):
    dependencies = [("audience", "0003_share_link_opens_invite_only")]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
