"""``python -m coach`` and the ``rehab-coach`` entry point."""

import sys

SPEECH_WORKER_FLAG = "--speech-worker"  # coach.ui.speech.protocol.WORKER_FLAG, without its import


def main() -> int:
    if sys.argv[1:2] == [SPEECH_WORKER_FLAG]:  # the app's own speech process, not for people
        from coach.ui.speech.worker import main as speech_main

        return speech_main(sys.argv[2:])
    from coach.store import worker  # a few stdlib imports: no TinyDB, no Qt

    if sys.argv[1:2] == [worker.CHECK_FLAG]:  # the app's background store check
        return worker.check_main(sys.argv[2:])
    if sys.argv[1:2] == [worker.BACKUP_FLAG]:  # the app's daily backup, in a process
        return worker.backup_main(sys.argv[2:])
    from coach.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
