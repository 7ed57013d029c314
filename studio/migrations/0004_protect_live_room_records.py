"""Live-room records (chat, Q&A, mutes, card pushes and opens) are never deleted as a side effect: PROTECT."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('studio', '0003_text_length_limits'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='cardopen',
            name='push',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='opens', to='studio.cardpush'),
        ),
        migrations.AlterField(
            model_name='cardopen',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AlterField(
            model_name='cardpush',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='card_pushes', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='chatmessage',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='messages', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='question',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='questions', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='questionupvote',
            name='question',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='upvote_rows', to='studio.question'),
        ),
        migrations.AlterField(
            model_name='questionupvote',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AlterField(
            model_name='roommute',
            name='session',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='mutes', to='studio.livesession'),
        ),
        migrations.AlterField(
            model_name='roommute',
            name='user',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
    ]
