"""Page markup that a strict Content-Security-Policy allows (no inline script, handler or style), and whose
static URLs exist."""

from html.parser import HTMLParser

from django.contrib.staticfiles import finders


class _Markup(HTMLParser):
    """Collects what a Content-Security-Policy without 'unsafe-inline' would block, and the static URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.inline_scripts = 0
        self.inline_handlers: list[str] = []
        self.style_attributes = 0
        self.static_urls: list[str] = []
        self._in_script_without_src = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.inline_handlers += [name for name in attributes if name.startswith("on")]
        self.style_attributes += "style" in attributes
        if tag == "style":
            self.style_attributes += 1
        if tag == "script":
            self._in_script_without_src = (
                "src" not in attributes and attributes.get("type") != "application/json"
            )
        for name in ("src", "href", "data-hls-module"):
            value = attributes.get(name) or ""
            if value.startswith("/static/"):
                self.static_urls.append(value)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script_without_src = False

    def handle_data(self, data):
        if self._in_script_without_src and data.strip():
            self.inline_scripts += 1


def assert_csp_friendly(html: str) -> None:
    markup = _Markup()
    markup.feed(html)
    assert markup.inline_scripts == 0
    assert markup.inline_handlers == []
    assert markup.style_attributes == 0
    for url in markup.static_urls:
        assert finders.find(url.removeprefix("/static/")), f"{url} is not a static file"
