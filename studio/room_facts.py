"""What a room's chat lines need and rarely changes, cached per process, and the one-statement insert.

A chat line used to read the session (locked), the author's ``ref``, the mutes, the featured products, the
owner's institution and the active pack's digests, take the next ``seq`` and insert: 8–10 statements,
4–10 ms of CPU (``bench/ingest.py``). Here the rarely-changing part is kept per process (``RoomFacts``) and
a published line is **one statement** on PostgreSQL: an ``UPDATE`` of the session row that takes the next
``seq`` under the row lock, guarded by a ``WHERE`` that re-checks every cached fact the line's decision
used, and an ``INSERT`` of the line from it (a data-modifying CTE, so both commit together or not at all).

**The rule (docs/scaling.md, "Cached room facts").** A cached fact never decides a line on its own: the
line's own statement compares, under the session's row lock, each fact the decision used with what is
stored — the session's state, visibility, guest and invite settings and slow mode by value, the featured
products by count and latest ``updated_at``, the rule pack by the active versions' digests and the owner's
institution's pack choice, the author's mutes and ``ref`` by absence. If any differs the statement changes
nothing, the cache entry is dropped and the line is decided again from the database (the services' full
path). So an edit committed before a line's statement applies to that line: there is no expiry time and
no invalidation message to lose. Edits need not know about the cache.

Several lines' statements run together (``lines_store``): one transaction and one round trip for the lines
that arrive while the process's database thread is busy (group commit, ``studio.chat_ingest``), each statement
with its own guard. The ``ref`` guard repeats ``ref <> ''`` so that the prepared (generic) plan can use the
unique ``(session, author, ref)`` index instead of scanning the author's lines.

Only PostgreSQL takes the one-statement path (``available()``); other databases use the full path.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import psycopg
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, IntegrityError, connection, connections
from django.db.models import Count, Max

from compliance import claim_window
from compliance.models import RulePack
from organisations.models import Institution, Membership
from products.models import Product
from studio.models import ChatMessage, LiveSession, RoomMute, SessionState

#: Rooms whose facts a process keeps; past this the cache starts again (a process serves a few hundred rooms).
MAX_ROOMS = 2048


@dataclass(frozen=True)
class PackFacts:
    """The rule pack for the host's lines: its label, compiled form and what it was derived from."""

    label: str
    compiled: Any
    digests: tuple[tuple[str, str], ...]  # (name, digest) of the active pack and of its base
    institution: str  # the owner's institution's pack choice, as ``institution_signature`` writes it


@dataclass(frozen=True)
class RoomFacts:
    """A snapshot of one session's rarely-changing facts, with what the insert's guard compares."""

    session: LiveSession  # detached copy, with its studio: the access rule and the checks read it
    products: tuple[Any, ...] = ()  # featured products' facts in the engine's shape (``ProductFacts``)
    products_count: int = 0
    products_updated_at: datetime | None = None
    pack: PackFacts | None = None  # loaded on the first host line
    loaded_at: float = field(default=0.0, compare=False)

    @property
    def live(self) -> bool:
        return self.session.state == SessionState.LIVE


_rooms: dict[int, RoomFacts] = {}


def available() -> bool:
    return connection.vendor == "postgresql"


def institution_signature(owner_id: int) -> str:
    """What decides the owner's pack names (``compliance.services.pack_names_for_author``), as the guard compares it."""
    row = (
        Membership.objects.filter(user_id=owner_id)
        .select_related("institution")
        .values_list("institution__code", "institution__pack_name", "institution__extra_words")
        .first()
    )
    if row is None or row[0] is None:
        return ""
    code, pack_name, extra_words = row
    return f"{pack_name}|{code}|{'true' if extra_words else 'false'}"


def room_facts(session_id: int) -> RoomFacts | None:
    """The cached facts of a session, read from the database on first use; ``None`` if there is no such session."""
    facts = _rooms.get(session_id)
    if facts is not None:
        return facts
    session = LiveSession.objects.select_related("studio").filter(pk=session_id).first()
    if session is None:
        return None
    products = list(Product.objects.filter(featured_in_sessions=session).order_by("pk"))
    stamp = Product.objects.filter(featured_in_sessions=session).aggregate(
        n=Count("pk"), at=Max("updated_at")
    )
    facts = RoomFacts(
        session=session,
        products=tuple(claim_window.as_products(p.facts() for p in products)),
        products_count=stamp["n"],
        products_updated_at=stamp["at"],
    )
    if len(_rooms) >= MAX_ROOMS:
        _rooms.clear()
    _rooms[session_id] = facts
    return facts


