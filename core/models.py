"""The abstract base of every model that keeps when it was created and last changed.

Abstract, so it has no table and no migration of its own; the apps' models inherit its two columns.
"""

from django.db import models


class BaseModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
