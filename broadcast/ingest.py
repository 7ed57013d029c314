"""Render the ingest's nginx configuration from ``nginx.conf.template`` and run nginx in the foreground.

Used by ``manage.py broadcast_ingest`` (``make run``), by the tests (each starts its own nginx on free ports
in a temporary directory) and by ``bench/video.py``.
"""

import os
import pwd
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template import Context, Engine

from broadcast import tokens

TEMPLATE = Path(__file__).with_name("nginx.conf.template")
RTMP_MODULE = "/usr/lib/nginx/modules/ngx_rtmp_module.so"


@dataclass(frozen=True)
class IngestConfig:
    run_dir: Path
    rtmp_port: int
    http_port: int
    callback_base_url: str
    update_interval: int
    fragment: int
    rtmp_host: str = "127.0.0.1"
    http_host: str = "127.0.0.1"

    @property
    def hls_path(self) -> Path:
        return self.run_dir / "hls"

    @property
    def record_path(self) -> Path:
        return self.run_dir / "recordings"

    @property
    def conf_path(self) -> Path:
        return self.run_dir / "nginx.conf"


def config_from_settings() -> IngestConfig:
    return IngestConfig(
        run_dir=Path(settings.BROADCAST_RUN_DIR),
        rtmp_port=settings.BROADCAST_RTMP_PORT,
        http_port=settings.BROADCAST_HTTP_PORT,
        callback_base_url=settings.BROADCAST_CALLBACK_BASE_URL,
        update_interval=settings.BROADCAST_UPDATE_INTERVAL,
        fragment=settings.BROADCAST_HLS_FRAGMENT,
    )


def render(config: IngestConfig) -> Path:
    """Write the configuration and its directories (writable by nginx's worker user); return its path."""
    for directory in (config.run_dir, config.hls_path, config.record_path, config.run_dir / "tmp"):
        directory.mkdir(parents=True, exist_ok=True)
    # When started as root nginx's workers would run as nobody: keep them as the user who owns .run/.
    user = pwd.getpwuid(os.getuid()).pw_name if os.geteuid() == 0 else ""
    text = (
        Engine(autoescape=False)
        .from_string(TEMPLATE.read_text(encoding="utf-8"))
        .render(
            Context(
                {
                    "run_dir": config.run_dir,
                    "rtmp_module": RTMP_MODULE,
                    "user": user,
                    "rtmp_host": config.rtmp_host,
                    "rtmp_port": config.rtmp_port,
                    "http_host": config.http_host,
                    "http_port": config.http_port,
                    "hls_path": config.hls_path,
                    "record_path": config.record_path,
                    "fragment": config.fragment,
                    "playlist_length": max(6, config.fragment * 5),
                    "update_interval": config.update_interval,
                    "notify_host": "127.0.0.1"
                    if config.http_host in ("0.0.0.0", "127.0.0.1", "")
                    else config.http_host,
                    "callback": f"{config.callback_base_url}/broadcast/ingest",
                    "callback_secret": tokens.callback_secret(),
                    "playback_secret": tokens.playback_secret(),
                }
            )
        )
    )
    config.conf_path.write_text(text, encoding="utf-8")
    config.conf_path.chmod(0o600)  # it holds the shared secrets
    return config.conf_path


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found or not Path(RTMP_MODULE).exists():
        raise FileNotFoundError("nginx with libnginx-mod-rtmp is not installed: run `make video-tools`.")
    return found


def nginx_command(config: IngestConfig) -> list[str]:
    return [
        nginx_binary(),
        "-p",
        str(config.run_dir),
        "-c",
        str(config.conf_path),
        "-e",
        str(config.run_dir / "nginx-error.log"),
    ]


def start(config: IngestConfig) -> subprocess.Popen:
    """Render and start nginx in the foreground as a child process (the caller stops it with SIGTERM/SIGQUIT)."""
    render(config)
    return subprocess.Popen(nginx_command(config), stdin=subprocess.DEVNULL)
