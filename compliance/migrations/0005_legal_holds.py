"""Legal holds: officers keep a session, an RM's sessions or a date range out of retention deletion."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('compliance', '0004_protect_review_records'),
        ('studio', '0004_protect_live_room_records'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='LegalHold',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('scope', models.CharField(choices=[('session', 'One session'), ('rm', 'Every session of one RM'), ('period', 'Every session in a date range')], max_length=16)),
                ('starts_on', models.DateField(blank=True, null=True)),
                ('ends_on', models.DateField(blank=True, null=True)),
                ('reason', models.TextField()),
                ('lifted_at', models.DateTimeField(blank=True, null=True)),
                ('lift_reason', models.TextField(blank=True)),
                ('lifted_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('rm', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='legal_holds', to=settings.AUTH_USER_MODEL)),
                ('session', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='legal_holds', to='studio.livesession')),
                ('set_by', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['lifted_at'], name='legal_hold_active_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(models.Q(('rm__isnull', True), ('scope', 'session'), ('session__isnull', False), ('starts_on__isnull', True)), models.Q(('rm__isnull', False), ('scope', 'rm'), ('session__isnull', True), ('starts_on__isnull', True)), models.Q(('ends_on__isnull', False), ('rm__isnull', True), ('scope', 'period'), ('session__isnull', True), ('starts_on__isnull', False)), _connector='OR'), name='legal_hold_scope_matches_target'), models.CheckConstraint(condition=models.Q(('reason', ''), _negated=True), name='legal_hold_has_reason')],
            },
        ),
    ]
