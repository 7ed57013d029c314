"""Reviews, findings and decisions are never deleted as a side effect: PROTECT from sessions and products."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('compliance', '0003_create_audit_chain_head'),
        ('products', '0001_initial'),
        ('studio', '0004_protect_live_room_records'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterField(
            model_name='decision',
            name='submission',
            field=models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='decision', to='compliance.submission'),
        ),
        migrations.AlterField(
            model_name='finding',
            name='submission',
            field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='findings', to='compliance.submission'),
        ),
        migrations.AlterField(
            model_name='submission',
            name='product',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='card_submissions', to='products.product'),
        ),
        migrations.AlterField(
            model_name='submission',
            name='session',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='submissions', to='studio.livesession'),
        ),
    ]
