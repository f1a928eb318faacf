"""``python -m coach`` and the ``rehab-coach`` entry point."""

import sys

SPEECH_WORKER_FLAG = "--speech-worker"  # coach.ui.speech.protocol.WORKER_FLAG, without its import
STORE_FLAGS = ("--store-check", "--daily-backup")  # coach.store.worker's, likewise


def main() -> int:
    if sys.argv[1:2] == [SPEECH_WORKER_FLAG]:  # the app's own speech process, not for people
        from coach.ui.speech.worker import main as speech_main

        return speech_main(sys.argv[2:])
    if sys.argv[1:2] == [STORE_FLAGS[0]]:  # the app's background store check
        from coach.store.worker import check_main

        return check_main(sys.argv[2:])
    if sys.argv[1:2] == [STORE_FLAGS[1]]:  # the app's daily backup, written in a process
        from coach.store.worker import backup_main

        return backup_main(sys.argv[2:])
    from coach.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
