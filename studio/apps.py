from django.apps import AppConfig


class StudioConfig(AppConfig):
    name = "studio"
    verbose_name = "Studios and live sessions"

    def ready(self) -> None:
        """Hand compliance (below us) the state machine its gate moves sessions with, and what back-tests read."""
        from compliance.backtest import backtest_source_register
        from compliance.sessions import session_transition_register
        from studio.lifecycle import session_state_transition
        from studio.selectors import backtest_lines

        session_transition_register(session_state_transition)
        backtest_source_register(backtest_lines)
