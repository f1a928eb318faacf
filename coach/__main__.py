"""``python -m coach`` and the ``rehab-coach`` entry point."""

import sys

SPEECH_WORKER_FLAG = "--speech-worker"  # coach.ui.speech.protocol.WORKER_FLAG, without its import


def main() -> int:
    if sys.argv[1:2] == [SPEECH_WORKER_FLAG]:  # the app's own speech process, not for people
        from coach.ui.speech.worker import main as speech_main

        return speech_main(sys.argv[2:])
    from coach.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
