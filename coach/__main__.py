"""``python -m coach`` and the ``rehab-coach`` entry point."""

import sys

SPEECH_WORKER_FLAG = "--speech-worker"  # coach.ui.speech.protocol.WORKER_FLAG, without its import
STORE_CHECK_FLAG = "--store-check"  # coach.store.check_worker.CHECK_FLAG, likewise


def main() -> int:
    if sys.argv[1:2] == [SPEECH_WORKER_FLAG]:  # the app's own speech process, not for people
        from coach.ui.speech.worker import main as speech_main

        return speech_main(sys.argv[2:])
    if sys.argv[1:2] == [STORE_CHECK_FLAG]:  # the app's background store check
        from coach.store.check_worker import main as check_main

        return check_main(sys.argv[2:])
    from coach.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
