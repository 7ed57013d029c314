"""An index on chat lines by (session, author, id): the host's claim window and its guard read it per line.

``studio.room_facts`` caches the host's recent lines and the chat insert checks, in the same statement, that
no newer line of theirs exists (``author_id = … AND id > …``); the window read itself takes the latest lines
of one author in one session. Without this index both scan the session's lines. Built concurrently on
PostgreSQL: the chat table is the biggest of the live room's (no lock on writes while it builds); other
databases (SQLite in development) build it the ordinary way.
"""

from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class AddIndexConcurrentlyOnPostgres(AddIndexConcurrently):
    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            return super().database_forwards(app_label, schema_editor, from_state, to_state)
        return migrations.AddIndex.database_forwards(self, app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            return super().database_backwards(app_label, schema_editor, from_state, to_state)
        return migrations.AddIndex.database_backwards(self, app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("studio", "0009_question_answer_dismiss_merge"),
    ]

    operations = [
        AddIndexConcurrentlyOnPostgres(
            model_name="chatmessage",
            index=models.Index(fields=["session", "author", "id"], name="chat_author_window_idx"),
        ),
    ]
