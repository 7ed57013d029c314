"""Writes of the audience app, one module per sub-domain; callers import from the submodules.

``attendance`` (visits, samples, reactions), ``interest`` (card interest → leads), ``admission`` (share links,
who may enter an invite-only room), ``invitations`` (by segment), ``reminders``. Who may do what is checked in
them or in ``audience.access``; a session the caller may not see is ``NotFound``, like one that does not exist.
"""
