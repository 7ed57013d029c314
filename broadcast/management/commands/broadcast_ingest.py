"""``make run``'s ingest process: render the nginx-rtmp configuration into .run/video/ and exec nginx.

nginx replaces this process (``exec``), so honcho's SIGTERM/SIGINT reach nginx itself, which stops at once.
"""

import os

from django.core.management.base import BaseCommand

from broadcast import ingest


class Command(BaseCommand):
    help = "Render the ingest's nginx configuration and run nginx (RTMP in, HLS out) in the foreground."

    def add_arguments(self, parser):
        parser.add_argument("--render-only", action="store_true", help="Write the configuration and exit.")

    def handle(self, *args, render_only: bool = False, **options):
        config = ingest.config_from_settings()
        path = ingest.render(config)
        self.stdout.write(
            f"ingest: RTMP rtmp://{config.rtmp_host}:{config.rtmp_port}/live, "
            f"HLS http://{config.http_host}:{config.http_port}/live/ ({path})"
        )
        if render_only:
            return
        self.stdout.flush()
        command = ingest.nginx_command(config)
        os.execv(command[0], command)
