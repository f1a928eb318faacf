"""``python -m coach`` and the ``rehab-coach`` entry point."""

import sys


def main() -> int:
    from coach.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