def room_facts_with_pack(facts: RoomFacts, load_pack) -> RoomFacts:
    """``facts`` with the host's pack: ``load_pack(owner_id)`` returns ``(label, compiled, digests)``."""
    if facts.pack is not None:
        return facts
    owner_id = facts.session.studio.owner_id
    institution = institution_signature(owner_id)
    label, compiled, digests = load_pack(owner_id)
    with_pack = RoomFacts(
        session=facts.session,
        products=facts.products,
        products_count=facts.products_count,
        products_updated_at=facts.products_updated_at,
        pack=PackFacts(label=label, compiled=compiled, digests=tuple(digests), institution=institution),
    )
    _rooms[facts.session.pk] = with_pack
    return with_pack


def room_facts_forget(session_id: int) -> None:
    """Drop a room's cached facts (the guard found them stale, or a test wants a cold start)."""
    _rooms.pop(session_id, None)
    for key in [key for key in _windows if key[0] == session_id]:
        del _windows[key]


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def _guards_sql(*, ref: bool, check_mute: bool, check_host_facts: bool, packs: int) -> list[str]:
    """The ``WHERE`` of the session row's update: the cached facts, compared with the stored ones."""
    where = [
        "s.id = %(session_id)s",
        "s.state = %(state)s",
        "s.visibility = %(visibility)s",
        "s.guests_can_watch = %(guests)s",
        "s.invite_code = %(invite_code)s",
        "s.slow_mode_seconds = %(slow_mode)s",
    ]
    if ref:
        where.append(
            f"NOT EXISTS (SELECT 1 FROM {_table(ChatMessage)} c WHERE c.session_id = s.id "
            "AND c.author_id = %(author_id)s AND c.ref = %(ref)s)"
        )
    if check_mute:
        where.append(
            f"NOT EXISTS (SELECT 1 FROM {_table(RoomMute)} m WHERE m.session_id = s.id "
            "AND m.user_id = %(author_id)s AND m.until > %(now)s)"
        )
    if check_host_facts:
        where.append(
            f"NOT EXISTS (SELECT 1 FROM {_table(ChatMessage)} w WHERE w.session_id = s.id "
            "AND w.author_id = %(author_id)s AND w.id > %(window_last_id)s)"
        )

        featured = LiveSession.featured_products.through
        products = (
            f"FROM {_table(Product)} p JOIN {_table(featured)} f ON f.product_id = p.id "
            "WHERE f.livesession_id = s.id"
        )
        where.append(f"(SELECT count(*) {products}) = %(products_count)s")
        where.append(
            f"(SELECT max(p.updated_at) {products}) IS NOT DISTINCT FROM %(products_at)s::timestamptz"
        )
        for index in range(packs):
            where.append(
                f"EXISTS (SELECT 1 FROM {_table(RulePack)} r WHERE r.name = %(pack_{index})s "
                f"AND r.is_active AND r.digest = %(digest_{index})s)"
            )
        where.append(
            "COALESCE((SELECT i.pack_name || '|' || i.code || '|' || "
            "CASE WHEN jsonb_array_length(i.extra_words) > 0 THEN 'true' ELSE 'false' END "
            f"FROM {_table(Membership)} mb JOIN {_table(Institution)} i ON i.id = mb.institution_id "
            "WHERE mb.user_id = %(owner_id)s), '') = %(institution)s"
        )
    return where


_statements: dict[tuple, tuple[str, list]] = {}


def _statement(key: tuple) -> tuple[str, list]:
    """The insert's SQL for one combination of guards (built once per process) and the fields it binds."""
    hit = _statements.get(key)
    if hit is None:
        ref, check_mute, check_host_facts, packs = key
        columns, values, fields = [], [], []
        for model_field in ChatMessage._meta.concrete_fields:
            if model_field.primary_key:
                continue
            columns.append(connection.ops.quote_name(model_field.column))
            if model_field.name == "seq":
                values.append("room.last_seq")
                continue
            values.append(f"%(c_{model_field.column})s")
            fields.append(model_field)
        where = _guards_sql(ref=ref, check_mute=check_mute, check_host_facts=check_host_facts, packs=packs)
        sql = (
            f"WITH room AS (UPDATE {_table(LiveSession)} s SET last_seq = s.last_seq + 1 "
            f"WHERE {' AND '.join(where)} RETURNING s.last_seq) "
            f"INSERT INTO {_table(ChatMessage)} ({', '.join(columns)}) SELECT {', '.join(values)} FROM room "
            "RETURNING id, seq"
        )
        hit = _statements[key] = (sql, fields)
    return hit


