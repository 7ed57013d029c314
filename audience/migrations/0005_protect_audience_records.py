"""Attendance, engagement, share links and invitations are never deleted as a side effect: PROTECT."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('audience', '0004_share_link_opens_invite_only_backfill'),
        ('studio', '0004_protect_live_room_records'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='cardinterest',
            name='push',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='interests', to='studio.cardpush'),
        ),
        migrations.AlterField(
            model_name='cardinterest',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AlterField(
            model_name='concurrencysample',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='concurrency_samples', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='invitation',
            name='customer',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='invitations', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AlterField(
            model_name='invitation',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='invitations', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='reactiontally',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='reaction_tallies', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='sharelink',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='share_links', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='sharelinkredemption',
            name='link',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='redemptions', to='audience.sharelink'),
        ),
        migrations.AlterField(
            model_name='visit',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='visits', to='studio.livesession'),
        ),
    ]