@dataclass
class LineWrite:
    """One published line, decided from ``facts``, and the guarded statement that stores it (``line_write``)."""

    facts: RoomFacts
    message: ChatMessage
    sql: str
    params: dict[str, Any]


def line_write(
    facts: RoomFacts,
    message: ChatMessage,
    *,
    check_mute: bool,
    check_host_facts: bool,
    window_last_id: int = 0,
) -> LineWrite:
    """The statement that stores the unsaved ``message`` with the room's next ``seq`` if ``facts`` still hold.

    ``message`` is complete but for ``id``, ``seq`` and its timestamps (set here, and ``id``/``seq`` by
    ``lines_store``). ``check_mute``: the author's mutes are checked (a customer's line); ``check_host_facts``:
    the featured products, the pack and the host's claim window (``window_last_id``) are.
    """
    from django.utils import timezone

    conn = connections[
        DEFAULT_DB_ALIAS
    ]  # the thread's wrapper itself: the module proxy costs a lookup per use
    session = facts.session
    packs = facts.pack.digests if check_host_facts and facts.pack is not None else ()
    sql, fields = _statement((bool(message.ref), check_mute, check_host_facts, len(packs)))
    now = timezone.now()
    message.created_at = message.updated_at = message.published_at = now
    params: dict[str, Any] = {
        f"c_{f.column}": f.get_db_prep_save(getattr(message, f.attname), conn) for f in fields
    }
    params.update(
        session_id=session.pk,
        state=session.state,
        visibility=session.visibility,
        guests=session.guests_can_watch,
        invite_code=session.invite_code,
        slow_mode=session.slow_mode_seconds,
        author_id=message.author_id,
        ref=message.ref,
        now=now,
    )
    if check_host_facts:
        assert facts.pack is not None
        params.update(
            products_count=facts.products_count,
            products_at=facts.products_updated_at,
            owner_id=session.studio.owner_id,
            institution=facts.pack.institution,
            window_last_id=window_last_id,
        )
        for index, (name, digest) in enumerate(packs):
            params[f"pack_{index}"], params[f"digest_{index}"] = name, digest
    return LineWrite(facts=facts, message=message, sql=sql, params=params)


def _cursor(conn) -> Any:
    """A cursor that binds parameters on the server, so each guard combination is parsed and planned once per
    connection (a prepared statement; planning was ~0.4 ms of PostgreSQL's CPU per line), wrapped like Django's
    own cursors (query capture, ``execute_wrappers``). Django's cursors bind on the client and never prepare."""
    raw = conn.connection
    if (
        raw.prepare_threshold is None
    ):  # Django's default for its own (client-binding) cursors, which ignore it
        raw.prepare_threshold = 0 if settings.CHAT_PREPARED_STATEMENTS else None
    cursor = psycopg.Cursor(raw)
    return conn.make_debug_cursor(cursor) if conn.queries_logged else conn.make_cursor(cursor)


def lines_store(writes: list[LineWrite]) -> list[bool]:
    """Run the writes' statements in **one transaction and one round trip** (group commit); which ones stored.

    The caller is outside any transaction (the statements commit here). Each statement keeps its own guard, so
    a stale fact fails only its own line: that line stores nothing, its room's cached facts are dropped, and
    ``False`` tells the caller to decide it again by the full path. A stored line gets its ``id`` and ``seq``.
    The statements run ordered by session (arrival order within a room), so two processes' batches lock
    session rows in the same order and never deadlock; one session row lock is held until the batch commits.

    Several statements go as one pipeline (psycopg's pipeline mode) ending in one ``Sync``: PostgreSQL runs
    what comes before a ``Sync`` as one implicit transaction, committed at the ``Sync`` or, if a statement
    fails, rolled back whole. The only failure a guard does not prevent is the unique ``ref`` taken by another
    process after our statement's snapshot (``IntegrityError``): then each line is stored again on its own,
    so the others still commit and that one takes the full path (which answers with the stored line).
    """
    if not writes:
        return []
    conn = connections[DEFAULT_DB_ALIAS]
    assert not conn.in_atomic_block, "lines_store commits: call it outside a transaction"
    order = sorted(range(len(writes)), key=lambda index: writes[index].facts.session.pk)
    try:
        rows = _execute(conn, [writes[index] for index in order])
    except IntegrityError:  # rolled back whole: no seq was used
        rows = []
        for index in order:
            try:
                rows.extend(_execute(conn, [writes[index]]))
            except IntegrityError:
                rows.append(None)  # the full path answers with the line stored under that ref
    stored = [False] * len(writes)
    for index, row in zip(order, rows, strict=True):
        write = writes[index]
        if row is None:
            room_facts_forget(write.facts.session.pk)
            window_forget(write.facts.session.pk, write.message.author_id)
            continue
        write.message.id, write.message.seq = row
        write.message._state.adding = False
        stored[index] = True
    return stored


def _execute(conn, writes: list[LineWrite]) -> list[tuple[int, int] | None]:
    """The statements' ``(id, seq)`` rows, ``None`` where a guard failed; one round trip, one transaction."""
    conn.ensure_connection()
    with conn.wrap_database_errors:
        if len(writes) == 1:
            # A lone line (a quiet moment: the thread was free) binds on the client like Django's own cursors:
            # less of this process's CPU per line; planning on the server matters only when lines queue up.
            with conn.cursor() as cursor:
                cursor.execute(writes[0].sql, writes[0].params)
                return [cursor.fetchone()]
        with conn.connection.pipeline() as pipeline:
            cursors = []
            for write in writes:
                cursor = _cursor(conn)
                cursor.execute(write.sql, write.params)
                cursors.append(cursor)
            pipeline.sync()
            rows = []
            for cursor in cursors:
                rows.append(cursor.fetchone())
                cursor.close()
            return rows


def line_insert(
    facts: RoomFacts,
    message: ChatMessage,
    *,
    check_mute: bool,
    check_host_facts: bool,
    window_last_id: int = 0,
) -> bool:
    """Store one published ``message`` in one statement if ``facts`` still hold (``lines_store`` of one line)."""
    write = line_write(
        facts,
        message,
        check_mute=check_mute,
        check_host_facts=check_host_facts,
        window_last_id=window_last_id,
    )
    return lines_store([write])[0]


#: The host's recent lines per ``(session, author)``: ``(id of their latest line, [(created_at, text), ...])``,
#: the non-rejected lines oldest first. The insert's guard checks that no line of theirs came after that id.
_windows: dict[tuple[int, int], tuple[int, list[tuple[datetime, str]]]] = {}


def window_lines(
    session_id: int, author_id: int, since: datetime, limit: int, exclude_status: str
) -> tuple[list[str], int]:
    """The author's latest ``limit`` lines since ``since`` not in ``exclude_status``, oldest first, and the id of
    their latest line of any status (0: none), which the insert's guard checks.

    From this process's cache when it has the author's window, else one plain statement (the ORM's query
    building cost more CPU than the database's answer), which fills the cache.
    """
    hit = _windows.get((session_id, author_id))
    if hit is None:
        messages = _table(ChatMessage)
        with connection.cursor() as cursor:
            cursor.execute(
                f"(SELECT id, created_at, text FROM {messages} WHERE session_id = %s AND author_id = %s "
                "AND created_at >= %s AND status <> %s ORDER BY id DESC LIMIT %s) "
                f"UNION ALL (SELECT max(id), NULL, NULL FROM {messages} WHERE session_id = %s AND author_id = %s)",
                [session_id, author_id, since, exclude_status, limit, session_id, author_id],
            )
            rows = cursor.fetchall()
        last_id: int = next((row[0] for row in rows if row[1] is None), None) or 0  # the max() row
        ordered = sorted(
            (row_id, created_at, text) for row_id, created_at, text in rows if created_at is not None
        )
        window: list[tuple[datetime, str]] = [(created_at, text) for _row_id, created_at, text in ordered]
        if len(_windows) >= MAX_ROOMS:
            _windows.clear()
        hit = _windows[(session_id, author_id)] = (last_id, window)
    cached_last_id, lines = hit
    return [text for created_at, text in lines if created_at >= since][-limit:], cached_last_id


def window_add(session_id: int, author_id: int, message: ChatMessage, *, limit: int) -> None:
    """A line of the author was just stored by this process: it joins their cached window."""
    hit = _windows.get((session_id, author_id))
    if hit is not None and message.id is not None:
        _windows[(session_id, author_id)] = (
            message.id,
            [*hit[1], (message.created_at, message.text)][-limit:],
        )


def window_forget(session_id: int, author_id: int) -> None:
    _windows.pop((session_id, author_id), None)
